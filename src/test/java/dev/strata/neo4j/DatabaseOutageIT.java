package dev.strata.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.StrataApplication;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

/**
 * Strata against a separately started Neo4j that is absent at start, then comes, goes away and returns: the
 * application starts anyway, fails fast with a clear error while the database is away, reports it in health, and
 * recovers by itself without losing an acknowledged write.
 */
class DatabaseOutageIT {

    private static final String TOKEN = "strata_outage-test-admin-token-0123456789";

    @Test
    void theApplicationSurvivesTheDatabaseBeingAbsentAtStartAndGoingAwayWhileRunning(@TempDir Path dir)
            throws Exception {
        int boltPort = freePort();
        // The token as a default property: Strata refuses it on the command line, where Neo4j's logs would record it.
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(StrataApplication.class)
                .properties("strata.security.bootstrap-admin-token=" + TOKEN)
                .run(
                        "--spring.neo4j.uri=bolt://127.0.0.1:" + boltPort,
                        "--server.port=0",
                        "--strata.demo.enabled=false",
                        "--spring.neo4j.connection-timeout=1s",
                        "--spring.neo4j.pool.connection-acquisition-timeout=2s")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpSyncGraphQlClient graphQl = HttpSyncGraphQlClient.builder(
                            RestClient.create("http://127.0.0.1:" + port + "/graphql"))
                    .header("Authorization", "Bearer " + TOKEN)
                    .build();

            assertUnavailable(graphQl, port);

            EmbeddedNeo4jServer database = start(dir, boltPort);
            try {
                eventually(() -> healthQuietly(port) == 200);
                ClientGraphQlResponse written = graphQl.document(
                                "mutation { createValueStream(input: {key: \"acknowledged\", name: \"A\", kind: BUSINESS}) { errors { message } } }")
                        .executeSync();
                assertThat(written.getErrors()).isEmpty();
                assertThat(written.field("createValueStream.errors").toEntityList(Object.class))
                        .isEmpty();
            } finally {
                database.close();
            }

            assertUnavailable(graphQl, port);

            try (EmbeddedNeo4jServer restarted = start(dir, boltPort)) {
                eventually(() -> valueStreams(graphQl) == 1);
                assertThat(health(port)).isEqualTo(200);
            }
        }
    }

    private static void assertUnavailable(HttpSyncGraphQlClient graphQl, int port) throws Exception {
        Instant started = Instant.now();
        ClientGraphQlResponse response =
                graphQl.document("{ valueStreams { totalCount } }").executeSync();
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(15));
        assertThat(response.getErrors())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.getMessage()).startsWith("database unavailable"));
        assertThat(health(port)).isEqualTo(503);
    }

    /** The "external" database: without authentication (loopback only), as Strata is given no credentials for it. */
    private static EmbeddedNeo4jServer start(Path dir, int boltPort) {
        return EmbeddedNeo4jServer.start(
                new EmbeddedNeo4jProperties(true, dir.resolve("neo4j"), "127.0.0.1", boltPort, 0, false, "16m", false));
    }

    private static int valueStreams(HttpSyncGraphQlClient graphQl) {
        ClientGraphQlResponse response =
                graphQl.document("{ valueStreams { totalCount } }").executeSync();
        return response.getErrors().isEmpty()
                ? response.field("valueStreams.totalCount").toEntity(Integer.class)
                : -1;
    }

    private static int health(int port) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private static int healthQuietly(int port) {
        try {
            return health(port);
        } catch (Exception e) {
            return -1;
        }
    }

    private static void eventually(Supplier<Boolean> condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!condition.get()) {
            assertThat(Instant.now()).as("condition not met within 60 s").isBefore(deadline);
            Thread.sleep(500);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
