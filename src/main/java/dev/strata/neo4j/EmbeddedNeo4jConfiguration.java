package dev.strata.neo4j;

import dev.strata.store.ForeignLandscapeWrites;
import dev.strata.store.KernelLandscapeReader;
import java.net.URI;
import java.time.Duration;
import org.neo4j.driver.AuthToken;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded Neo4j when no external server is configured, and hands Spring Boot's Neo4j auto-configuration
 * its address as connection details, so the driver, Spring Data Neo4j and health checks work unchanged.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
@Conditional(NoExternalNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedNeo4jServer embeddedNeo4jServer(EmbeddedNeo4jProperties properties) {
        return EmbeddedNeo4jServer.start(properties);
    }

    /** Lets the landscape kept in memory know when anything else wrote to the database ({@code CurrentLandscape}). */
    @Bean
    ForeignLandscapeWrites embeddedForeignWrites(EmbeddedNeo4jServer server) {
        EmbeddedForeignWrites writes = new EmbeddedForeignWrites();
        server.listen(writes);
        return writes;
    }

    /**
     * Reads the whole landscape for plan, validate and export through the kernel instead of Bolt (several times
     * faster at scale). The timeout bounds one read; an L landscape reads in well under a minute.
     */
    @Bean
    KernelLandscapeReader kernelLandscapeReader(EmbeddedNeo4jServer server) {
        return new KernelLandscapeReader(server.database(), Duration.ofMinutes(10));
    }

    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4jServer server) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return server.boltUri();
            }

            @Override
            public AuthToken getAuthToken() {
                return server.authToken();
            }
        };
    }
}
