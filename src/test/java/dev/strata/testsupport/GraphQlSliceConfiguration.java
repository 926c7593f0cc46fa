package dev.strata.testsupport;

import dev.strata.analytics.snapshot.AnalyticsProperties;
import dev.strata.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * The settings the GraphQL infrastructure of a {@link GraphQlSliceTest} reads (analytics and security
 * properties), bound from the same {@code application.yml} as the application's, without the beans
 * that would open the database.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties({AnalyticsProperties.class, SecurityProperties.class})
class GraphQlSliceConfiguration {}
