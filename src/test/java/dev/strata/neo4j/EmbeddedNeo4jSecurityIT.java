package dev.strata.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.testsupport.StrataIntegrationTest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The embedded Neo4j is no open door (issue 10, item 2): Bolt and the HTTP API refuse anyone without the password,
 * the HTTP API gives other web origins no CORS permission, and the password, data and logs are owner-only.
 */
class EmbeddedNeo4jSecurityIT extends StrataIntegrationTest {

    @Autowired
    EmbeddedNeo4jServer server;

    @Test
    void boltRefusesNoCredentialsAndAWrongPasswordAndAcceptsThePasswordFile() throws Exception {
        try (Driver anonymous = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
            assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
        try (Driver guessing = GraphDatabase.driver(server.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
            assertThatThrownBy(guessing::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
        try (Driver admin = GraphDatabase.driver(server.boltUri(), AuthTokens.basic("neo4j", password()));
                var session = admin.session()) {
            assertThat(session.run("MATCH (t:Team) RETURN count(t)")
                            .single()
                            .get(0)
                            .asLong())
                    .isEqualTo(count("MATCH (t:Team) RETURN count(t)"))
                    .isPositive();
        }
    }

    @Test
    void theHttpQueryApiRefusesNoCredentialsAndAWrongPassword() throws Exception {
        assertThat(query(null).statusCode()).isEqualTo(401);
        assertThat(query("neo4j:neo4j").statusCode()).isEqualTo(401);
        HttpResponse<String> allowed = query("neo4j:" + password());
        assertThat(allowed.statusCode()).isEqualTo(202);
        assertThat(allowed.body()).contains("\"values\":[[1]]");
    }

    @Test
    void aForeignOriginGetsNoCorsPermission() throws Exception {
        for (HttpResponse<String> response : List.of(query(null), query("neo4j:" + password()))) {
            List<String> allowed = response.headers().allValues("Access-Control-Allow-Origin");
            assertThat(allowed)
                    .doesNotContain("*", "https://evil.example")
                    .allSatisfy(origin -> assertThat(origin).startsWith("http://127.0.0.1:"));
        }
    }

    @Test
    void thePasswordTheDataAndTheLogsAreOwnerOnly() throws Exception {
        Path file = server.passwordFile();
        assertThat(file).isNotNull().startsWith(server.dataDirectory());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(server.dataDirectory())))
                .isEqualTo("rwx------");
        Path runtime =
                server.dataDirectory().resolveSibling(server.dataDirectory().getFileName() + "-runtime");
        try (Stream<Path> logs = Files.walk(runtime, 3)) {
            List<Path> logFolders =
                    logs.filter(p -> p.getFileName().toString().equals("logs")).toList();
            assertThat(logFolders).isNotEmpty();
            for (Path folder : logFolders) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                        .isEqualTo("rwx------");
            }
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(runtime)))
                .isEqualTo("rwx------");
    }

    private HttpResponse<String> query(String userAndPassword) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.browserUri().resolve("/db/neo4j/query/v2"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"statement\": \"RETURN 1 AS one\"}"));
        if (userAndPassword != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String password() throws Exception {
        return Files.readString(server.passwordFile()).strip();
    }
}
