package dev.strata.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A running Strata server's GraphQL API, as the CLI uses it: one operation per call, errors as exceptions. */
final class StrataServer {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String server;
    private final @Nullable String token;

    StrataServer(String server, @Nullable String token) {
        this.server = server;
        this.token = token;
    }

    static StrataServer of(ServerOptions options, Console console) {
        return new StrataServer(options.serverOrDefault(console), options.token(console));
    }

    /** Runs {@code document} with {@code $input} bound to {@code input} (when not null) and returns its data. */
    JsonNode call(String document, @Nullable Map<String, Object> input) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        if (input != null) {
            body.put("variables", Map.of("input", input));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.replaceAll("/+$", "") + "/graphql"))
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                // Recorded in the audit trail as the path the change took (via = graphql/cli).
                .header("X-Strata-Client", "cli")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response;
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new ServerException("cannot reach the Strata server at " + server + " (" + e + ")");
        }
        if (response.statusCode() / 100 != 2) {
            throw new ServerException("the Strata server answered HTTP " + response.statusCode()
                    + (response.statusCode() == 401 || response.statusCode() == 403
                    ? ": pass a token with --token or STRATA_TOKEN" : ""));
        }
        JsonNode answer = JSON.readTree(response.body());
        if (answer.has("errors") && !answer.get("errors").isEmpty()) {
            throw new ServerException("the Strata server refused the request: "
                    + answer.get("errors").get(0).get("message").asString());
        }
        return answer.get("data");
    }

    /** The server could not be reached or refused the request. */
    static final class ServerException extends RuntimeException {
        ServerException(String message) {
            super(message);
        }
    }
}
