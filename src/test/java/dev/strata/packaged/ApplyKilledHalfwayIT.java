package dev.strata.packaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.strata.testsupport.LandscapeUploadClient;
import dev.strata.testsupport.OwnProcessTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import tools.jackson.databind.JsonNode;

/**
 * All or nothing, from the outside (issue 17): the packaged jar runs an apply of 60,000 changes (20,000 capabilities
 * in a chain, each on a platform), the test follows its progress as a GraphQL client does and kills the process with SIGKILL when the
 * writing is about half done; the jar started again on the same data directory holds exactly the graph it held before
 * the apply: the same nodes, relationships, last change and landscape version, none of the new capabilities, no audit
 * record of the apply. Then the same apply runs to its end, so the store is not just unchanged but usable. Both ways
 * an apply writes are killed: with its additions staged in transactions of their own ahead of the commit (the
 * restart deletes them), and in one transaction.
 */
@OwnProcessTest
class ApplyKilledHalfwayIT {

    private static final String TOKEN = "strata_apply-killed-halfway-admin-token-0123456789";
    private static final int CAPABILITIES = 20_000;
    private static final int PER_FILE = 10_000;

    private PackagedStrata strata;

    @AfterEach
    void killIfStillRunning() {
        if (strata != null && strata.alive()) {
            strata.kill();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // 60,000 additions: above the default threshold, the new nodes and relationships are staged ahead of the commit
        "staged ahead of the commit, 50000",
        "in one transaction, 1000000000"
    })
    void anApplyKilledHalfWayLeavesTheGraphAsItWasAndCanBeRunAgain(String written, String stagedWriteThreshold)
            throws Exception {
        Path home = Files.createTempDirectory("strata-kill");
        int port = PackagedStrata.freePort();
        int boltPort = PackagedStrata.freePort();
        Map<String, String> env = Map.of(
                "STRATA_LANDSCAPE_STAGEDWRITETHRESHOLD",
                stagedWriteThreshold,
                "STRATA_SECURITY_BOOTSTRAP_ADMIN_TOKEN",
                TOKEN,
                "STRATA_PORT",
                String.valueOf(port),
                "STRATA_NEO4J_EMBEDDED_BOLT_PORT",
                String.valueOf(boltPort),
                "STRATA_NEO4J_EMBEDDED_HTTP_PORT",
                String.valueOf(PackagedStrata.freePort()));
        strata = launch(home, env);
        String before = fingerprint(home, boltPort);
        byte[] archive = chainOfCapabilities();

        LandscapeUploadClient uploads = new LandscapeUploadClient(port, TOKEN);
        String operation = uploads.start(archive, "APPLY");
        JsonNode seen = awaitHalfWritten(uploads, operation);
        strata.kill();
        assertThat(strata.awaitExit(Duration.ofSeconds(30)))
                .as("killed by SIGKILL (128 + 9)")
                .isEqualTo(137);
        assertThat(seen.get("step").asString())
                .as("killed while writing: %s", seen)
                .isEqualTo("WRITING");
        assertThat(seen.get("stepPercent").asDouble())
                .as("killed about half way: %s", seen)
                .isBetween(40.0, 90.0);

        strata = launch(home, env);
        assertThat(fingerprint(home, boltPort))
                .as("the graph after the restart")
                .isEqualTo(before);
        assertThat(strata.console().contains("a landscape change staged and never committed"))
                .as("staged nodes of the killed apply deleted at the start: %s", strata.console())
                .isEqualTo(stagedWriteThreshold.equals("50000"));

        String again = uploads.start(archive, "APPLY");
        JsonNode done = uploads.awaitEnd(again, " outcome { applied }", Duration.ofMinutes(5));
        assertThat(done.get("state").asString()).as("%s", done).isEqualTo("SUCCEEDED");
        assertThat(done.at("/outcome/applied").asBoolean()).isTrue();
        try (Driver driver = driver(home, boltPort);
                var session = driver.session()) {
            assertThat(session.run("MATCH (c:Capability) WHERE c.key STARTS WITH 't-kill-' RETURN count(c)")
                            .single()
                            .get(0)
                            .asLong())
                    .isEqualTo(CAPABILITIES);
        }
        strata.stop(Duration.ofMinutes(1));
    }

    private static PackagedStrata launch(Path home, Map<String, String> env) throws IOException, InterruptedException {
        PackagedStrata started =
                PackagedStrata.launch(home, env, java.util.List.of(PackagedStrata.UNSAFE_FLAG), java.util.List.of());
        started.awaitReady(Duration.ofMinutes(4));
        return started;
    }

    /** A team, a platform and capabilities each depending on the one before: one node and one relationship each. */
    private static byte[] chainOfCapabilities() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("team.yaml"));
            zip.write("""
                    apiVersion: strata.dev/v1
                    kind: Team
                    metadata: {key: t-kill-team, title: Kill team}
                    spec: {type: PLATFORM, size: 4}
                    ---
                    apiVersion: strata.dev/v1
                    kind: Platform
                    metadata: {key: t-kill-platform}
                    spec: {tier: 2, layer: container-platform, owner: t-kill-team}
                    """.getBytes(StandardCharsets.UTF_8));
            for (int file = 0; file < CAPABILITIES / PER_FILE; file++) {
                zip.putNextEntry(new ZipEntry("capabilities/part-" + file + ".yaml"));
                StringBuilder yaml = new StringBuilder();
                for (int i = file * PER_FILE; i < (file + 1) * PER_FILE; i++) {
                    yaml.append("---\napiVersion: strata.dev/v1\nkind: Capability\nmetadata: {key: t-kill-")
                            .append(i)
                            .append("}\nspec: {lifecycle: GA, tier: 2, platform: t-kill-platform, dependsOn: [")
                            .append(i == 0 ? "k8s-workloads" : "t-kill-" + (i - 1))
                            .append("]}\n");
                }
                zip.write(yaml.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    /** Polls the operation until its writing is at least half done; fails if it ends first. */
    private static JsonNode awaitHalfWritten(LandscapeUploadClient uploads, String operation)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            JsonNode seen = uploads.operation(operation, "");
            String state = seen.get("state").asString();
            if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
                fail("the apply ended before it was half written: " + seen);
            }
            if ("WRITING".equals(seen.path("step").asString(null))
                    && seen.get("stepPercent").asDouble() >= 50) {
                return seen;
            }
            Thread.sleep(20);
        }
        return fail("the apply did not get half way in 5 minutes");
    }

    /**
     * Landscape nodes and relationships, the latest change, the landscape version and the applies in the audit
     * trail: equal fingerprints mean nothing of the apply was written.
     */
    private static String fingerprint(Path home, int boltPort) throws IOException {
        try (Driver driver = driver(home, boltPort);
                var session = driver.session()) {
            return session.run("""
                    MATCH (n) WHERE NOT n:StrataMeta AND NOT n:AuditEvent AND NOT n:ApiToken
                    WITH count(n) AS nodes, max(n.updatedAt) AS lastChange
                    OPTIONAL MATCH (head:StrataMeta {key: 'landscape-head'})
                    RETURN nodes + ':' + COUNT { ()-[]->() } + ':' + coalesce(toString(lastChange), '-')
                        + ':v' + coalesce(toString(head.version), '-')
                        + ':audit' + COUNT { (e:AuditEvent {operation: 'applyLandscape'}) }
                        + ':new' + COUNT { (c:Capability) WHERE c.key STARTS WITH 't-kill-' } AS fingerprint
                    """).single().get(0).asString();
        }
    }

    private static Driver driver(Path home, int boltPort) throws IOException {
        String password =
                Files.readString(home.resolve("data/neo4j/neo4j-password")).strip();
        return GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.basic("neo4j", password));
    }
}
