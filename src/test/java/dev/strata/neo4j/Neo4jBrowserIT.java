package dev.strata.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.StrataIntegrationTest;
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
    void theBrowserGuideHasAClickableSlideForEveryAnalyticsFileAndAllowsCrossOriginLoading() throws Exception {
        HttpResponse<String> guide = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/browser-guide/strata.html"))
                                .header("Origin", "http://127.0.0.1:7474")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(guide.statusCode()).isEqualTo(200);
        assertThat(guide.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
        String[] files = new java.io.File("cypher/analytics").list((dir, name) -> name.endsWith(".cypher"));
        assertThat(files).isNotEmpty();
        for (String file : files) {
            assertThat(guide.body()).contains("<h3>" + file.replace(".cypher", "") + "</h3>");
        }
        assertThat(guide.body()).contains("class=\"pre-scrollable code runnable\"", "MATCH (l:Layer)");
    }

    @Test
    void boltUriPrintedAtStartReachesTheLandscape() {
        assertThat(server.boltUri().getScheme()).isEqualTo("bolt");
        try (var bolt = org.neo4j.driver.GraphDatabase.driver(server.boltUri(), server.authToken());
                var session = bolt.session()) {
            long teams = session.run("MATCH (t:Team) RETURN count(t)")
                    .single()
                    .get(0)
                    .asLong();
            assertThat(teams).isPositive().isEqualTo(count("MATCH (t:Team) RETURN count(t)"));
        }
    }
}
