package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.ingest.LandscapeFile;
import dev.strata.plan.DemoFiles;
import dev.strata.testsupport.StrataIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 12's reviewer, against a server holding the demo: a copy of the demo's files in another folder plans as
 * {@code No changes.} with exit 0 under every policy flag and format; the two-line change prints its two changes
 * and their impact in about a page; and the server's plan equals the offline {@code plan --base} of the same files.
 */
class PlanReviewIT extends StrataIntegrationTest {

    private static final List<String> EVERY_RULE = List.of(
            "--fail-on-new-violation", "--fail-on-new-cycle", "--fail-on-overloaded", "--max-blast-radius", "50");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void aCopyOfTheDemoInAnotherFolderIsNoChangesWithExit0UnderEveryPolicyFlag() throws IOException {
        Path copy = write("pull-request/landscape", DemoFiles.load());
        String before = fingerprint();
        List<String> plan = new ArrayList<>(List.of("plan", copy.toString()));
        plan.addAll(EVERY_RULE);
        assertThat(cli(plan)).isZero();
        assertThat(output()).isEqualTo("No changes.\n");
        for (String rule : EVERY_RULE.subList(0, 3)) {
            assertThat(cli(List.of("plan", copy.toString(), rule))).isZero();
            assertThat(output()).isEqualTo("No changes.\n");
        }
        plan.addAll(List.of("--format", "markdown"));
        assertThat(cli(plan)).isZero();
        assertThat(output()).isEqualTo("### Strata plan\n\nNo changes.\n");
        plan.set(plan.size() - 1, "json");
        assertThat(cli(plan)).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(output());
        assertThat(json.at("/plan/hasChanges").asBoolean()).isFalse();
        assertThat(json.at("/plan/nodes").isEmpty()).isTrue();
        assertThat(json.at("/plan/policyViolations").isEmpty()).isTrue();
        assertThat(json.at("/plan/relocated").asInt())
                .as("every node and relationship, read from another file")
                .isEqualTo(238 + 635);
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void theTwoLineChangePrintsItsChangesAndImpactInAboutAPageAndEqualsTheOfflinePlan() throws IOException {
        Path head = write("head", PlanOfflineTest.TWO_LINES);
        Path base = write("base", DemoFiles.load());
        List<String> plan = new ArrayList<>(List.of("plan", head.toString()));
        plan.addAll(EVERY_RULE);
        assertThat(cli(plan)).isZero();
        String text = output();
        assertThat(text.split("\n").length).as(text).isBetween(15, 45);
        assertThat(text)
                .startsWith("Plan: 1 capability changed (2 changes)\n")
                .contains("""
                Changes
                  ~ Capability llm-gateway (capabilities.yaml)
                      ~ lifecycle: BETA -> GA
                      + dependsOn: managed-oracle
                """, "New uses of deprecated or retired capabilities (11)");

        assertThat(cli(List.of("plan", head.toString(), "--format", "json"))).isZero();
        ObjectNode online = (ObjectNode) JsonMapper.builder().build().readTree(output());
        out.reset();
        assertThat(new StrataCli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, Map.of())
                        .run(new String[] {"plan", head.toString(), "--base", base.toString(), "--format", "json"}))
                .isZero();
        ObjectNode offline = (ObjectNode) JsonMapper.builder().build().readTree(output());
        // The server's graph records the demo's files as landscape/demo/*.yaml: only that bookkeeping differs.
        assertThat(((ObjectNode) online.get("plan")).remove("relocated").asInt())
                .isPositive();
        assertThat(((ObjectNode) offline.get("plan")).remove("relocated").asInt())
                .isZero();
        assertThat(online).isEqualTo(offline);
    }

    private int cli(List<String> args) {
        out.reset();
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--server", "http://127.0.0.1:" + port, "--token", ADMIN_TOKEN));
        return new StrataCli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, Map.of())
                .run(all.toArray(String[]::new));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path write(String folder, DemoFiles files) throws IOException {
        Path root = dir.resolve(folder);
        for (LandscapeFile file : files.files()) {
            Path path = root.resolve(file.path());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.content());
        }
        return root;
    }
}
