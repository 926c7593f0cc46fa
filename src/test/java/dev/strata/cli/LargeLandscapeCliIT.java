package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.scale.LandscapeFiles;
import dev.strata.scale.LandscapeGenerator;
import dev.strata.scale.Scale;
import dev.strata.scale.SyntheticLandscape;
import dev.strata.testsupport.StrataIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A generated landscape larger than the ordinary request limit (here 64 KB, so that scale S, 440 KB, is "large")
 * goes through the CLI by the upload path without raising any limit; the ordinary GraphQL request with the same
 * files is refused with a message naming the limit, its setting and the way around. Uploads are for editors only,
 * and their own limit (here 1 MB) names its setting too.
 */
@TestPropertySource(properties = {"strata.graphql.max-request-size=64KB", "strata.landscape.max-upload-size=1MB"})
class LargeLandscapeCliIT extends StrataIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aLandscapeLargerThanTheRequestLimitIsAppliedThroughTheCliWithProgressAndAgainWithoutChange() throws Exception {
        SyntheticLandscape landscape = LandscapeGenerator.generate(Scale.S, 42);
        LandscapeFiles.write(landscape, dir);
        long bytes;
        try (Stream<Path> files = Files.walk(dir)) {
            bytes = files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        }
        assertThat(bytes)
                .as("the landscape is larger than the ordinary request limit")
                .isGreaterThan(64 * 1024 * 4);

        HttpResponse<String> inline = inlineApply(dir);
        assertThat(inline.statusCode()).isEqualTo(413);
        assertThat(inline.body())
                .contains(
                        "exceeds the limit of 65536 bytes (strata.graphql.max-request-size)",
                        "createLandscapeUpload",
                        "strata apply/plan/validate do this by themselves");

        String before = fingerprint();
        assertThat(cli("plan", dir.toString(), "--progress", "lines")).isZero();
        assertThat(out()).contains("Plan: ", "300 capabilities added", "600 consumers added");
        assertThat(fingerprint()).as("plan writes nothing").isEqualTo(before);

        assertThat(cli("apply", dir.toString(), "--progress", "lines"))
                .as(err())
                .isZero();
        assertThat(out()).contains("Applied.");
        assertThat(err())
                .contains("strata: packing: ", "strata: uploading", "strata: uploaded: 6 of 6 files")
                .containsPattern("strata: (queued|reading files|reading graph|comparing|assessing impact|writing"
                        + "|committing)");
        assertThat(count("MATCH (c:Capability) WHERE c.sourceFile = 'capabilities.yaml' RETURN count(c)"))
                .isEqualTo(Scale.S.capabilities());
        assertThat(count("MATCH (:Consumer {sourceFile: 'consumers.yaml'})-[r:CONSUMES]->() RETURN count(r)"))
                .isPositive();
        assertThat(count("MATCH (e:AuditEvent {operation: 'applyLandscape', via: 'graphql/cli'})"
                        + " WHERE e.input CONTAINS 'sha256' RETURN count(e)"))
                .as("audited, naming the upload's hash")
                .isOne();

        String applied = fingerprint();
        assertThat(cli("apply", dir.toString(), "--progress", "off")).isZero();
        assertThat(out()).startsWith("No changes.");
        assertThat(err()).doesNotContain("strata: uploading");
        assertThat(fingerprint()).isEqualTo(applied);

        assertThat(cli("validate", dir.toString())).as(err()).isZero();
    }

    @Test
    void uploadsAreForEditorsAndTheirLimitNamesItsSetting() throws Exception {
        String path = "/api/landscape/uploads/" + java.util.UUID.randomUUID();
        HttpResponse<String> anonymous = put(path, null, new byte[100]);
        assertThat(anonymous.statusCode()).isEqualTo(401);

        String viewer = graphQl.document(
                        "mutation { createApiToken(input: {name: \"t-upload-viewer\", role: VIEWER})" + " { secret } }")
                .executeSync()
                .field("createApiToken.secret")
                .toEntity(String.class);
        HttpResponse<String> forbidden = put(path, viewer, new byte[100]);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("this needs the editor role");

        String url = graphQl.document("mutation { createLandscapeUpload { upload { url maxBytes } errors { code } } }")
                .executeSync()
                .field("createLandscapeUpload.upload.url")
                .toEntity(String.class);
        HttpResponse<String> tooLarge = put(url, ADMIN_TOKEN, new byte[2 * 1024 * 1024]);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("exceeds the limit of 1048576 bytes (strata.landscape.max-upload-size)");

        HttpResponse<String> notAZip = put(url, ADMIN_TOKEN, "not a zip".getBytes(StandardCharsets.UTF_8));
        assertThat(notAZip.statusCode()).isEqualTo(400);
        assertThat(notAZip.body()).contains("not a readable zip archive");
    }

    private HttpResponse<String> inlineApply(Path directory) throws IOException, InterruptedException {
        List<Map<String, Object>> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.add(Map.of("path", directory.relativize(file).toString(), "content", Files.readString(file)));
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", "mutation($input: ChangeLandscapeInput!) { applyLandscape(input: $input) { applied } }");
        body.put("variables", Map.of("input", Map.of("files", files)));
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + ADMIN_TOKEN)
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private HttpResponse<String> put(String path, String token, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/zip")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private int cli(String... args) {
        out.reset();
        err.reset();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--server");
        all.add("http://127.0.0.1:" + port);
        all.add("--token");
        all.add(ADMIN_TOKEN);
        return new StrataCli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        Map.of())
                .run(all.toArray(String[]::new));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
