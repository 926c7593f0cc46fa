package dev.strata.insights;

import dev.strata.analytics.adoption.AdoptionEngine;
import dev.strata.analytics.load.CognitiveLoadEngine;
import dev.strata.analytics.load.CognitiveLoadModel;
import dev.strata.analytics.risk.RiskEngine;
import org.neo4j.driver.Driver;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the analytics engines with their timeout and model from configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnalyticsProperties.class)
class AnalyticsConfiguration {

    @Bean
    CognitiveLoadModel cognitiveLoadModel(AnalyticsProperties properties) {
        return properties.cognitiveLoad().toModel();
    }

    @Bean
    CognitiveLoadEngine cognitiveLoadEngine(Driver driver, AnalyticsProperties properties, CognitiveLoadModel model) {
        return new CognitiveLoadEngine(driver, properties.timeout(), model);
    }

    @Bean
    RiskEngine riskEngine(Driver driver, AnalyticsProperties properties) {
        return new RiskEngine(driver, properties.timeout());
    }

    @Bean
    AdoptionEngine adoptionEngine(Driver driver, AnalyticsProperties properties) {
        return new AdoptionEngine(driver, properties.timeout());
    }
}
