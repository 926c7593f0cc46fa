package dev.strata.analytics.snapshot;

import dev.strata.analytics.load.CognitiveLoadModel;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The analytics settings, and the cognitive-load model they configure (used by the API and by plan impact). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnalyticsProperties.class)
class AnalyticsConfiguration {

    @Bean
    CognitiveLoadModel cognitiveLoadModel(AnalyticsProperties properties) {
        return properties.cognitiveLoad().toModel();
    }
}
