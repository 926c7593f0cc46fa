package dev.strata.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The upload path of {@code strata apply/plan/validate} driven over HTTP as the CLI drives it: create an upload, PUT
 * the zipped files, start the operation, follow it through {@code landscapeOperation}. For tests against a server on
 * {@code port} that accepts {@code token} as an editor's.
 */
public final class LandscapeUploadClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final String token;

    public LandscapeUploadClient(int port, String token) {
        this.port = port;
        this.token = token;
    }

    /** Uploads the zip archive and starts {@code action} (APPLY, PLAN, VALIDATE) on it; returns the operation's id. */
    public String start(byte[] archive, String action) throws IOException, InterruptedException {
        JsonNode upload = graphQl(
                        "mutation { createLandscapeUpload { upload { id url } errors { message } } }", Map.of())
                .at("/data/createLandscapeUpload/upload");
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> put = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                    + upload.get("url").asString()))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/zip")
                            .PUT(HttpRequest.BodyPublishers.ofByteArray(archive))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        }
        JsonNode started = graphQl(
                "mutation($input: StartLandscapeOperationInput!) {"
                        + " startLandscapeOperation(input: $input) { operation { id } errors { message } } }",
                Map.of("input", Map.of("uploadId", upload.get("id").asString(), "action", action)));
        return started.at("/data/startLandscapeOperation/operation/id").asString();
    }

    /** The operation's state, step, stepPercent and failure, and the fields in {@code more}. */
    public JsonNode operation(String id, String more) throws IOException, InterruptedException {
        return graphQl(
                        "query($id: ID!) { landscapeOperation(id: $id) { state step stepPercent failure" + more
                                + " } }",
                        Map.of("id", id))
                .at("/data/landscapeOperation");
    }

    /** Follows the operation until it is neither queued nor running; fails when that takes longer than timeout. */
    public JsonNode awaitEnd(String id, String more, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            JsonNode seen = operation(id, more);
            String state = seen.get("state").asString();
            if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
                return seen;
            }
            Thread.sleep(200);
        }
        return fail("the operation did not end within " + timeout);
    }

    /** A GraphQL request with the token; fails on any error in the answer. */
    public JsonNode graphQl(String query, Map<String, Object> variables) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode answer = JSON.readTree(response.body());
            assertThat(answer.path("errors").isEmpty()).as(response.body()).isTrue();
            return answer;
        }
    }
}
