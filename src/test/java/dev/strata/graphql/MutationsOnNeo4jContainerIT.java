package dev.strata.graphql;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The same tests as {@link MutationsIT}, against the official Neo4j image (the version docker-compose.yml runs) instead of
 * the embedded server. Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class MutationsOnNeo4jContainerIT extends MutationsIT {

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:2026.08.1").withAdminPassword("strata-test-password");

    @DynamicPropertySource
    static void externalNeo4j(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", NEO4J::getBoltUrl);
        registry.add("spring.neo4j.authentication.username", () -> "neo4j");
        registry.add("spring.neo4j.authentication.password", NEO4J::getAdminPassword);
    }
}
