package dev.strata.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.StrataIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** {@code /error} asked for directly is a 404 like any other missing page; real errors keep their own status. */
class ErrorPathIT extends StrataIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aDirectRequestToTheErrorPathIsNotFoundInJsonAndHtml() throws Exception {
        HttpResponse<String> json = get("/error", "application/json");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(json.body())
                .contains("\"status\":404", "\"error\":\"Not Found\"")
                .doesNotContain("999", "Internal");
        assertThat(get("/error", "text/html").statusCode()).isEqualTo(404);
        assertThat(get("/error", "*/*").statusCode()).isEqualTo(404);
    }

    @Test
    void realErrorsKeepTheirStatus() throws Exception {
        assertThat(get("/no-such-page", "application/json").statusCode()).isEqualTo(404);
        HttpResponse<String> brokenJson = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"query\": "))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(brokenJson.statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Accept", accept)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
