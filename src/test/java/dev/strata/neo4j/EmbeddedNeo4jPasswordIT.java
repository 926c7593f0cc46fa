package dev.strata.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The password file is the one truth about the embedded Neo4j's password: a database created before authentication
 * (an older Strata) gets it at the next start, and so does a password written into the file by hand. Without
 * authentication the server stays on loopback.
 */
class EmbeddedNeo4jPasswordIT {

    @TempDir
    Path dir;

    @Test
    void aDatabaseFromBeforeAuthenticationTakesThePasswordOfTheFileAndAnEditedFileWins() throws Exception {
        Path data = dir.resolve("neo4j");
        try (EmbeddedNeo4jServer open = EmbeddedNeo4jServer.start(properties(data, "127.0.0.1", false))) {
            assertThat(open.passwordFile()).isNull();
            assertThat(login(open, AuthTokens.none())).isTrue();
        }
        try (EmbeddedNeo4jServer closed = EmbeddedNeo4jServer.start(properties(data, "127.0.0.1", true))) {
            assertThat(login(closed, AuthTokens.none())).isFalse();
            assertThat(login(closed, AuthTokens.basic("neo4j", "neo4j"))).isFalse();
            assertThat(login(
                            closed,
                            AuthTokens.basic(
                                    "neo4j",
                                    Files.readString(closed.passwordFile()).strip())))
                    .isTrue();
            Files.writeString(closed.passwordFile(), "chosen-by-hand-42\n");
        }
        try (EmbeddedNeo4jServer reopened = EmbeddedNeo4jServer.start(properties(data, "127.0.0.1", true))) {
            assertThat(login(reopened, AuthTokens.basic("neo4j", "chosen-by-hand-42")))
                    .isTrue();
        }
    }

    @Test
    void withoutAuthenticationANonLoopbackAddressIsRefusedBeforeAnythingStarts() {
        Path data = dir.resolve("exposed");
        assertThatThrownBy(() -> EmbeddedNeo4jServer.start(properties(data, "0.0.0.0", false)))
                .isInstanceOf(EmbeddedNeo4jStartException.class)
                .hasMessageContaining("would listen on 0.0.0.0 without authentication")
                .hasMessageContaining("strata.neo4j.embedded.authentication=true")
                .hasMessageContaining("strata.neo4j.embedded.listen-address=127.0.0.1");
        assertThat(data).doesNotExist();
    }

    private static EmbeddedNeo4jProperties properties(Path data, String address, boolean authentication) {
        return new EmbeddedNeo4jProperties(true, data, address, 0, 0, false, "16m", authentication);
    }

    private static boolean login(EmbeddedNeo4jServer server, org.neo4j.driver.AuthToken token) {
        try (Driver driver = GraphDatabase.driver(server.boltUri(), token)) {
            driver.verifyConnectivity();
            return true;
        } catch (org.neo4j.driver.exceptions.AuthenticationException e) {
            return false;
        }
    }
}
