package dev.strata.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.LandscapeUploadClient;
import dev.strata.testsupport.StrataIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.ClientResponseField;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A landscape apply larger than the database lets one transaction be (issue 17: at scale L, 5.6 million changes
 * need more than the 11 GiB Neo4j allows a 16 GiB heap): against a Neo4j whose transactions are capped at
 * {@value #LIMIT_BYTES} bytes ({@code db.memory.transaction.max}), the apply is refused with {@code CHANGE_TOO_LARGE}
 * and a message saying what to change, at once instead of after two retries, and nothing is written; a small apply
 * goes through afterwards. The same holds for an apply uploaded as an archive and run as a background operation (the
 * path `strata apply` takes, where L met the limit).
 */
@TestPropertySource(properties = "strata.demo.enabled=false")
@DirtiesContext // its database stops after the class
@ExtendWith(OutputCaptureExtension.class)
class TransactionMemoryLimitIT extends StrataIntegrationTest {

    private static final long LIMIT_BYTES = 2L * 1024 * 1024;
    private static final Neo4j SERVER = Neo4jBuilders.newInProcessBuilder()
            .withDisabledServer()
            .withConfig(GraphDatabaseSettings.memory_transaction_max_size, LIMIT_BYTES)
            .build();

    @DynamicPropertySource
    static void cappedNeo4j(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.neo4j.uri", () -> "bolt://127.0.0.1:" + SERVER.boltURI().getPort());
    }

    @AfterAll
    static void stopServer() {
        SERVER.close();
    }

    @Test
    void anApplyTooLargeForOneTransactionIsRefusedWithWhatToDoAndWritesNothing(CapturedOutput output) {
        List<Map<String, Object>> files = tooLarge();

        ClientGraphQlResponse refused = apply(files);

        assertThat(refused.getErrors())
                .as("%s", refused.toMap())
                .singleElement()
                .satisfies(error -> {
                    assertThat(error.getExtensions()).containsEntry("code", "CHANGE_TOO_LARGE");
                    assertTellsWhatToDo(error.getMessage());
                });
        assertThat(output.getAll())
                .as("refused at once, not retried as a transient error")
                .doesNotContain("Transient database error in applyLandscape");
        assertNothingWritten();

        ClientGraphQlResponse small = apply(List.of(files.getFirst()));
        ClientResponseField applied = small.field("applyLandscape.applied");
        assertThat(small.getErrors()).isEmpty();
        assertThat(applied.toEntity(Boolean.class)).isTrue();
    }

    @Test
    void anUploadedApplyTooLargeForOneTransactionFailsWithWhatToDoAndWritesNothing() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (Map<String, Object> file : tooLarge()) {
                out.putNextEntry(new ZipEntry((String) file.get("path")));
                out.write(((String) file.get("content")).getBytes(StandardCharsets.UTF_8));
            }
        }
        LandscapeUploadClient uploads = new LandscapeUploadClient(port, ADMIN_TOKEN);

        JsonNode ended = uploads.awaitEnd(uploads.start(zip.toByteArray(), "APPLY"), "", Duration.ofMinutes(2));

        assertThat(ended.get("state").asString()).as("%s", ended).isEqualTo("FAILED");
        assertTellsWhatToDo(ended.get("failure").asString());
        assertNothingWritten();
    }

    private static void assertTellsWhatToDo(String message) {
        assertThat(message)
                .startsWith("applyLandscape needs more transaction memory than the database allows")
                .contains("nothing was written", "db.memory.transaction.max", "-Xmx", "apply the landscape in parts");
    }

    private void assertNothingWritten() {
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (n) WHERE n.key STARTS WITH 't-big-' RETURN count(n)")
                            .single()
                            .get(0)
                            .asLong())
                    .as("nothing written")
                    .isZero();
        }
    }

    /** A layer, a team, a platform and 20,000 capabilities in four files: far more than 2 MiB of transaction. */
    private static List<Map<String, Object>> tooLarge() {
        List<Map<String, Object>> files = new ArrayList<>(List.of(Map.of("path", "t/team.yaml", "content", """
                apiVersion: strata.dev/v1
                kind: Layer
                metadata: {key: t-big-layer}
                spec: {rank: 1, crossCutting: false}
                ---
                apiVersion: strata.dev/v1
                kind: Team
                metadata: {key: t-big-team}
                spec: {type: PLATFORM, size: 4}
                ---
                apiVersion: strata.dev/v1
                kind: Platform
                metadata: {key: t-big-platform}
                spec: {tier: 2, layer: t-big-layer, owner: t-big-team}
                """)));
        for (int file = 0; file < 4; file++) {
            StringBuilder yaml = new StringBuilder();
            for (int i = file * 5_000; i < (file + 1) * 5_000; i++) {
                yaml.append("---\napiVersion: strata.dev/v1\nkind: Capability\nmetadata: {key: t-big-")
                        .append(i)
                        .append(", title: A capability with a title long enough to weigh something}\n")
                        .append("spec: {lifecycle: GA, tier: 2, platform: t-big-platform}\n");
            }
            files.add(Map.of("path", "t/capabilities-" + file + ".yaml", "content", yaml.toString()));
        }
        return files;
    }

    private ClientGraphQlResponse apply(List<Map<String, Object>> files) {
        return graphQl.document(
                        "mutation($input: ChangeLandscapeInput!) { applyLandscape(input: $input) { applied errors { message } } }")
                .variable("input", Map.of("files", files, "prune", false))
                .executeSync();
    }
}
