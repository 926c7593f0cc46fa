package dev.strata.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.StrataIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Several instances run against a cluster or Aura through a routing URI ({@code neo4j://}, {@code neo4j+s://}): the
 * driver asks the server for a routing table and sends reads and writes where it says. A single server answers
 * routing requests too, so a separately started in-process server proves the scheme end to end: the application
 * starts against it with {@code spring.neo4j.uri=neo4j://...}, migrates and loads the demo there, and answers
 * queries, mutations and analytics through GraphQL over HTTP.
 */
@org.springframework.test.annotation.DirtiesContext // its database stops after the class
class RoutingUriIT extends StrataIntegrationTest {

    private static final Neo4j SERVER =
            Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();

    @Value("${spring.neo4j.uri}")
    String uri;

    @DynamicPropertySource
    static void routingUri(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.neo4j.uri",
                () -> "neo4j://127.0.0.1:" + SERVER.boltURI().getPort());
    }

    @AfterAll
    static void stopServer() {
        SERVER.close();
    }

    @Test
    void theApplicationRunsQueriesWritesAndAnalyticsThroughANeo4jRoutingUri() {
        assertThat(uri).startsWith("neo4j://");

        String platform = graphQl.document("{ capability(key: \"model-serving\") { platform { key } } }")
                .executeSync()
                .field("capability.platform.key")
                .toEntity(String.class);
        assertThat(platform).isEqualTo("ai-toolbox");

        List<Object> errors = graphQl.document("""
                mutation { createCapability(input: {key: "t-routed", name: "Routed", lifecycle: BETA, tier: 2,
                                                     platformKey: "ai-toolbox"}) { errors { code } } }""")
                .executeSync()
                .field("createCapability.errors")
                .toEntityList(Object.class);
        assertThat(errors).isEmpty();
        Integer affected = graphQl.document("""
                { blastRadius(input: {targets: [{kind: CAPABILITY, key: "t-routed"}]}) { totalCount } }""")
                .executeSync()
                .field("blastRadius.totalCount")
                .toEntity(Integer.class);
        assertThat(affected)
                .as("the new capability, its platform, its team and value stream")
                .isGreaterThan(1);

        try (Driver direct = GraphDatabase.driver(SERVER.boltURI(), AuthTokens.none());
                Session session = direct.session()) {
            assertThat(session.run(
                                    "MATCH (c:Capability {key: 't-routed'})<-[:PROVIDES]-(:Platform {key: 'ai-toolbox'}) "
                                            + "RETURN count(c)")
                            .single()
                            .get(0)
                            .asLong())
                    .as("written to the routed server")
                    .isOne();
            assertThat(session.run("MATCH (m:StrataMeta {key: 'demo-landscape'}) RETURN count(m)")
                            .single()
                            .get(0)
                            .asLong())
                    .as("demo loaded into the routed server")
                    .isOne();
        }
    }
}
