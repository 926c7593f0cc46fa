package dev.strata.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.graphql.HeavyWorkAdmission;
import dev.strata.testsupport.StrataIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code GET /api/landscape/export}, the streamed archive {@code strata export} downloads: the same files as the
 * GraphQL field, readers only (anonymous reads off, as on a shared server), and one turn of the heavy-work admission.
 */
@TestPropertySource(
        properties = {
            "strata.security.anonymous-read=false",
            "strata.graphql.max-concurrent-heavy-fields=1",
            "strata.graphql.heavy-field-wait=200ms"
        })
class ExportDownloadIT extends StrataIntegrationTest {

    @Autowired
    HeavyWorkAdmission admission;

    @AfterEach
    void removeTokens() {
        cypher("MATCH (t:ApiToken) WHERE t.name STARTS WITH 't-' DETACH DELETE t");
    }

    @Test
    void aViewerDownloadsTheFilesTheGraphQlExportGivesAsAZipArchive() throws Exception {
        String viewer = issueToken("t-export-viewer", "VIEWER");
        HttpResponse<InputStream> response = get(viewer);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        Map<String, String> archive = unzip(response.body());

        Map<String, String> expected = new LinkedHashMap<>();
        for (LandscapeFile file : graphQl.document("{ exportLandscape { path content } }")
                .executeSync()
                .field("exportLandscape")
                .toEntityList(LandscapeFile.class)) {
            expected.put(file.path(), file.content());
        }
        assertThat(expected).hasSizeGreaterThan(3);
        assertThat(archive).containsExactlyEntriesOf(expected);
        assertThat(String.join("", archive.values())).contains("key: managed-oracle");
    }

    @Test
    void withoutATokenTheExportIsRefusedAndSendsNothing() throws Exception {
        HttpResponse<InputStream> refused = get(null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(new String(refused.body().readAllBytes(), StandardCharsets.UTF_8))
                .contains("authentication required")
                .doesNotContain("managed-oracle");

        HttpResponse<InputStream> forged = get("strata_forged-token-0123456789012345678901");
        assertThat(forged.statusCode()).isEqualTo(401);
    }

    @Test
    void whenEverySlotForHeavyWorkIsTakenTheExportIsBusyWithARetryHint() throws Exception {
        String viewer = issueToken("t-export-busy", "VIEWER");
        admission.acquire("the test's own heavy work", null);
        try {
            HttpResponse<InputStream> busy = get(viewer);
            assertThat(busy.statusCode()).isEqualTo(503);
            assertThat(busy.headers().firstValue("Retry-After")).hasValue("2");
            assertThat(new String(busy.body().readAllBytes(), StandardCharsets.UTF_8))
                    .contains("\"BUSY\"", "export is heavy", "strata.graphql.max-concurrent-heavy-fields");
        } finally {
            admission.release();
        }
        assertThat(get(viewer).statusCode()).as("the slot is free again").isEqualTo(200);
    }

    private HttpResponse<InputStream> get(String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + ExportDownloadController.PATH))
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    private static Map<String, String> unzip(InputStream body) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(body, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(List.copyOf(files.keySet())).as("files in path order").isSorted();
        return files;
    }
}
