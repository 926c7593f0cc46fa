package dev.strata.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.strata.testsupport.StrataIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Smoke check with the official TypeScript SDK client ({@code @modelcontextprotocol/sdk} from npm): given only the URL
 * and a viewer token it lists the tools, asks what breaks if cloud-networking fails and whether llm-gateway may depend
 * on managed-oracle, and gets an actionable error for a misspelt key. The client lives in {@code src/test/mcp-ts};
 * {@code .ci/run} installs it with {@code npm ci}, and this test does so itself when npm is there. Skipped, with the
 * reason, when node or npm is missing or the client cannot be installed.
 */
class McpTypeScriptClientIT extends StrataIntegrationTest {

    private static final Path CLIENT = Path.of("src", "test", "mcp-ts");

    @Test
    @SuppressWarnings("unchecked")
    void theTypeScriptSdkClientListsTheToolsAndAnswersTheTwoQuestions() throws Exception {
        assumeTrue(runs("node", "--version"), "node is not installed: the TypeScript SDK smoke check is skipped");
        if (!Files.isDirectory(CLIENT.resolve("node_modules/@modelcontextprotocol/sdk"))) {
            assumeTrue(runs("npm", "--version"), "npm is not installed: the TypeScript SDK smoke check is skipped");
            // The npm registry may be out of reach (offline laptops); CI installs the client before the tests.
            assumeTrue(
                    run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300).exitCode() == 0,
                    "npm ci in " + CLIENT + " failed (no registry?): the TypeScript SDK smoke check is skipped");
        }
        String viewer = graphQl.document(
                        "mutation { createApiToken(input: {name: \"t-ts-viewer\", role: VIEWER}) { secret } }")
                .executeSync()
                .field("createApiToken.secret")
                .toEntity(String.class);
        try {
            Result smoke = run(List.of("node", "smoke.mjs", "http://127.0.0.1:" + port, viewer), 120);
            assertThat(smoke.exitCode()).as(smoke.output()).isZero();
            String json = smoke.output()
                    .lines()
                    .filter(line -> line.startsWith("{"))
                    .reduce((a, b) -> b)
                    .orElseThrow();
            @SuppressWarnings("unchecked")
            Map<String, Object> answer = new JsonMapper().readValue(json, Map.class);
            assertThat(answer).containsEntry("server", "strata");
            assertThat((List<Object>) answer.get("tools"))
                    .contains(
                            "find_nodes",
                            "describe_node",
                            "blast_radius",
                            "dependency_chains",
                            "team_load",
                            "structural_risks",
                            "ownership",
                            "plan_change");
            assertThat((Map<String, Object>) answer.get("blastRadius"))
                    .containsEntry("isError", false)
                    .containsEntry(
                            "tier1ConsumerCount",
                            graphQl.document("""
                            { blastRadius(input: {targets: [{kind: CAPABILITY, key: "cloud-networking"}]}) { tier1Consumers } }""")
                                    .executeSync()
                                    .field("blastRadius.tier1Consumers")
                                    .toEntity(Integer.class));
            assertThat((Map<String, Object>) answer.get("plan"))
                    .containsEntry("isError", false)
                    .containsEntry("edgesAdded", 1);
            assertThat((Map<String, Object>) answer.get("unknownKey")).containsEntry("isError", true);
            assertThat((String) ((Map<String, Object>) answer.get("unknownKey")).get("text"))
                    .contains("did you mean 'llm-gateway'");
        } finally {
            cypher("MATCH (t:ApiToken) WHERE t.name STARTS WITH 't-' DETACH DELETE t");
        }
    }

    private record Result(int exitCode, String output) {}

    private static Result run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(CLIENT.toFile())
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, "timed out: " + new String(output, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static boolean runs(String... command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
