package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command-line client end to end: files on disk, a running Strata over HTTP, exit codes for CI. */
class StrataCliIT extends StrataIntegrationTest {

    private static final String TEAM = """
            apiVersion: strata.dev/v1
            kind: Team
            metadata: {key: t-cli-team, title: CLI team}
            spec: {type: PLATFORM, size: 4}
            ---
            apiVersion: strata.dev/v1
            kind: Platform
            metadata: {key: t-cli-platform}
            spec: {tier: 2, layer: container-platform, owner: t-cli-team}
            """;
    private static final String CAPABILITIES = """
            apiVersion: strata.dev/v1
            kind: Capability
            metadata: {key: t-cli-a}
            spec: {lifecycle: GA, tier: 2, platform: t-cli-platform, dependsOn: [k8s-workloads]}
            ---
            apiVersion: strata.dev/v1
            kind: Capability
            metadata: {key: t-cli-b}
            spec: {lifecycle: GA, tier: 2, platform: t-cli-platform, dependsOn: [t-cli-a]}
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @AfterEach
    void removeTestData() {
        cleanUpTestData();
    }

    @Test
    void planApplyAndApplyAgainFromADirectoryWithExitCodes() throws IOException {
        write("team.yaml", TEAM);
        write("caps/capabilities.yaml", CAPABILITIES);
        String before = fingerprint();
        assertThat(cli("plan", dir.toString())).isZero();
        assertThat(output())
                .contains(
                        "Plan: 1 team added, 1 platform added, 2 capabilities added (4 changes)",
                        "+ Team t-cli-team (team.yaml)",
                        "+ Capability t-cli-b (caps/capabilities.yaml)",
                        "lifecycle GA, tier 2, dependsOn t-cli-a, platform t-cli-platform");
        assertThat(fingerprint()).isEqualTo(before);

        assertThat(cli("apply", dir.toString())).isZero();
        assertThat(
                        count(
                                "MATCH (e:AuditEvent {operation: 'applyLandscape', via: 'graphql/cli'}) WHERE e.after IS NOT NULL RETURN count(e)"))
                .as("the apply is in the audit trail with its path and result")
                .isPositive();
        assertThat(output()).contains("Applied.");
        assertThat(count("MATCH (c:Capability {key: 't-cli-b', sourceFile: 'caps/capabilities.yaml'}) RETURN count(c)"))
                .isOne();

        String applied = fingerprint();
        assertThat(cli("apply", dir.toString())).isZero();
        assertThat(output()).startsWith("No changes.\n(238 nodes of the current landscape are not declared");
        assertThat(fingerprint()).isEqualTo(applied);
    }

    @Test
    void aBrokenPolicyExitsWith2AndWritesNothing() throws IOException {
        write("team.yaml", TEAM);
        write("caps/capabilities.yaml", CAPABILITIES);
        assertThat(cli("apply", dir.toString())).isZero();
        write(
                "caps/capabilities.yaml",
                CAPABILITIES.replace("dependsOn: [k8s-workloads]", "dependsOn: [k8s-workloads, t-cli-b]"));
        String before = fingerprint();
        assertThat(cli("apply", dir.toString(), "--fail-on-new-cycle")).isEqualTo(2);
        assertThat(output())
                .contains(
                        "New dependency cycles\n    t-cli-a -> t-cli-b -> t-cli-a",
                        "Policy violations\n  new dependency cycle: t-cli-a -> t-cli-b -> t-cli-a",
                        "Not applied: the policy is violated; nothing was written.");
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(cli("plan", dir.toString(), "--format", "json")).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(output());
        assertThat(json.at("/plan/impact/newCycles/0/members").toString()).isEqualTo("[\"t-cli-a\",\"t-cli-b\"]");
        assertThat(json.at("/plan/policyViolations").isEmpty())
                .as("no policy given")
                .isTrue();
    }

    @Test
    void problemsExitWith1OfflineAndOnline() throws IOException {
        write("bad.yaml", TEAM.replace("size: 4", "size: four"));
        assertThat(new StrataCli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, Map.of())
                        .run(new String[] {"validate", dir.toString()}))
                .isEqualTo(1);
        assertThat(output()).contains("bad.yaml:4: spec.size: expected an integer, got a string ('four') [WRONG_TYPE]");
        String before = fingerprint();
        assertThat(cli("apply", dir.toString())).isEqualTo(1);
        assertThat(output())
                .contains("bad.yaml:4: spec.size: expected an integer", "1 problem; nothing was planned or written");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void exportWritesFilesThatPlanToNoChange() throws IOException {
        write("team.yaml", TEAM);
        write("caps/capabilities.yaml", CAPABILITIES);
        assertThat(cli("apply", dir.toString())).isZero();
        Path exported = dir.resolve("exported");
        assertThat(cli("export", "--out", exported.toString())).isZero();
        assertThat(exported.resolve("caps/capabilities.yaml")).exists();
        // The demo's nodes go back to the files they came from.
        assertThat(exported.resolve("landscape/demo/capabilities.yaml")).exists();
        org.springframework.util.FileSystemUtils.deleteRecursively(exported.resolve("landscape"));
        try (var others = Files.list(exported)) {
            for (Path file : others.filter(f -> f.toString().endsWith(".yaml") && !f.endsWith("team.yaml"))
                    .toList()) {
                Files.delete(file);
            }
        }
        assertThat(cli("plan", exported.toString())).isZero();
        assertThat(output()).contains("No changes");
    }

    @Test
    void anUnreachableServerIsAnError() throws IOException {
        write("team.yaml", TEAM);
        assertThat(new StrataCli(
                                new PrintStream(out, true, StandardCharsets.UTF_8),
                                new PrintStream(out, true, StandardCharsets.UTF_8),
                                Map.of())
                        .run(new String[] {"plan", dir.toString(), "--server", "http://127.0.0.1:1"}))
                .isEqualTo(1);
        assertThat(output()).contains("cannot reach the Strata server at http://127.0.0.1:1");
    }

    private int cli(String... args) {
        out.reset();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--server");
        all.add("http://127.0.0.1:" + port);
        all.add("--token");
        all.add(ADMIN_TOKEN);
        return new StrataCli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, Map.of())
                .run(all.toArray(String[]::new));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private void write(String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
