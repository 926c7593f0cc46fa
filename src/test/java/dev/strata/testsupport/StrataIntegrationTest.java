package dev.strata.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.support.ResourceDocumentSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * Base of the full-stack tests: the whole application on a random port, with its embedded Neo4j (random ports, a
 * fresh data directory) and the demo landscape loaded, reached through GraphQL over real HTTP. The Spring context
 * is cached and shared by every subclass; tests that write use keys starting with {@code t-} and clean up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(QueryCountingDriver.class)
public abstract class StrataIntegrationTest {

    /** Accepted as an admin token through {@code strata.security.bootstrap-admin-token}. */
    protected static final String ADMIN_TOKEN = "strata_integration-test-admin-token-0123456789";

    @LocalServerPort
    protected int port;

    @Autowired
    protected Driver driver;

    protected HttpSyncGraphQlClient graphQl;

    @DynamicPropertySource
    static void embeddedNeo4j(DynamicPropertyRegistry registry) {
        // Called once per Spring context: contexts with other configurations get their own database.
        Path data = temporaryDirectory();
        registry.add(
                "strata.neo4j.embedded.data-directory",
                () -> data.resolve("neo4j").toString());
        registry.add("strata.neo4j.embedded.bolt-port", () -> 0);
        registry.add("strata.neo4j.embedded.http-port", () -> 0);
        registry.add("strata.security.bootstrap-admin-token", () -> ADMIN_TOKEN);
    }

    @BeforeEach
    void graphQlClient() {
        graphQl = client(ADMIN_TOKEN);
        cleanUpTestData();
    }

    /** The secret of a new API token of that role, created through the API as an admin would. */
    protected String issueToken(String name, String role) {
        return graphQl.document(
                        "mutation { createApiToken(input: {name: \"" + name + "\", role: " + role + "}) { secret } }")
                .executeSync()
                .field("createApiToken.secret")
                .toEntity(String.class);
    }

    /** A GraphQL client over HTTP sending {@code token} as bearer token, or no credentials when it is null. */
    protected HttpSyncGraphQlClient client(String token) {
        HttpSyncGraphQlClient.Builder<?> builder = HttpSyncGraphQlClient.builder(
                        RestClient.create("http://127.0.0.1:" + port + "/graphql"))
                .documentSource(new ResourceDocumentSource(
                        List.of(new ClassPathResource("graphql-test/")), List.of(".graphql")));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    /**
     * Removes what tests created (keys starting with {@code t-}); the demo landscape stays. The delete bypasses the
     * API, like a write made in Neo4j Browser, so the analytics snapshot is refreshed explicitly afterwards.
     */
    protected void cleanUpTestData() {
        cypher("MATCH (n) WHERE n.key STARTS WITH 't-' DETACH DELETE n");
        graphQl.document("mutation { refreshAnalytics { nodes } }")
                .executeSync()
                .field("refreshAnalytics.nodes")
                .toEntity(Integer.class);
    }

    protected long count(String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher).single().get(0).asLong();
        }
    }

    /** The first column of every row, as text (e.g. keys). */
    protected List<String> keys(String cypher) {
        return keys(cypher, Map.of());
    }

    protected List<String> keys(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.run(cypher, parameters).list(r -> r.get(0).asString());
        }
    }

    /** The first column of the single row, as text. */
    protected String single(String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher).single().get(0).asString();
        }
    }

    protected void cypher(String cypher) {
        try (var session = driver.session()) {
            session.run(cypher).consume();
        }
    }

    /**
     * Landscape nodes, relationships and the latest change stamp: equal fingerprints = nothing written to the
     * landscape. Bookkeeping (schema versions, API tokens, the audit trail, the history) is not part of it.
     */
    protected String fingerprint() {
        try (var session = driver.session()) {
            return session.run("""
                    MATCH (n) WHERE NOT n:StrataMeta AND NOT n:AuditEvent AND NOT n:ApiToken
                      AND NOT n:LandscapeChange AND NOT n:LandscapeCheckpoint AND NOT n:LandscapeChunk
                    WITH count(n) AS nodes, max(n.updatedAt) AS lastChange
                    RETURN nodes + ':' + COUNT { ()-[]->() } + ':' + coalesce(toString(lastChange), '-') AS fingerprint
                    """).single().get(0).asString();
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("strata-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
