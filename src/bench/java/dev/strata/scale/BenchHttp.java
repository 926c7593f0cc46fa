package dev.strata.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** GraphQL over HTTP as the benchmark's rows send it: the admin token of the application they start, raw JSON back. */
final class BenchHttp {

    /** The bootstrap admin token the benchmark starts the application with. */
    static final String TOKEN = "strata_benchmark-admin-token-0123456789";

    private BenchHttp() {}

    /** POSTs the query with its variables (a JSON object) and answers the body; anything but HTTP 200 throws. */
    static String post(HttpClient http, URI endpoint, String query, String variables) {
        return send(
                http, endpoint, "{\"query\":" + quote(query) + ",\"variables\":" + variables + "}", "application/json");
    }

    /** POSTs a JSON body with the admin token, accepting {@code accept}, and answers the body; anything but 200 throws. */
    static String send(HttpClient http, URI endpoint, String json, String accept) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .header("Accept", accept)
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON string literal. */
    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
