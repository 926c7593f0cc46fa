package dev.strata.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.StrataApplication;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

/** Start-up behaviour a new user meets: persistence across restarts, the demo loaded once, ports, external servers. */
class EmbeddedAndExternalNeo4jIT {

    @Test
    void dataSurvivesARestartAndTheDemoIsLoadedOnlyOnce(@TempDir Path dir) {
        long capabilities;
        try (ConfigurableApplicationContext first = start(embedded(dir))) {
            capabilities = count(first, "MATCH (c:Capability) RETURN count(c)");
            assertThat(capabilities).isGreaterThanOrEqualTo(60);
            assertThat(graphQlTeams(first)).isEqualTo(count(first, "MATCH (t:Team) RETURN count(t)"));
            run(
                    first,
                    "CREATE (:ValueStream {key: 'added-before-restart', name: 'x', kind: 'BUSINESS', createdAt: datetime(), updatedAt: datetime()})");
            run(first, "MATCH (c:Capability) WITH c ORDER BY c.key LIMIT 1 DETACH DELETE c");
        }
        assertThat(dir.resolve("neo4j")).isDirectory();
        try (ConfigurableApplicationContext second = start(embedded(dir))) {
            assertThat(count(second, "MATCH (v:ValueStream {key: 'added-before-restart'}) RETURN count(v)"))
                    .isOne();
            assertThat(count(second, "MATCH (c:Capability) RETURN count(c)")).isEqualTo(capabilities - 1);
            assertThat(count(second, "MATCH (m:StrataMeta {key: 'demo-landscape'}) RETURN count(m)"))
                    .isOne();
        }
    }

    @Test
    void anExternalServerIsUsedWhenSpringNeo4jUriIsSetAndNoEmbeddedServerStarts() {
        try (Neo4j external =
                        Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
                ConfigurableApplicationContext app =
                        start(Map.of("spring.neo4j.uri", external.boltURI().toString()));
                Driver direct = GraphDatabase.driver(external.boltURI(), AuthTokens.none());
                var session = direct.session()) {
            assertThat(app.getBeanNamesForType(EmbeddedNeo4jServer.class)).isEmpty();
            long constraints = session.run("SHOW CONSTRAINTS YIELD name WHERE name = 'capability_key' RETURN count(*)")
                    .single()
                    .get(0)
                    .asLong();
            assertThat(constraints).isOne();
            long teams = session.run("MATCH (t:Team) RETURN count(t)")
                    .single()
                    .get(0)
                    .asLong();
            assertThat(teams).isPositive();
            assertThat(graphQlTeams(app)).isEqualTo(teams);
        }
    }

    @Test
    void aTakenBoltPortGivesAMessageThatSaysWhatToChange() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            EmbeddedNeo4jProperties properties = new EmbeddedNeo4jProperties(
                    true,
                    Files.createTempDirectory("strata-port"),
                    "127.0.0.1",
                    taken.getLocalPort(),
                    0,
                    false,
                    "8m",
                    true);
            assertThatThrownBy(() -> EmbeddedNeo4jServer.start(properties))
                    .isInstanceOf(EmbeddedNeo4jStartException.class)
                    .hasMessageContaining("Bolt port " + taken.getLocalPort())
                    .hasMessageContaining("already in use")
                    .hasMessageContaining("strata.neo4j.embedded.bolt-port");
        }
    }

    private static Map<String, Object> embedded(Path dir) {
        return Map.of(
                "strata.neo4j.embedded.data-directory",
                dir.resolve("neo4j").toString(),
                "strata.neo4j.embedded.bolt-port",
                0,
                "strata.neo4j.embedded.http-port",
                0);
    }

    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        // Command-line arguments, as a user would pass them: they win over application.yml.
        String[] args = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(StrataApplication.class)
                .run(java.util.stream.Stream.concat(
                                java.util.Arrays.stream(args), java.util.stream.Stream.of("--server.port=0"))
                        .toArray(String[]::new));
    }

    private static long graphQlTeams(ConfigurableApplicationContext app) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpSyncGraphQlClient client =
                HttpSyncGraphQlClient.create(RestClient.create("http://127.0.0.1:" + port + "/graphql"));
        return client.document("{ teams { totalCount } }")
                .executeSync()
                .field("teams.totalCount")
                .toEntity(Long.class);
    }

    private static long count(ConfigurableApplicationContext app, String cypher) {
        try (var session = app.getBean(Driver.class).session()) {
            return session.run(cypher).single().get(0).asLong();
        }
    }

    private static void run(ConfigurableApplicationContext app, String cypher) {
        try (var session = app.getBean(Driver.class).session()) {
            session.run(cypher).consume();
        }
    }
}
