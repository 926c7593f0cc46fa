package dev.strata.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.support.StrataIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The embedded server serves Neo4j Browser and speaks Bolt to the same graph the API shows. */
class Neo4jBrowserIT extends StrataIntegrationTest {

    @Autowired
    EmbeddedNeo4jServer server;

    @Test
    void neo4jBrowserAnswersOnTheEmbeddedWebServer() throws Exception {
        URI browser = server.browserUri();
        assertThat(browser).isNotNull();
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(browser).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).containsIgnoringCase("neo4j");
    }

    @Test
    void boltUriPrintedAtStartReachesTheLandscape() {
        assertThat(server.boltUri().getScheme()).isEqualTo("bolt");
        try (var bolt = org.neo4j.driver.GraphDatabase.driver(server.boltUri(), org.neo4j.driver.AuthTokens.none());
                var session = bolt.session()) {
            long teams = session.run("MATCH (t:Team) RETURN count(t)").single().get(0).asLong();
            assertThat(teams).isPositive().isEqualTo(count("MATCH (t:Team) RETURN count(t)"));
        }
    }
}
