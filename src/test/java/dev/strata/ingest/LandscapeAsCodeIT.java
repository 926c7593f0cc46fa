package dev.strata.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.StrataIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

/** validate, plan, apply and export through GraphQL over HTTP, against the demo landscape. */
class LandscapeAsCodeIT extends StrataIntegrationTest {

    static final String STACK = """
            apiVersion: strata.dev/v1
            kind: Team
            metadata: {key: t-team, title: Test team}
            spec: {type: PLATFORM, size: 4}
            ---
            apiVersion: strata.dev/v1
            kind: Platform
            metadata: {key: t-platform, title: Test platform, labels: {cost-center: cc-42}}
            spec: {tier: 2, layer: container-platform, owner: t-team}
            ---
            apiVersion: strata.dev/v1
            kind: Capability
            metadata: {key: t-base, title: Base, description: The bottom one}
            spec:
              lifecycle: GA
              tier: 2
              gaDate: 2024-01-15
              sloTarget: 99.9
              platform: t-platform
              dependsOn: [k8s-workloads]
            ---
            apiVersion: strata.dev/v1
            kind: Capability
            metadata: {key: t-top, title: Top}
            spec: {lifecycle: BETA, tier: 2, platform: t-platform, dependsOn: [t-base]}
            ---
            apiVersion: strata.dev/v1
            kind: Consumer
            metadata: {key: t-app, title: App}
            spec:
              kind: SERVICE
              tier: 1
              owner: team-mobile-banking
              consumes:
                - {capability: t-top, since: 2025-02-01, mode: COLLABORATION}
            """;

    private static final String OUTCOME = """
            errors { code file line field message }
            documents
            plan { hasChanges nodesAdded nodesChanged nodesRemoved edgesAdded edgesChanged edgesRemoved undeclaredKept
                   relocated
                   nodes { action kind key sourceFile changes { field before after } }
                   edges { action type fromKey toKey sourceFile changes { field before after } }
                   impact { affected blastRadius { capabilityKey action reasons affected tier1Consumers }
                            newLayerViolations { fromCapability toCapability } fixedLayerViolations { fromCapability }
                            newCycles { members } fixedCycles { members }
                            loadChanges { teamKey bandBefore bandAfter }
                            newDeprecatedUse { consumerKey capabilityKey lifecycle hops cause } }
                   policyViolations }
            """;

    @AfterEach
    void removeTestData() {
        cleanUpTestData();
    }

    @Test
    void applyWritesEveryNodeAndRelationshipWithItsSourceFileAndApplyingAgainChangesNothing() {
        ClientGraphQlResponse first = change("applyLandscape", files("t/stack.yaml", STACK), false, null);
        assertThat(first.field("applyLandscape.errors").toEntityList(Map.class)).isEmpty();
        assertThat(first.field("applyLandscape.applied").toEntity(Boolean.class))
                .isTrue();
        assertThat(first.field("applyLandscape.plan.nodesAdded").toEntity(Integer.class))
                .isEqualTo(5);
        assertThat(first.field("applyLandscape.plan.edgesAdded").toEntity(Integer.class))
                .isEqualTo(8);
        assertThat(count("MATCH (n) WHERE n.key STARTS WITH 't-' AND n.sourceFile = 't/stack.yaml' RETURN count(n)"))
                .isEqualTo(5);
        assertThat(count("MATCH (a)-[r]-(b) WHERE a.key STARTS WITH 't-' AND r.sourceFile = 't/stack.yaml'"
                        + " RETURN count(DISTINCT r)"))
                .isEqualTo(8);
        assertThat(count("""
                MATCH (:Team {key: 't-team'})-[:OWNS]->(p:Platform {key: 't-platform', tier: 2})-[:IN_LAYER]->
                      (:Layer {key: 'container-platform'}),
                      (p)-[:PROVIDES]->(b:Capability {key: 't-base', gaDate: date('2024-01-15'), sloTarget: 99.9}),
                      (:Consumer {key: 't-app'})-[:CONSUMES {since: date('2025-02-01'), mode: 'COLLABORATION'}]->
                      (:Capability {key: 't-top'})-[:DEPENDS_ON]->(b)-[:DEPENDS_ON]->(:Capability {key: 'k8s-workloads'})
                WHERE p.labels = ['cost-center=cc-42']
                RETURN count(*)""")).isOne();

        String before = fingerprint();
        ClientGraphQlResponse second = change("applyLandscape", files("t/stack.yaml", STACK), false, null);
        assertThat(second.field("applyLandscape.plan.hasChanges").toEntity(Boolean.class))
                .isFalse();
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aDocumentIsTheWholeTruthAboutItsNodeOmittedFieldsAndRelationshipsGoAway() {
        change("applyLandscape", files("t/stack.yaml", STACK), false, null);
        String changed = STACK.replace("  sloTarget: 99.9\n", "").replace("dependsOn: [t-base]", "dependsOn: []");
        ClientGraphQlResponse response = change("applyLandscape", files("t/stack.yaml", changed), false, null);
        assertThat(response.field("applyLandscape.plan.nodes").toEntityList(Map.class))
                .extracting(n -> n.get("action") + " " + n.get("key") + " " + n.get("changes"))
                .containsExactly("CHANGE t-base [{field=sloTarget, before=99.9, after=null}]");
        assertThat(response.field("applyLandscape.plan.edges").toEntityList(Map.class))
                .extracting(e -> e.get("action") + " " + e.get("type") + " " + e.get("fromKey") + "->" + e.get("toKey"))
                .containsExactly("REMOVE DEPENDS_ON t-top->t-base");
        assertThat(count("MATCH (c:Capability {key: 't-base'}) WHERE c.sloTarget IS NULL RETURN count(c)"))
                .isOne();
    }

    @Test
    void planShowsTheImpactAndWritesNothingAndAPolicyStopsTheApply() {
        change("applyLandscape", files("t/stack.yaml", STACK), false, null);
        String risky = STACK.replace("dependsOn: [k8s-workloads]", "dependsOn: [k8s-workloads, model-serving, t-top]")
                .replace("spec: {type: PLATFORM, size: 4}", "spec: {type: PLATFORM, size: 1}")
                .replace(
                        "spec: {lifecycle: BETA, tier: 2, platform: t-platform, dependsOn: [t-base]}",
                        "spec: {lifecycle: DEPRECATED, tier: 2, platform: t-platform, dependsOn: [t-base]}");
        String before = fingerprint();
        Map<String, Object> policy = Map.of(
                "failOnNewLayerViolation",
                true,
                "failOnNewCycle",
                true,
                "failOnOverloadedTeam",
                true,
                "maxBlastRadius",
                4);
        ClientGraphQlResponse plan = change("planLandscape", files("t/stack.yaml", risky), false, policy);
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(plan.field("planLandscape.plan.impact.newLayerViolations").toEntityList(Map.class))
                .extracting(v -> v.get("fromCapability") + "->" + v.get("toCapability"))
                .containsExactly("t-base->model-serving");
        assertThat(plan.field("planLandscape.plan.impact.newCycles[0].members").toEntityList(String.class))
                .containsExactly("t-base", "t-top");
        assertThat(plan.field("planLandscape.plan.impact.blastRadius").toEntityList(Map.class))
                .extracting(b -> b.get("capabilityKey") + " " + b.get("action") + " " + b.get("reasons") + " "
                        + b.get("affected") + " " + b.get("tier1Consumers"))
                .containsExactly("t-base CHANGE [dependsOn] 6 1", "t-top CHANGE [lifecycle] 5 1");
        assertThat(plan.field("planLandscape.plan.impact.affected").toEntity(Integer.class))
                .as("t-base's blast radius holds t-top's; both capabilities themselves are left out")
                .isEqualTo(5);
        assertThat(plan.field("planLandscape.plan.impact.loadChanges").toEntityList(Map.class))
                .extracting(l -> l.get("teamKey") + " " + l.get("bandBefore") + "->" + l.get("bandAfter"))
                .containsExactly("t-team LOW->HIGH");
        assertThat(plan.field("planLandscape.plan.impact.newDeprecatedUse").toEntityList(Map.class))
                .extracting(d -> d.get("consumerKey") + " " + d.get("capabilityKey") + " " + d.get("lifecycle") + " "
                        + d.get("hops") + " " + d.get("cause"))
                .containsExactly("t-app t-top DEPRECATED 1 LIFECYCLE");
        assertThat(plan.field("planLandscape.plan.policyViolations").toEntityList(String.class))
                .containsExactly(
                        "new layer violation: t-base (container-platform) depends on model-serving (ai-toolbox)",
                        "new dependency cycle: t-base -> t-top -> t-base",
                        "the change affects 5 nodes, above the limit of 4 (blast radius of t-base, t-top)");

        ClientGraphQlResponse apply = change("applyLandscape", files("t/stack.yaml", risky), false, policy);
        assertThat(apply.field("applyLandscape.applied").toEntity(Boolean.class))
                .isFalse();
        assertThat(apply.field("applyLandscape.plan.policyViolations").toEntityList(String.class))
                .hasSize(3);
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void filesMovedElsewhereAreNoChangeUnderEveryPolicyAndApplyRecordsTheirNewPathSilently() {
        change("applyLandscape", files("t/stack.yaml", STACK), false, null);
        Map<String, Object> everyRule = Map.of(
                "failOnNewLayerViolation",
                true,
                "failOnNewCycle",
                true,
                "failOnOverloadedTeam",
                true,
                "maxBlastRadius",
                0);
        String before = fingerprint();
        ClientGraphQlResponse plan = change("planLandscape", files("moved/elsewhere.yaml", STACK), false, everyRule);
        assertThat(plan.field("planLandscape.plan.hasChanges").toEntity(Boolean.class))
                .isFalse();
        assertThat(plan.field("planLandscape.plan.nodes").toEntityList(Map.class))
                .isEmpty();
        assertThat(plan.field("planLandscape.plan.edges").toEntityList(Map.class))
                .isEmpty();
        assertThat(plan.field("planLandscape.plan.relocated").toEntity(Integer.class))
                .as("5 nodes, 8 relationships")
                .isEqualTo(13);
        assertThat(plan.field("planLandscape.plan.impact.affected").toEntity(Integer.class))
                .isZero();
        assertThat(plan.field("planLandscape.plan.policyViolations").toEntityList(String.class))
                .isEmpty();
        assertThat(fingerprint()).isEqualTo(before);

        ClientGraphQlResponse apply = change("applyLandscape", files("moved/elsewhere.yaml", STACK), false, everyRule);
        assertThat(apply.field("applyLandscape.applied").toEntity(Boolean.class))
                .isTrue();
        assertThat(count("MATCH (n) WHERE n.key STARTS WITH 't-' AND n.sourceFile = 'moved/elsewhere.yaml'"
                        + " RETURN count(n)"))
                .as("export writes them where they are declared now")
                .isEqualTo(5);
        assertThat(count("MATCH (a)-[r]-(b) WHERE a.key STARTS WITH 't-' AND r.sourceFile = 'moved/elsewhere.yaml'"
                        + " RETURN count(DISTINCT r)"))
                .isEqualTo(8);
        ClientGraphQlResponse again = change("applyLandscape", files("moved/elsewhere.yaml", STACK), false, everyRule);
        assertThat(again.field("applyLandscape.plan.relocated").toEntity(Integer.class))
                .isZero();
    }

    @Test
    void exportThenPlanShowsNoChange() {
        change("applyLandscape", files("t/stack.yaml", STACK), false, null);
        List<Map> exported = graphQl.document("{ exportLandscape { path content } }")
                .executeSync()
                .field("exportLandscape")
                .toEntityList(Map.class);
        assertThat(exported)
                .extracting(f -> f.get("path"))
                .contains("t/stack.yaml", "landscape/demo/teams.yaml", "landscape/demo/capabilities.yaml");
        Map<?, ?> stack = exported.stream()
                .filter(f -> f.get("path").equals("t/stack.yaml"))
                .findFirst()
                .orElseThrow();
        ClientGraphQlResponse plan = change(
                "planLandscape", List.of(Map.of("path", "t/stack.yaml", "content", stack.get("content"))), false, null);
        assertThat(plan.field("planLandscape.errors").toEntityList(Map.class)).isEmpty();
        assertThat(plan.field("planLandscape.plan.hasChanges").toEntity(Boolean.class))
                .isFalse();
    }

    @Test
    void pruneRemovesWhatNoFileDeclaresAndPlanOnlyShowsIt() {
        change("applyLandscape", files("t/stack.yaml", STACK), false, null);
        List<Map<String, Object>> everythingButTheStack = new ArrayList<>();
        graphQl
                .document("{ exportLandscape { path content } }")
                .executeSync()
                .field("exportLandscape")
                .toEntityList(Map.class)
                .stream()
                .filter(f -> !f.get("path").equals("t/stack.yaml"))
                .forEach(f -> everythingButTheStack.add(Map.of("path", f.get("path"), "content", f.get("content"))));
        String before = fingerprint();
        ClientGraphQlResponse plan = change("planLandscape", everythingButTheStack, true, null);
        assertThat(plan.field("planLandscape.errors").toEntityList(Map.class)).isEmpty();
        assertThat(plan.field("planLandscape.plan.nodes").toEntityList(Map.class))
                .filteredOn(n -> n.get("action").equals("REMOVE"))
                .extracting(n -> n.get("key"))
                .containsExactlyInAnyOrder("t-team", "t-platform", "t-base", "t-top", "t-app");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void filesWithProblemsWriteNothingAndEveryProblemOfEveryFileIsReported() {
        String before = fingerprint();
        List<Map<String, Object>> files = List.of(
                Map.of("path", "t/stack.yaml", "content", STACK),
                Map.of("path", "t/more.yaml", "content", """
                        apiVersion: strata.dev/v1
                        kind: Team
                        metadata: {key: t-team}
                        spec: {type: PLATFORM, size: 4}
                        ---
                        apiVersion: strata.dev/v1
                        kind: Consumer
                        metadata: {key: t-other}
                        spec: {kind: SERVICE, tier: "1", consumes: [{capability: no-such-capability}]}
                        """),
                Map.of("path", "t/broken.yaml", "content", "kind: [Team\n"),
                Map.of("path", "t/huge.yaml", "content", "# " + "x".repeat(5 * 1024 * 1024)));
        List<String> expected = List.of(
                "DUPLICATE_KEY t/more.yaml:1 metadata.key duplicate key: Team 't-team' is already declared in"
                        + " t/stack.yaml:1",
                "WRONG_TYPE t/more.yaml:9 spec.tier expected an integer, got a string ('1')",
                "MALFORMED_YAML t/broken.yaml:2 malformed YAML at column 1: while parsing a flow sequence, expected"
                        + " ',' or ']', but got <stream end>",
                "TOO_LARGE t/huge.yaml:0 the file has 5242882 bytes; the limit is 2097152 bytes per file: split it"
                        + " into several files",
                "DANGLING_REFERENCE t/more.yaml:9 spec.consumes[0].capability no Capability with key"
                        + " 'no-such-capability' is declared in these files or exists in the graph");
        ClientGraphQlResponse apply = change("applyLandscape", files, false, null);
        assertThat(problems(apply, "applyLandscape")).containsExactlyElementsOf(expected);
        assertThat(apply.field("applyLandscape.applied").toEntity(Boolean.class))
                .isFalse();
        assertThat((Object) apply.field("applyLandscape.plan").getValue()).isNull();
        ClientGraphQlResponse validate =
                graphQl.document("""
                mutation($input: ValidateLandscapeInput!) {
                  validateLandscape(input: $input) { errors { code file line field message } documents } }
                """).variable("input", Map.of("files", files)).executeSync();
        assertThat(problems(validate, "validateLandscape")).containsExactlyElementsOf(expected);
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(count("MATCH (n) WHERE n.key STARTS WITH 't-' RETURN count(n)"))
                .isZero();
    }

    private static List<String> problems(ClientGraphQlResponse response, String mutation) {
        return response.field(mutation + ".errors").toEntityList(Map.class).stream()
                .map(p -> p.get("code") + " " + p.get("file") + ":" + p.get("line") + " "
                        + ("".equals(p.get("field")) ? "" : p.get("field") + " ") + p.get("message"))
                .toList();
    }

    private ClientGraphQlResponse change(
            String mutation, List<Map<String, Object>> files, boolean prune, Map<String, Object> policy) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("files", files, "prune", prune));
        if (policy != null) {
            input.put("policy", policy);
        }
        return graphQl.document("mutation($input: ChangeLandscapeInput!) { " + mutation + "(input: $input) { " + OUTCOME
                        + (mutation.equals("applyLandscape") ? " applied" : "") + " } }")
                .variable("input", input)
                .executeSync();
    }

    static List<Map<String, Object>> files(String path, String content) {
        return List.of(Map.of("path", path, "content", content));
    }
}
