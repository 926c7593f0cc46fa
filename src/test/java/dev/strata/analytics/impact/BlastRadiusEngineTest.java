package dev.strata.analytics.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.analytics.Fixtures;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Blast radius on the example graph of {@code src/docs/analytics/blast-radius.md}
 * ({@code fixtures/landscape-example.cypher}); every expected table is checked by hand.
 */
class BlastRadiusEngineTest {

    private static LandscapeSnapshot landscape;
    private final BlastRadiusEngine engine = new BlastRadiusEngine();

    @BeforeAll
    static void loadExample() {
        landscape = Fixtures.yaml("landscape-example");
    }

    static List<String> rows(BlastRadiusResult result) {
        return result.items().stream()
                .map(item -> item.kind() + " " + item.key() + " " + item.depth())
                .toList();
    }

    private static AffectedNode item(BlastRadiusResult result, NodeKind kind, String key) {
        return result.items().stream()
                .filter(i -> i.kind() == kind && i.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void networkFailureReachesEveryDependentOnceAtItsMinimalDepthTierOneConsumersFirst() {
        BlastRadiusResult result =
                engine.analyse(landscape, BlastRadiusRequest.downstream(NodeRef.capability("network")));

        assertThat(rows(result))
                .containsExactly(
                        "CONSUMER checkout 2",
                        "PLATFORM compute 0",
                        "TEAM infra-team 0",
                        "CAPABILITY network 0",
                        "VALUE_STREAM platform 0",
                        "PLATFORM cluster 1",
                        "CAPABILITY ingress 1",
                        "TEAM k8s-team 1",
                        "CAPABILITY kubernetes 1",
                        "VALUE_STREAM search 1",
                        "CONSUMER search-api 1",
                        "TEAM search-team 1",
                        "CAPABILITY deploy 2",
                        "PLATFORM devportal 2",
                        "TEAM devx-team 2",
                        "VALUE_STREAM payments 2",
                        "TEAM payments-team 2",
                        "CONSUMER batch-report 3",
                        "CAPABILITY ci 3");
        assertThat(result.totalCount()).isEqualTo(19);
        assertThat(result.tier1Consumers()).isEqualTo(1);
        assertThat(result.severity()).isEqualTo(27);
        assertThat(result.deepest()).isEqualTo(3);
        assertThat(result.hasMore()).isFalse();
        assertThat(result.totals().byKind())
                .containsExactly(
                        new Total("CAPABILITY", 5),
                        new Total("TEAM", 5),
                        new Total("CONSUMER", 3),
                        new Total("PLATFORM", 3),
                        new Total("VALUE_STREAM", 3));
        assertThat(result.totals().byLayer())
                .containsExactly(
                        new Total("container-platform", 3),
                        new Total("developer-platform", 3),
                        new Total("infrastructure", 2));
        assertThat(result.totals().byOwningTeam())
                .containsExactly(
                        new Total("devx-team", 3),
                        new Total("k8s-team", 3),
                        new Total("infra-team", 2),
                        new Total("payments-team", 2),
                        new Total("search-team", 1));
        assertThat(result.totals().byTier()).containsExactly(new Total("1", 6), new Total("2", 4), new Total("3", 1));
    }

    @Test
    void diamondIsCountedOnceAndExplainedByOneShortestPathFromTheTarget() {
        BlastRadiusResult result =
                engine.analyse(landscape, BlastRadiusRequest.downstream(NodeRef.capability("network")));

        AffectedNode deploy = item(result, NodeKind.CAPABILITY, "deploy");
        assertThat(result.items()).filteredOn(i -> i.key().equals("deploy")).hasSize(1);
        assertThat(deploy.pathKeys()).containsExactly("network", "ingress", "deploy");
        assertThat(item(result, NodeKind.VALUE_STREAM, "payments").pathKeys())
                .containsExactly("network", "ingress", "deploy", "checkout", "payments-team", "payments");
        assertThat(item(result, NodeKind.CAPABILITY, "network").target()).isTrue();
        assertThat(item(result, NodeKind.CAPABILITY, "network").pathKeys()).containsExactly("network");
        assertThat(item(result, NodeKind.CONSUMER, "checkout").reachedFrom())
                .containsExactly(NodeRef.capability("network"));
        assertThat(item(result, NodeKind.CONSUMER, "checkout").tier()).isEqualTo(1);
        assertThat(item(result, NodeKind.TEAM, "payments-team").tier()).isNull();
    }

    @Test
    void disconnectedPartIsNeverReached() {
        BlastRadiusResult result = engine.analyse(landscape, BlastRadiusRequest.downstream(NodeRef.capability("vm")));

        assertThat(result.items())
                .extracting(AffectedNode::key)
                .doesNotContain("metrics", "o11y-stack", "dashboards", "o11y-team", "network");
    }

    @Test
    void depthLimitStopsAfterThatManyDependencyHops() {
        BlastRadiusResult result = engine.analyse(
                landscape,
                BlastRadiusRequest.downstream(NodeRef.capability("network")).withMaxDepth(1));

        assertThat(rows(result))
                .containsExactly(
                        "PLATFORM compute 0",
                        "TEAM infra-team 0",
                        "CAPABILITY network 0",
                        "VALUE_STREAM platform 0",
                        "PLATFORM cluster 1",
                        "CAPABILITY ingress 1",
                        "TEAM k8s-team 1",
                        "CAPABILITY kubernetes 1",
                        "VALUE_STREAM search 1",
                        "CONSUMER search-api 1",
                        "TEAM search-team 1");
        assertThat(result.maxDepth()).isEqualTo(1);
        assertThat(engine.analyse(
                                landscape,
                                BlastRadiusRequest.downstream(NodeRef.capability("network"))
                                        .withMaxDepth(0))
                        .items())
                .extracting(AffectedNode::key)
                .containsExactly("compute", "infra-team", "network", "platform");
    }

    @Test
    void platformTargetExpandsToItsCapabilitiesAtDepthZero() {
        BlastRadiusResult result =
                engine.analyse(landscape, BlastRadiusRequest.downstream(NodeRef.platform("cluster")));

        assertThat(rows(result))
                .containsExactly(
                        "CONSUMER checkout 1",
                        "PLATFORM cluster 0",
                        "CAPABILITY ingress 0",
                        "TEAM k8s-team 0",
                        "CAPABILITY kubernetes 0",
                        "VALUE_STREAM platform 0",
                        "VALUE_STREAM search 0",
                        "CONSUMER search-api 0",
                        "TEAM search-team 0",
                        "CAPABILITY deploy 1",
                        "PLATFORM devportal 1",
                        "TEAM devx-team 1",
                        "VALUE_STREAM payments 1",
                        "TEAM payments-team 1",
                        "CONSUMER batch-report 2",
                        "CAPABILITY ci 2");
        assertThat(item(result, NodeKind.CAPABILITY, "kubernetes").pathKeys()).containsExactly("cluster", "kubernetes");
        assertThat(item(result, NodeKind.CAPABILITY, "kubernetes").target()).isFalse();
    }

    @Test
    void teamTargetExpandsToEverythingItOwns() {
        BlastRadiusResult platformTeam =
                engine.analyse(landscape, BlastRadiusRequest.downstream(NodeRef.team("k8s-team")));
        BlastRadiusResult cluster =
                engine.analyse(landscape, BlastRadiusRequest.downstream(NodeRef.platform("cluster")));

        assertThat(rows(platformTeam)).containsExactlyInAnyOrderElementsOf(rows(cluster));
        assertThat(item(platformTeam, NodeKind.CAPABILITY, "ingress").pathKeys())
                .containsExactly("k8s-team", "cluster", "ingress");
        assertThat(item(platformTeam, NodeKind.TEAM, "k8s-team").target()).isTrue();

        BlastRadiusResult streamTeam =
                engine.analyse(landscape, BlastRadiusRequest.downstream(NodeRef.team("payments-team")));
        assertThat(rows(streamTeam))
                .containsExactly(
                        "CONSUMER checkout 0",
                        "CONSUMER batch-report 0",
                        "VALUE_STREAM payments 0",
                        "TEAM payments-team 0");
    }

    @Test
    void layerTargetExpandsToItsPlatformsCapabilities() {
        BlastRadiusResult layer =
                engine.analyse(landscape, BlastRadiusRequest.downstream(NodeRef.layer("container-platform")));
        BlastRadiusResult cluster =
                engine.analyse(landscape, BlastRadiusRequest.downstream(NodeRef.platform("cluster")));

        assertThat(rows(layer))
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(
                                rows(cluster).stream(), java.util.stream.Stream.of("LAYER container-platform 0"))
                        .toList());
    }

    @Test
    void consumerTargetAffectsItsOwningTeamAndValueStream() {
        BlastRadiusResult result =
                engine.analyse(landscape, BlastRadiusRequest.downstream(NodeRef.consumer("checkout")));

        assertThat(rows(result))
                .containsExactly("CONSUMER checkout 0", "VALUE_STREAM payments 0", "TEAM payments-team 0");
        assertThat(result.severity()).isEqualTo(10);
    }

    @Test
    void severalTargetsAttributeEachNodeToEveryTargetThatReachesIt() {
        BlastRadiusResult result = engine.analyse(
                landscape, BlastRadiusRequest.downstream(NodeRef.capability("vm"), NodeRef.capability("network")));

        assertThat(item(result, NodeKind.CAPABILITY, "vm").reachedFrom()).containsExactly(NodeRef.capability("vm"));
        assertThat(item(result, NodeKind.CAPABILITY, "network").reachedFrom())
                .containsExactly(NodeRef.capability("network"));
        assertThat(item(result, NodeKind.CAPABILITY, "kubernetes").reachedFrom())
                .containsExactly(NodeRef.capability("vm"), NodeRef.capability("network"));
        assertThat(item(result, NodeKind.CAPABILITY, "kubernetes").pathKeys()).containsExactly("vm", "kubernetes");
        assertThat(item(result, NodeKind.CAPABILITY, "ingress").pathKeys()).containsExactly("network", "ingress");
        assertThat(item(result, NodeKind.CAPABILITY, "ingress").depth()).isEqualTo(1);
        assertThat(item(result, NodeKind.CONSUMER, "batch-report").reachedFrom())
                .containsExactly(NodeRef.capability("vm"), NodeRef.capability("network"));
        assertThat(result.totalCount()).isEqualTo(20);
    }

    @Test
    void upstreamFollowsDependenciesToTheirPlatformsTeamsAndLayers() {
        BlastRadiusResult result = engine.analyse(landscape, BlastRadiusRequest.upstream(NodeRef.capability("ci")));

        assertThat(rows(result))
                .containsExactly(
                        "CAPABILITY ci 0",
                        "LAYER developer-platform 0",
                        "PLATFORM devportal 0",
                        "TEAM devx-team 0",
                        "CAPABILITY deploy 1",
                        "PLATFORM cluster 2",
                        "LAYER container-platform 2",
                        "CAPABILITY ingress 2",
                        "TEAM k8s-team 2",
                        "CAPABILITY kubernetes 2",
                        "PLATFORM compute 3",
                        "TEAM infra-team 3",
                        "LAYER infrastructure 3",
                        "CAPABILITY network 3",
                        "CAPABILITY vm 3");
        assertThat(item(result, NodeKind.LAYER, "infrastructure").pathKeys())
                .containsExactly("ci", "deploy", "ingress", "network", "compute", "infrastructure");
    }

    @Test
    void upstreamOfAConsumerStartsAtWhatItConsumes() {
        BlastRadiusResult result = engine.analyse(landscape, BlastRadiusRequest.upstream(NodeRef.consumer("checkout")));

        assertThat(result.items())
                .filteredOn(i -> i.kind() == NodeKind.CAPABILITY)
                .extracting(i -> i.key() + " " + i.depth())
                .containsExactly("deploy 0", "ingress 1", "kubernetes 1", "network 2", "vm 2");
        assertThat(result.totalCount()).isEqualTo(15);
    }

    @Test
    void pageKeepsTotalsForEveryAffectedNode() {
        BlastRadiusResult all = engine.analyse(landscape, BlastRadiusRequest.downstream(NodeRef.capability("network")));
        BlastRadiusResult page = engine.analyse(
                landscape,
                BlastRadiusRequest.downstream(NodeRef.capability("network")).withPage(1, 5));

        assertThat(page.items()).isEqualTo(all.items().subList(1, 6));
        assertThat(page.totalCount()).isEqualTo(19);
        assertThat(page.offset()).isEqualTo(1);
        assertThat(page.hasMore()).isTrue();
        assertThat(page.totals()).isEqualTo(all.totals());
        assertThat(page.severity()).isEqualTo(all.severity());
        assertThat(engine.analyse(
                                landscape,
                                BlastRadiusRequest.downstream(NodeRef.capability("network"))
                                        .withPage(40, 5))
                        .items())
                .isEmpty();
    }

    @Test
    void changeScenarioReachesTheSameNodesAndIsRecorded() {
        BlastRadiusRequest fail = BlastRadiusRequest.downstream(NodeRef.capability("network"));
        BlastRadiusResult change = engine.analyse(landscape, fail.withScenario(Scenario.CHANGE));

        assertThat(change.scenario()).isEqualTo(Scenario.CHANGE);
        assertThat(change.items()).isEqualTo(engine.analyse(landscape, fail).items());
    }

    @Test
    void unknownTargetIsReportedWithItsKindAndKey() {
        assertThatThrownBy(() -> engine.analyse(
                        landscape,
                        BlastRadiusRequest.downstream(NodeRef.capability("network"), NodeRef.platform("network"))))
                .isInstanceOfSatisfying(UnknownTargetException.class, e -> {
                    assertThat(e.kind()).isEqualTo(NodeKind.PLATFORM);
                    assertThat(e.key()).isEqualTo("network");
                    assertThat(e).hasMessage("no platform with key 'network'");
                });
    }

    @Test
    void valueStreamsAreNoTargets() {
        assertThatThrownBy(() -> BlastRadiusRequest.downstream(NodeRef.valueStream("payments")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void referenceQueryAgreesOnTheExample() {
        BlastRadiusResult result =
                engine.analyse(landscape, BlastRadiusRequest.downstream(NodeRef.capability("network")));

        List<String> reference =
                Fixtures.referenceOn("landscape-example", "blast-radius-downstream", Map.of("key", "network")).stream()
                        .map(r -> r.get("kind").asString() + " " + r.get("key").asString() + " "
                                + r.get("depth").asInt())
                        .toList();
        assertThat(reference).containsExactlyInAnyOrderElementsOf(rows(result));
        assertThat(Fixtures.reference("blast-radius-downstream", Map.of("key", "network"))
                        .getFirst()
                        .get("total")
                        .asInt())
                .isEqualTo(19);
        List<String> upstream = Fixtures.reference("blast-radius-upstream", Map.of("key", "ci")).stream()
                .map(r -> r.get("kind").asString() + " " + r.get("key").asString() + " "
                        + r.get("depth").asInt())
                .toList();
        assertThat(upstream)
                .containsExactlyInAnyOrderElementsOf(
                        rows(engine.analyse(landscape, BlastRadiusRequest.upstream(NodeRef.capability("ci")))));
    }
}
