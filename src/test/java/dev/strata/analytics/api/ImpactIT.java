package dev.strata.analytics.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.JsonPaths;
import dev.strata.testsupport.StrataIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

/** Blast radius, chains, layer violations and cycles through GraphQL over HTTP on the demo landscape. */
class ImpactIT extends StrataIntegrationTest {

    private static final String BLAST = """
            query($input: BlastRadiusInput!) { blastRadius(input: $input) {
                totalCount tier1Consumers severity deepest
                totals { byKind { key count } byLayer { key count } byOwningTeam { key count } byTier { key count } }
                items { kind key tier depth target path { kind key } reachedFrom { key } }
                pageInfo { hasNextPage endCursor } } }
            """;

    @AfterEach
    void removeTestData() {
        cleanUpTestData();
    }

    @Test
    void blastRadiusOfCloudNetworkingReachesEveryConsumerThatDependsOnItTransitively() {
        List<Map<String, Object>> items = new ArrayList<>();
        String after = null;
        ClientGraphQlResponse first = null;
        do {
            ClientGraphQlResponse page = graphQl.document(BLAST)
                    .variable(
                            "input",
                            Map.of(
                                    "targets",
                                    List.of(Map.of("kind", "CAPABILITY", "key", "cloud-networking")),
                                    "first",
                                    100,
                                    "after",
                                    after == null ? "" : after))
                    .executeSync();
            first = first == null ? page : first;
            page.field("blastRadius.items").toEntityList(Map.class).forEach(m -> items.add((Map<String, Object>) m));
            after = page.field("blastRadius.pageInfo.hasNextPage").toEntity(Boolean.class)
                    ? page.field("blastRadius.pageInfo.endCursor").toEntity(String.class)
                    : null;
        } while (after != null);

        List<String> consumers = items.stream()
                .filter(i -> i.get("kind").equals("CONSUMER"))
                .map(i -> (String) i.get("key"))
                .toList();
        List<String> expected = keys("""
                MATCH (c:Consumer)-[:CONSUMES]->(:Capability)-[:DEPENDS_ON*0..20]->(:Capability {key: 'cloud-networking'})
                RETURN DISTINCT c.key ORDER BY c.key""");
        assertThat(consumers).containsExactlyInAnyOrderElementsOf(expected).doesNotHaveDuplicates();
        assertThat(first.field("blastRadius.totalCount").toEntity(Integer.class))
                .isEqualTo(items.size());
        long tier1 = items.stream()
                .filter(i ->
                        i.get("kind").equals("CONSUMER") && Integer.valueOf(1).equals(i.get("tier")))
                .count();
        assertThat(first.field("blastRadius.tier1Consumers").toEntity(Integer.class))
                .isEqualTo((int) tier1)
                .isPositive();
        for (int i = 0; i < tier1; i++) {
            assertThat(items.get(i)).containsEntry("kind", "CONSUMER").containsEntry("tier", 1);
        }
        Map<String, Object> target = items.stream()
                .filter(i -> Boolean.TRUE.equals(i.get("target")))
                .findFirst()
                .orElseThrow();
        assertThat(target).containsEntry("key", "cloud-networking").containsEntry("depth", 0);
        assertThat(items).allSatisfy(item -> {
            List<Map<String, String>> path = (List<Map<String, String>>) item.get("path");
            assertThat(path.getFirst().get("key")).isEqualTo("cloud-networking");
            assertThat(path.getLast().get("key")).isEqualTo(item.get("key"));
        });
    }

    @Test
    void aWriteThroughTheApiIsReflectedByTheNextBlastRadius() {
        graphQl.document("""
                mutation { createConsumer(input: {key: "t-new-app", name: "New", kind: APPLICATION, tier: 1, ownerKey: "team-kubernetes"}) { errors { message } }
                           addConsumption(input: {consumerKey: "t-new-app", capabilityKey: "k8s-workloads"}) { errors { message } } }
                """).executeSync();
        ClientGraphQlResponse response = graphQl.document(BLAST)
                .variable(
                        "input",
                        Map.of("targets", List.of(Map.of("kind", "CAPABILITY", "key", "k8s-workloads")), "first", 100))
                .executeSync();
        assertThat(JsonPaths.strings(response, "blastRadius.items[*].key")).contains("t-new-app");
    }

    @Test
    void severalTargetsAreUnitedAndEachItemAttributedToTheTargetsThatReachIt() {
        ClientGraphQlResponse both = graphQl.document(BLAST)
                .variable(
                        "input",
                        Map.of(
                                "targets",
                                List.of(
                                        Map.of("kind", "CAPABILITY", "key", "managed-oracle"),
                                        Map.of("kind", "CAPABILITY", "key", "sftp-file-transfer")),
                                "scenario",
                                "CHANGE",
                                "first",
                                100))
                .executeSync();
        List<Map> items = both.field("blastRadius.items").toEntityList(Map.class);
        assertThat(items)
                .anySatisfy(i -> assertThat(i).containsEntry("key", "settlement-reporting"))
                .anySatisfy(i -> assertThat(i).containsEntry("key", "core-accounts-service"));
        Map settlement = items.stream()
                .filter(i -> i.get("key").equals("settlement-reporting"))
                .findFirst()
                .orElseThrow();
        assertThat(JsonPaths.strings(both, "blastRadius.items[*].reachedFrom[*].key"))
                .contains("managed-oracle", "sftp-file-transfer");
        assertThat((List<Map>) settlement.get("reachedFrom"))
                .extracting(m -> m.get("key"))
                .contains("sftp-file-transfer");
    }

    @Test
    void aPlatformTargetTakesDownItsCapabilitiesAndUpstreamShowsWhatItReliesOn() {
        ClientGraphQlResponse down = graphQl.document(BLAST)
                .variable(
                        "input",
                        Map.of("targets", List.of(Map.of("kind", "PLATFORM", "key", "kubernetes")), "first", 100))
                .executeSync();
        List<String> provided = keys("MATCH (:Platform {key: 'kubernetes'})-[:PROVIDES]->(c) RETURN c.key");
        List<Map> items = down.field("blastRadius.items").toEntityList(Map.class);
        assertThat(items.stream()
                        .filter(i -> i.get("depth").equals(0))
                        .map(i -> i.get("key"))
                        .toList())
                .containsAll(provided);

        ClientGraphQlResponse up = graphQl.document(BLAST)
                .variable(
                        "input",
                        Map.of(
                                "targets",
                                List.of(Map.of("kind", "CAPABILITY", "key", "model-serving")),
                                "direction",
                                "UPSTREAM",
                                "first",
                                100))
                .executeSync();
        List<String> dependencies = keys("""
                MATCH (:Capability {key: 'model-serving'})-[:DEPENDS_ON*1..20]->(d:Capability) RETURN DISTINCT d.key""");
        List<String> upKeys = JsonPaths.strings(up, "blastRadius.items[*].key");
        assertThat(upKeys).containsAll(dependencies);
        assertThat(upKeys).doesNotContain("voice-banking-assistant");
    }

    @Test
    void depthLimitsCutTheRadius() {
        ClientGraphQlResponse limited = graphQl.document(BLAST)
                .variable(
                        "input",
                        Map.of(
                                "targets",
                                List.of(Map.of("kind", "CAPABILITY", "key", "cloud-networking")),
                                "maxDepth",
                                1,
                                "first",
                                100))
                .executeSync();
        assertThat(limited.field("blastRadius.deepest").toEntity(Integer.class)).isLessThanOrEqualTo(1);
        List<String> capabilities = limited.field("blastRadius.items").toEntityList(Map.class).stream()
                .filter(i -> i.get("kind").equals("CAPABILITY"))
                .map(i -> (String) i.get("key"))
                .toList();
        assertThat(capabilities).containsExactlyInAnyOrderElementsOf(keys("""
                MATCH (c:Capability)-[:DEPENDS_ON*0..1]->(:Capability {key: 'cloud-networking'}) RETURN DISTINCT c.key"""));
    }

    @Test
    void layerViolationsCyclesAndChainsFindTheDemoProblems() {
        ClientGraphQlResponse response = graphQl.document("""
                { layerViolations { violations { fromCapability toCapability fromLayer toLayer fromTeam toTeam } skippedLayers { fromCapability } }
                  dependencyCycles { members path }
                  dependencyChains(kind: CONSUMER, key: "voice-banking-assistant") { chainCount longest { capabilities layers hops endsAtBottomLayer } } }
                """).executeSync();
        assertThat(response.getErrors()).isEmpty();
        assertThat(response.field("layerViolations.violations").toEntityList(Map.class))
                .singleElement()
                .satisfies(v -> assertThat(v)
                        .containsEntry("fromCapability", "k8s-namespaces-as-a-service")
                        .containsEntry("toCapability", "gitops-deployments")
                        .containsEntry("fromLayer", "container-platform")
                        .containsEntry("toLayer", "developer-platform"));
        assertThat(response.field("dependencyCycles").toEntityList(Map.class))
                .singleElement()
                .satisfies(c -> assertThat((List<String>) c.get("members"))
                        .containsExactly("identity-sso", "pki-certificates", "secrets-vault"));
        List<String> longest =
                response.field("dependencyChains.longest.capabilities").toEntityList(String.class);
        assertThat(longest).isNotEmpty();
        assertThat(response.field("dependencyChains.longest.hops").toEntity(Integer.class))
                .isEqualTo(longest.size() - 1);
    }

    @Test
    void hotspotsAreRankedBySeverityAndAgreeWithTheirBlastRadius() {
        List<Map> hotspots = graphQl.document("{ hotspots(first: 5) { kind key affected consumers severity } }")
                .executeSync()
                .field("hotspots")
                .toEntityList(Map.class);
        assertThat(hotspots).hasSize(5);
        assertThat(hotspots.stream()
                        .map(h -> ((Number) h.get("severity")).doubleValue())
                        .toList())
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        Map top = hotspots.getFirst();
        ClientGraphQlResponse radius = graphQl.document(BLAST)
                .variable(
                        "input",
                        Map.of("targets", List.of(Map.of("kind", top.get("kind"), "key", top.get("key"))), "first", 1))
                .executeSync();
        assertThat(radius.field("blastRadius.totalCount").toEntity(Integer.class))
                .isEqualTo(top.get("affected"));
        assertThat(radius.field("blastRadius.severity").toEntity(Double.class))
                .isEqualTo(((Number) top.get("severity")).doubleValue());
    }

    @Test
    void unknownTargetsAndBadArgumentsAreClientErrors() {
        ClientGraphQlResponse unknown = graphQl.document(BLAST)
                .variable(
                        "input", Map.of("targets", List.of(Map.of("kind", "CAPABILITY", "key", "no-such-capability"))))
                .executeSync();
        assertThat(unknown.getErrors()).singleElement().satisfies(e -> {
            assertThat(e.getMessage()).contains("no-such-capability");
            assertThat(e.getErrorType().toString()).isEqualTo("NOT_FOUND");
        });
        ClientGraphQlResponse valueStream = graphQl.document(BLAST)
                .variable("input", Map.of("targets", List.of(Map.of("kind", "VALUE_STREAM", "key", "payments"))))
                .executeSync();
        assertThat(valueStream.getErrors())
                .singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("cannot be a VALUE_STREAM"));
    }
}
