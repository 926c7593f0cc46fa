package dev.strata.analytics.snapshot;

import dev.strata.analytics.load.CognitiveLoadModel;
import dev.strata.analytics.removed.LoadRemovedModel;
import dev.strata.neo4j.EmbeddedNeo4jServer;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The analytics settings, the cognitive-load model they configure (used by the API and by plan impact), and where
 * the snapshot is read from: the embedded database's kernel when Neo4j runs in this process, Bolt otherwise.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnalyticsProperties.class)
class AnalyticsConfiguration {

    @Bean
    CognitiveLoadModel cognitiveLoadModel(AnalyticsProperties properties) {
        return properties.cognitiveLoad().toModel();
    }

    @Bean
    LoadRemovedModel loadRemovedModel(AnalyticsProperties properties) {
        return properties.loadRemoved().toModel();
    }

    @Bean
    SnapshotSource snapshotSource(
            ObjectProvider<EmbeddedNeo4jServer> embedded, Driver driver, AnalyticsProperties properties) {
        EmbeddedNeo4jServer server = embedded.getIfAvailable();
        return server != null
                ? new KernelSnapshotSource(server.database(), properties.snapshotTimeout(), properties.timeout())
                : new BoltSnapshotSource(driver, properties.snapshotTimeout(), properties.timeout());
    }
}
