package dev.strata.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.StrataIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Request bodies are bounded before they are read (issue 10.3): on every path that reaches GraphQL however it is
 * encoded, on every other path with a smaller limit, chunked or not; and a body of many small tokens or deep nesting
 * is refused by the JSON reader before it becomes hundreds of megabytes of maps.
 */
class RequestBodyLimitsIT extends StrataIntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.boot.web.server.context.WebServerApplicationContext context;

    @Test
    void theSizeLimitHoldsOnEveryPathThatReachesGraphQlAndOnEveryOtherPath() throws Exception {
        byte[] body = ("{\"query\":\"{ teams { totalCount } }\",\"variables\":{\"pad\":\""
                        + "x".repeat(33 * 1024 * 1024) + "\"}}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (String path : java.util.List.of("/%67raphql", "/%67%72%61%70%68%71%6c", "/graphql;x=1", "//graphql")) {
            HttpResponse<String> response = post(path, HttpRequest.BodyPublishers.ofByteArray(body));
            assertThat(response.statusCode()).as(path).isEqualTo(413);
            assertThat(response.body())
                    .as(path)
                    .contains("exceeds the limit of 33554432 bytes", "strata.graphql.max-request-size");
        }
        HttpResponse<String> elsewhere =
                post("/actuator/health", HttpRequest.BodyPublishers.ofByteArray(new byte[2 * 1024 * 1024]));
        assertThat(elsewhere.statusCode()).isEqualTo(413);
        assertThat(elsewhere.body()).contains("exceeds the limit of 1048576 bytes", "strata.http.max-request-size");
        // The encoded path really is GraphQL: a small body runs there.
        HttpResponse<String> small =
                post("/%67raphql", HttpRequest.BodyPublishers.ofString("{\"query\":\"{ strataVersion }\"}"));
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.body()).contains("strataVersion");
    }

    @Test
    void aChunkedBodyIsHeldToTheSameLimit() throws Exception {
        byte[] big = ("{\"query\":\"{ strataVersion }\",\"variables\":{\"pad\":\"" + "x".repeat(33 * 1024 * 1024)
                        + "\"}}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> refused =
                post("/graphql", HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)));
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("strata.graphql.max-request-size");
        byte[] medium = ("{\"query\":\"{ strataVersion }\",\"variables\":{\"pad\":\"" + "x".repeat(300_000) + "\"}}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> accepted = post(
                "/graphql", HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(medium)));
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).contains("strataVersion");
    }

    @Test
    void aBodyOfManySmallTokensOrDeepNestingIsRefusedBeforeItFillsTheHeap() throws Exception {
        String manyTokens =
                "{\"query\":\"{ strataVersion }\",\"variables\":{\"pad\":[" + "{},".repeat(200_000) + "{}]}}";
        HttpResponse<String> tokens = post("/graphql", HttpRequest.BodyPublishers.ofString(manyTokens));
        assertThat(tokens.statusCode()).isEqualTo(400);
        assertThat(tokens.body())
                .contains("request body refused", "Token count", "100000")
                .doesNotContain("StreamReadConstraints");
        String deep =
                "{\"query\":\"{ strataVersion }\",\"variables\":{\"pad\":" + "[".repeat(100) + "]".repeat(100) + "}}";
        HttpResponse<String> nested = post("/graphql", HttpRequest.BodyPublishers.ofString(deep));
        assertThat(nested.statusCode()).isEqualTo(400);
        assertThat(nested.body()).contains("request body refused", "nesting depth");
        String realistic =
                "{\"query\":\"{ strataVersion }\",\"variables\":{\"pad\":[" + "{\"a\":1},".repeat(5_000) + "{}]}}";
        assertThat(post("/graphql", HttpRequest.BodyPublishers.ofString(realistic))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aLargeBodyRefusedBeforeItsEndStillGetsItsAnswer() throws Exception {
        // Refused after the first 100,000 tokens with about 8 MB still unsent: the server reads and discards the rest
        // (up to the largest body it accepts) instead of closing the connection on unread data, a reset that can lose
        // the answer at the client.
        var tomcat = (org.springframework.boot.tomcat.TomcatWebServer) context.getWebServer();
        var protocol = (org.apache.coyote.http11.AbstractHttp11Protocol<?>)
                tomcat.getTomcat().getConnector().getProtocolHandler();
        assertThat(protocol.getMaxSwallowSize()).isEqualTo(32 * 1024 * 1024);
        byte[] body = ("{\"query\":\"{ strataVersion }\",\"variables\":{\"pad\":[" + "{},".repeat(3_000_000) + "{}]}}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> response = post("/graphql", HttpRequest.BodyPublishers.ofByteArray(body));
            assertThat(response.statusCode()).as("attempt %d", i).isEqualTo(400);
            assertThat(response.body()).as("attempt %d", i).contains("Token count");
        }
    }

    private HttpResponse<String> post(String path, HttpRequest.BodyPublisher body) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .header("Content-Type", "application/json")
                                .timeout(java.time.Duration.ofSeconds(60))
                                .POST(body)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
