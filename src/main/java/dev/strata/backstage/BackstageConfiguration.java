package dev.strata.backstage;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code strata.backstage.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BackstageProperties.class)
class BackstageConfiguration {}
