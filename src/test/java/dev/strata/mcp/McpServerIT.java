package dev.strata.mcp;

import static dev.strata.mcp.McpClients.call;
import static dev.strata.mcp.McpClients.structured;
import static dev.strata.mcp.McpClients.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.graphql.FieldCosts;
import dev.strata.testsupport.JsonPaths;
import dev.strata.testsupport.StrataIntegrationTest;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;

/**
 * The MCP server driven by the MCP Java SDK client over HTTP, as an agent given the URL and a viewer token would:
 * initialize, list the tools, call each on the demo landscape, and compare the answers with the GraphQL API.
 */
class McpServerIT extends StrataIntegrationTest {

    @Autowired
    private List<StrataTool> strataTools;

    @Autowired
    private FieldCosts costs;

    /** Each tool names GraphQL fields the loaded schema has, so its cost and heaviness follow the schema's weights. */
    @Test
    void everyToolCostsWhatTheGraphQlFieldsDoingItsWorkCost() {
        assertThat(strataTools).hasSize(8);
        for (StrataTool tool : strataTools) {
            @SuppressWarnings("unchecked")
            Set<String> known = ((Map<String, Object>) tool.inputSchema().get("properties")).keySet();
            List<String> fields = tool.fields(ToolArguments.of(tool.name(), Map.of(), known));
            assertThat(costs.cost(fields)).as(tool.name()).isPositive().isLessThanOrEqualTo(costs.maxCost());
        }
        assertThat(strataTools)
                .filteredOn(tool -> costs.heavy(tool.fields(ToolArguments.of(tool.name(), Map.of(), Set.of()))))
                .extracting(StrataTool::name)
                .containsExactlyInAnyOrder(
                        "blast_radius",
                        "dependency_chains",
                        "structural_risks",
                        "team_load",
                        "ownership",
                        "plan_change");
    }

    private McpSyncClient viewer;

    @BeforeEach
    void connectAsViewer() {
        viewer = McpClients.connect(port, issueToken("t-mcp-viewer", "VIEWER"));
        viewer.initialize();
    }

    @AfterEach
    void close() {
        viewer.close();
        cypher("MATCH (t:ApiToken) WHERE t.name STARTS WITH 't-' DETACH DELETE t");
    }

    @Test
    void aViewerListsEveryToolWithADescriptionAndAnInputSchema() {
        List<McpSchema.Tool> tools = viewer.listTools().tools();
        assertThat(tools)
                .extracting(McpSchema.Tool::name)
                .containsExactlyInAnyOrder(
                        "find_nodes",
                        "describe_node",
                        "blast_radius",
                        "dependency_chains",
                        "team_load",
                        "structural_risks",
                        "ownership",
                        "plan_change");
        assertThat(tools).allSatisfy(tool -> {
            assertThat(tool.description()).hasSizeGreaterThan(80);
            assertThat(tool.inputSchema()).containsEntry("type", "object");
            assertThat((Map<?, ?>) tool.inputSchema().get("properties")).isNotEmpty();
            assertThat(tool.annotations().readOnlyHint()).isTrue();
        });
        assertThat(viewer.getServerInstructions()).contains("blast_radius");
    }

    @Test
    void blastRadiusOfCloudNetworkingAnswersAsTheGraphQlApiWithTheTier1ConsumersAndTheirPaths() {
        McpSchema.CallToolResult result = call(viewer, "blast_radius", Map.of("targets", List.of("cloud-networking")));
        assertThat(result.isError()).isFalse();
        ClientGraphQlResponse graphQlAnswer = graphQl.document("""
                { blastRadius(input: {targets: [{kind: CAPABILITY, key: "cloud-networking"}], first: 100}) {
                    totalCount tier1Consumers severity deepest items { kind key tier path { key } }
                    totals { byOwningTeam { key count } } } }""").executeSync();
        Map<String, Object> answer = structured(result);
        assertThat(answer.get("totalCount"))
                .isEqualTo(graphQlAnswer.field("blastRadius.totalCount").toEntity(Integer.class));
        assertThat(((Number) answer.get("severity")).longValue())
                .isEqualTo(graphQlAnswer.field("blastRadius.severity").toEntity(Long.class));
        int tier1 = graphQlAnswer.field("blastRadius.tier1Consumers").toEntity(Integer.class);
        assertThat(tier1).isPositive();
        assertThat(answer.get("tier1ConsumerCount")).isEqualTo(tier1);
        List<String> tier1Keys =
                JsonPaths.strings(graphQlAnswer, "blastRadius.items[*].key").subList(0, tier1);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> listed = (List<Map<String, Object>>) answer.get("tier1Consumers");
        assertThat(listed).extracting(consumer -> consumer.get("key")).containsExactlyElementsOf(tier1Keys);
        assertThat(listed)
                .allSatisfy(consumer ->
                        assertThat((List<?>) consumer.get("path")).first().isEqualTo("cloud-networking"));
        assertThat(text(result))
                .contains("If cloud-networking fails")
                .contains("Tier-1 consumers affected: " + tier1)
                .contains(tier1Keys.getFirst());

        List<String> owningTeams = JsonPaths.strings(graphQlAnswer, "blastRadius.totals.byOwningTeam[*].key");
        assertThat(owningTeams).hasSizeGreaterThan(BlastRadiusTool.TOTALS_LISTED);
        @SuppressWarnings("unchecked")
        Map<String, Object> totals = (Map<String, Object>) answer.get("totals");
        assertThat(totals.get("owningTeamCount")).isEqualTo(owningTeams.size());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> largest = (List<Map<String, Object>>) totals.get("byOwningTeam");
        assertThat(largest)
                .extracting(team -> team.get("key"))
                .containsExactlyElementsOf(owningTeams.subList(0, BlastRadiusTool.TOTALS_LISTED));
        assertThat(text(result))
                .contains("and " + (owningTeams.size() - BlastRadiusTool.TOTALS_LISTED) + " more teams");
    }

    @Test
    void findAndDescribeGiveKeysOwnersAndNeighboursAsStoredInNeo4j() {
        McpSchema.CallToolResult found = call(viewer, "find_nodes", Map.of("text", "oracle"));
        assertThat(found.isError()).isFalse();
        assertThat(text(found)).contains("CAPABILITY managed-oracle");

        McpSchema.CallToolResult described = call(viewer, "describe_node", Map.of("key", "llm-gateway"));
        assertThat(described.isError()).isFalse();
        Map<String, Object> node = structured(described);
        assertThat(node)
                .containsEntry("kind", "CAPABILITY")
                .containsEntry("platform", "ai-toolbox")
                .containsEntry(
                        "owner",
                        single(
                                "MATCH (t:Team)-[:OWNS]->(:Platform)-[:PROVIDES]->(:Capability {key: 'llm-gateway'}) RETURN t.key"));
        assertThat(node.get("dependencies"))
                .isEqualTo(
                        Map.of(
                                "count",
                                2,
                                "keys",
                                keys(
                                        "MATCH (:Capability {key: 'llm-gateway'})-[:DEPENDS_ON]->(d) RETURN d.key ORDER BY d.key")));
        @SuppressWarnings("unchecked")
        Map<String, Object> consumers = (Map<String, Object>) node.get("consumers");
        assertThat(consumers.get("keys"))
                .isEqualTo(
                        keys(
                                "MATCH (c:Consumer)-[:CONSUMES]->(:Capability {key: 'llm-gateway'}) RETURN c.key ORDER BY c.key"));
    }

    @Test
    void chainsLoadRisksAndOwnershipAnswerAsTheGraphQlApi() {
        Map<String, Object> chains =
                structured(call(viewer, "dependency_chains", Map.of("key", "llm-gateway", "maxChains", 5)));
        ClientGraphQlResponse graphQlChains = graphQl.document("""
                { dependencyChains(kind: CAPABILITY, key: "llm-gateway", maxChains: 5) { chainCount chains { capabilities } } }""").executeSync();
        assertThat(((Number) chains.get("chainCount")).longValue())
                .isEqualTo(graphQlChains.field("dependencyChains.chainCount").toEntity(Long.class));
        @SuppressWarnings("unchecked")
        List<Object> mcpChains = ((List<Map<String, Object>>) chains.get("chains"))
                .stream().map(c -> c.get("capabilities")).toList();
        List<Object> graphQlChainList = graphQlChains.field("dependencyChains.chains").toEntityList(Map.class).stream()
                .map(c -> c.get("capabilities"))
                .toList();
        assertThat(mcpChains).isNotEmpty().isEqualTo(graphQlChainList);

        McpSchema.CallToolResult team = call(viewer, "team_load", Map.of("team", "team-kubernetes"));
        ClientGraphQlResponse graphQlTeam = graphQl.document(
                        "{ teamCognitiveLoad(teamKey: \"team-kubernetes\") { index band } }")
                .executeSync();
        @SuppressWarnings("unchecked")
        Map<String, Object> load = (Map<String, Object>) structured(team).get("team");
        assertThat(((Number) load.get("index")).doubleValue())
                .isEqualTo(graphQlTeam.field("teamCognitiveLoad.index").toEntity(Double.class));
        assertThat(load.get("band"))
                .isEqualTo(graphQlTeam.field("teamCognitiveLoad.band").toEntity(String.class));
        String band = (String) load.get("band");
        Map<String, Object> inBand = structured(call(viewer, "team_load", Map.of("band", band, "limit", 200)));
        assertThat(inBand.get("totalCount"))
                .isEqualTo(JsonPaths.strings(
                                graphQl.document("{ cognitiveLoad(band: " + band + ") { teamKey } }")
                                        .executeSync(),
                                "cognitiveLoad[*].teamKey")
                        .size());

        Map<String, Object> risks = structured(
                call(viewer, "structural_risks", Map.of("kinds", List.of("OWNERSHIP_AMBIGUITY"), "limit", 200)));
        List<String> categories = JsonPaths.strings(
                graphQl.document("{ structuralRisks { ownershipAmbiguity { category } } }")
                        .executeSync(),
                "structuralRisks.ownershipAmbiguity[*].category");
        assertThat(risks.get("ownershipAmbiguity").toString()).contains(categories);
        assertThat(((Map<?, ?>) risks.get("ownershipAmbiguity")).get("count")).isEqualTo(categories.size());

        Map<String, Object> owner = structured(call(viewer, "ownership", Map.of("capability", "managed-oracle")));
        assertThat(owner)
                .containsEntry("platform", "data-services")
                .containsEntry("category", "legacy-database")
                .containsEntry(
                        "owner", single("MATCH (t:Team)-[:OWNS]->(:Platform {key: 'data-services'}) RETURN t.key"));
        if (!categories.isEmpty()) {
            Map<String, Object> ambiguous =
                    structured(call(viewer, "ownership", Map.of("category", categories.getFirst())));
            assertThat(ambiguous).containsEntry("ambiguous", true);
        }
    }

    @Test
    void anUnknownKeyOrABadArgumentIsAToolErrorNamingItWithCloseMatches() {
        McpSchema.CallToolResult unknownKey =
                call(viewer, "blast_radius", Map.of("targets", List.of("cloud-networkin")));
        assertThat(unknownKey.isError()).isTrue();
        assertThat(text(unknownKey))
                .contains("'cloud-networkin'")
                .contains("argument 'targets'")
                .contains("did you mean 'cloud-networking'");

        McpSchema.CallToolResult unknownArgument =
                call(viewer, "describe_node", Map.of("key", "llm-gateway", "knd", "CAPABILITY"));
        assertThat(unknownArgument.isError()).isTrue();
        assertThat(text(unknownArgument)).contains("unknown argument 'knd'").contains("did you mean 'kind'");

        McpSchema.CallToolResult badValue =
                call(viewer, "dependency_chains", Map.of("key", "llm-gateway", "maxDepth", 0));
        assertThat(badValue.isError()).isTrue();
        assertThat(text(badValue)).contains("'maxDepth' must be between 1 and 200, was 0");

        McpSchema.CallToolResult badEnum = call(viewer, "team_load", Map.of("band", "HUGE"));
        assertThat(badEnum.isError()).isTrue();
        assertThat(text(badEnum)).contains("'band' must be one of LOW, MODERATE, HIGH, OVERLOADED");

        McpSchema.CallToolResult missing = call(viewer, "describe_node", Map.of());
        assertThat(missing.isError()).isTrue();
        assertThat(text(missing)).contains("argument 'key' is required");
        assertThat(List.of(text(unknownKey), text(unknownArgument), text(badValue), text(badEnum), text(missing)))
                .noneMatch(message -> message.contains("Exception") || message.contains("\tat "));
    }

    @Test
    void mayLlmGatewayDependOnManagedOracleIsAnsweredByAReadOnlyPlanOfTheDescribedEdit() {
        String before = fingerprint();
        McpSchema.CallToolResult result = call(
                viewer,
                "plan_change",
                Map.of(
                        "edit",
                        Map.of(
                                "action",
                                "ADD_DEPENDENCY",
                                "capability",
                                "llm-gateway",
                                "dependsOn",
                                "managed-oracle")));
        assertThat(result.isError()).as(text(result)).isFalse();
        @SuppressWarnings("unchecked")
        Map<String, Object> plan = (Map<String, Object>) structured(result).get("plan");
        assertThat(plan)
                .containsEntry("edgesAdded", 1)
                .containsEntry("nodesAdded", 0)
                .containsEntry("nodesRemoved", 0);
        @SuppressWarnings("unchecked")
        Map<String, Object> impact = (Map<String, Object>) plan.get("impact");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> newDeprecatedUse = (List<Map<String, Object>>) impact.get("newDeprecatedUse");
        assertThat(newDeprecatedUse)
                .extracting(use -> use.get("consumerKey"))
                .contains(keys("MATCH (c:Consumer)-[:CONSUMES]->(:Capability {key: 'llm-gateway'}) RETURN c.key")
                        .toArray());
        assertThat(newDeprecatedUse)
                .allSatisfy(use -> assertThat(use).containsEntry("capabilityKey", "managed-oracle"));
        assertThat(text(result))
                .contains("Adding the dependency llm-gateway -> managed-oracle (not written)")
                .contains("Concerns: " + newDeprecatedUse.size() + " new use(s) of a deprecated or retired capability")
                .contains("New deprecated use");
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(
                        count(
                                "MATCH (:Capability {key: 'llm-gateway'})-[:DEPENDS_ON]->(:Capability {key: 'managed-oracle'}) RETURN count(*)"))
                .isZero();

        McpSchema.CallToolResult refused = call(
                viewer,
                "plan_change",
                Map.of(
                        "edit",
                        Map.of("action", "ADD_DEPENDENCY", "capability", "llm-gateway", "dependsOn", "llm-gateway")));
        assertThat(refused.isError()).isTrue();
        assertThat(text(refused)).contains("the model refuses this edit");
    }

    @Test
    void landscapeFilesArePlannedAsStrataPlanDoesAndProblemsNameFileAndLine() {
        String before = fingerprint();
        McpSchema.CallToolResult planned =
                call(viewer, "plan_change", Map.of("files", List.of(Map.of("path", "new.yaml", "content", """
                        apiVersion: strata.dev/v1
                        kind: Capability
                        metadata:
                          key: t-new-capability
                          title: New
                        spec:
                          lifecycle: GA
                          tier: 2
                          platform: ai-toolbox
                          dependsOn:
                          - llm-gateway
                        """))));
        assertThat(planned.isError()).as(text(planned)).isFalse();
        @SuppressWarnings("unchecked")
        Map<String, Object> plan = (Map<String, Object>) structured(planned).get("plan");
        assertThat(plan).containsEntry("nodesAdded", 1).containsEntry("edgesAdded", 2);

        McpSchema.CallToolResult broken = call(
                viewer,
                "plan_change",
                Map.of(
                        "files",
                        List.of(
                                Map.of(
                                        "path",
                                        "broken.yaml",
                                        "content",
                                        "apiVersion: strata.dev/v1\nkind: Capability\nmetadata:\n  key: t-broken\nspec:\n  tier: 9\n"))));
        assertThat(broken.isError()).isTrue();
        assertThat(text(broken)).contains("broken.yaml:").contains("tier");
        assertThat(fingerprint()).isEqualTo(before);
    }

    /**
     * With {@code asOf} the tools answer from the landscape as it was, as GraphQL's {@code asOf} does: a capability
     * added after a version is in the blast radius now and not as of that version; a time before history or in the
     * future is an error result naming the problem.
     */
    @Test
    void asOfAnswersFromTheLandscapeAsItWas() {
        long before = graphQl.document("{ landscapeHistory(first: 1) { latest { version } } }")
                .executeSync()
                .field("landscapeHistory.latest.version")
                .toEntity(Long.class);
        try {
            assertThat(graphQl.document("""
                            mutation { createCapability(input: {key: "t-mcp-asof", name: "Added after", lifecycle: GA,
                              tier: 2}) { errors { code } } }""")
                            .executeSync()
                            .field("createCapability.errors")
                            .toEntityList(Object.class))
                    .isEmpty();
            assertThat(graphQl.document("""
                            mutation { addDependency(input: {capabilityKey: "t-mcp-asof",
                              dependsOnKey: "cloud-networking"}) { errors { code } } }""")
                            .executeSync()
                            .field("addDependency.errors")
                            .toEntityList(Object.class))
                    .isEmpty();

            McpSchema.CallToolResult now =
                    call(viewer, "blast_radius", Map.of("targets", List.of("cloud-networking"), "top", 100));
            McpSchema.CallToolResult then = call(
                    viewer,
                    "blast_radius",
                    Map.of("targets", List.of("cloud-networking"), "top", 100, "asOf", String.valueOf(before)));
            assertThat(then.isError()).as(text(then)).isFalse();
            int totalThen = graphQl.document("""
                            query($v: Int!) { blastRadius(input: {targets: [{kind: CAPABILITY, key: "cloud-networking"}]},
                              asOf: {version: $v}) { totalCount } }""")
                    .variable("v", before)
                    .executeSync()
                    .field("blastRadius.totalCount")
                    .toEntity(Integer.class);
            assertThat(structured(then).get("totalCount")).isEqualTo(totalThen);
            assertThat(structured(now).get("totalCount")).isEqualTo(totalThen + 1);
            assertThat(call(viewer, "describe_node", Map.of("key", "t-mcp-asof", "asOf", String.valueOf(before)))
                            .isError())
                    .isTrue();

            McpSchema.CallToolResult future = call(viewer, "team_load", Map.of("asOf", "2999-01-01T00:00:00Z"));
            assertThat(future.isError()).isTrue();
            assertThat(text(future)).contains("team_load").containsIgnoringCase("future");
            McpSchema.CallToolResult garbled =
                    call(viewer, "find_nodes", Map.of("text", "oracle", "asOf", "yesterday"));
            assertThat(garbled.isError()).isTrue();
            assertThat(text(garbled)).contains("'asOf'").contains("ISO-8601");
        } finally {
            cleanUpTestData();
        }
    }

    /** The README's transcript: what an agent asks before adding a dependency, as this server answers it. */
    @Test
    void anAgentChecksAChangeBeforeMakingItTranscriptForTheReadme() throws Exception {
        List<Map.Entry<String, Map<String, Object>>> steps = List.of(
                Map.entry("find_nodes", Map.<String, Object>of("text", "oracle", "limit", 3)),
                Map.entry("describe_node", Map.<String, Object>of("key", "managed-oracle")),
                Map.entry(
                        "plan_change",
                        Map.<String, Object>of(
                                "edit",
                                Map.of(
                                        "action",
                                        "ADD_DEPENDENCY",
                                        "capability",
                                        "llm-gateway",
                                        "dependsOn",
                                        "managed-oracle"))),
                Map.entry("blast_radius", Map.<String, Object>of("targets", List.of("cloud-networking"), "top", 3)));
        StringBuilder transcript = new StringBuilder();
        for (Map.Entry<String, Map<String, Object>> step : steps) {
            McpSchema.CallToolResult result = call(viewer, step.getKey(), step.getValue());
            assertThat(result.isError()).as(text(result)).isFalse();
            transcript
                    .append("> ")
                    .append(step.getKey())
                    .append(' ')
                    .append(tools.jackson.databind.json.JsonMapper.builder()
                            .enable(tools.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                            .build()
                            .writeValueAsString(step.getValue()))
                    .append("\n\n")
                    .append(text(result))
                    .append("\n\n");
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "mcp-transcript.txt"), transcript);
        assertThat(readmeTranscript())
                .as("the README's transcript is what the server answers now (copy target/mcp-transcript.txt)")
                .isEqualTo(withoutTrailingSpace(transcript.toString()));
    }

    /** The code block after "An agent checking a change before making it" in README.md. */
    private static String readmeTranscript() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        int intro = readme.indexOf("An agent checking a change before making it");
        int start = readme.indexOf("```text\n", intro) + "```text\n".length();
        return withoutTrailingSpace(readme.substring(start, readme.indexOf("\n```", start)));
    }

    private static String withoutTrailingSpace(String text) {
        return text.lines()
                .map(String::stripTrailing)
                .collect(java.util.stream.Collectors.joining("\n"))
                .strip();
    }
}
