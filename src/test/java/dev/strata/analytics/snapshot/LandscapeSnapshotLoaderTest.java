package dev.strata.analytics.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.analytics.Fixtures;
import dev.strata.analytics.RandomLandscape;
import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.graph.SnapshotDescription;
import dev.strata.model.EdgeType;
import dev.strata.model.InteractionMode;
import dev.strata.model.Lifecycle;
import dev.strata.model.NodeKind;
import dev.strata.model.TeamType;
import dev.strata.testsupport.Neo4jTestServer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LandscapeSnapshotLoaderTest {

    private static LandscapeSnapshot snapshot;

    @BeforeAll
    static void loadExample() {
        snapshot = Fixtures.load("landscape-example");
    }

    private static List<String> neighbours(Adjacency adjacency, NodeKind kind, String key) {
        int node = snapshot.indexOf(kind, key);
        List<String> keys = new ArrayList<>();
        for (int p = adjacency.start(node); p < adjacency.end(node); p++) {
            keys.add(snapshot.key(adjacency.target(p)));
        }
        return keys;
    }

    @Test
    void readsEveryNodeOfEveryKindWithItsAttributes() {
        assertThat(snapshot.nodeCount()).isEqualTo(28);
        assertThat(snapshot.count(NodeKind.CAPABILITY)).isEqualTo(7);
        assertThat(snapshot.count(NodeKind.PLATFORM)).isEqualTo(4);
        assertThat(snapshot.count(NodeKind.CONSUMER)).isEqualTo(4);
        assertThat(snapshot.count(NodeKind.TEAM)).isEqualTo(6);
        assertThat(snapshot.count(NodeKind.VALUE_STREAM)).isEqualTo(3);
        assertThat(snapshot.count(NodeKind.LAYER)).isEqualTo(4);

        int ci = snapshot.indexOf(NodeKind.CAPABILITY, "ci");
        assertThat(snapshot.name(ci)).isEqualTo("Continuous integration");
        assertThat(snapshot.tier(ci)).isEqualTo(2);
        assertThat(snapshot.lifecycle(ci)).isEqualTo(Lifecycle.BETA);
        int observability = snapshot.indexOf(NodeKind.LAYER, "observability");
        assertThat(snapshot.layerRank(observability)).isEqualTo(LandscapeSnapshot.NO_RANK);
        assertThat(snapshot.crossCutting(observability)).isTrue();
        int infrastructure = snapshot.indexOf(NodeKind.LAYER, "infrastructure");
        assertThat(snapshot.layerRank(infrastructure)).isEqualTo(1);
        assertThat(snapshot.crossCutting(infrastructure)).isFalse();
        int k8sTeam = snapshot.indexOf(NodeKind.TEAM, "k8s-team");
        assertThat(snapshot.teamType(k8sTeam)).isEqualTo(TeamType.PLATFORM);
        assertThat(snapshot.teamSize(k8sTeam)).isEqualTo(5);
        assertThat(snapshot.tier(k8sTeam)).isZero();
        assertThat(snapshot.indexOf(NodeKind.PLATFORM, "ci")).isEqualTo(-1);
        assertThat(snapshot.keyRank(snapshot.nodeAtKeyRank(3))).isEqualTo(3);
    }

    @Test
    void holdsEveryRelationshipBothWaysWithNeighboursOrderedByKey() {
        assertThat(snapshot.relationshipCount()).isEqualTo(36);
        assertThat(snapshot.relationshipCount(EdgeType.DEPENDS_ON)).isEqualTo(7);
        assertThat(snapshot.relationshipCount(EdgeType.OWNS)).isEqualTo(8);
        assertThat(neighbours(snapshot.in(EdgeType.DEPENDS_ON), NodeKind.CAPABILITY, "network"))
                .containsExactly("ingress", "kubernetes");
        assertThat(neighbours(snapshot.out(EdgeType.DEPENDS_ON), NodeKind.CAPABILITY, "deploy"))
                .containsExactly("ingress", "kubernetes");
        assertThat(neighbours(snapshot.out(EdgeType.OWNS), NodeKind.TEAM, "payments-team"))
                .containsExactly("batch-report", "checkout");
        assertThat(neighbours(snapshot.in(EdgeType.IN_LAYER), NodeKind.LAYER, "observability"))
                .containsExactly("o11y-stack");

        int deploy = snapshot.indexOf(NodeKind.CAPABILITY, "deploy");
        assertThat(snapshot.key(snapshot.providerOf(deploy))).isEqualTo("devportal");
        assertThat(snapshot.key(snapshot.layerOf(deploy))).isEqualTo("developer-platform");
        assertThat(snapshot.key(snapshot.owningTeamOf(deploy))).isEqualTo("devx-team");
        assertThat(snapshot.key(snapshot.valueStreamOf(snapshot.indexOf(NodeKind.TEAM, "search-team"))))
                .isEqualTo("search");
    }

    @Test
    void keepsConsumptionModeAndSinceReachableFromBothEnds() {
        Adjacency consumers = snapshot.in(EdgeType.CONSUMES);
        int deploy = snapshot.indexOf(NodeKind.CAPABILITY, "deploy");
        int p = consumers.start(deploy);
        assertThat(snapshot.key(consumers.target(p))).isEqualTo("checkout");
        assertThat(snapshot.consumptionMode(consumers.edge(p))).isEqualTo(InteractionMode.X_AS_A_SERVICE);
        assertThat(snapshot.consumedSince(consumers.edge(p))).isEqualTo(LocalDate.of(2025, 3, 1));

        Adjacency consumed = snapshot.out(EdgeType.CONSUMES);
        int searchApi = snapshot.indexOf(NodeKind.CONSUMER, "search-api");
        int q = consumed.start(searchApi);
        assertThat(snapshot.key(consumed.target(q))).isEqualTo("ingress");
        assertThat(snapshot.consumptionMode(consumed.edge(q))).isEqualTo(InteractionMode.COLLABORATION);
        assertThat(snapshot.consumedSince(consumed.edge(q))).isEqualTo(LocalDate.of(2025, 6, 15));
    }

    @Test
    void reportsItsFootprint() {
        assertThat(snapshot.adjacencyBytes()).isGreaterThan(8L * snapshot.relationshipCount());
        assertThat(snapshot.estimatedBytes()).isGreaterThan(snapshot.adjacencyBytes());
    }

    @Test
    void readsEveryNodeRelationshipAndAttributeOfARandomLandscape() {
        RandomLandscape landscape = RandomLandscape.generate(11, RandomLandscape.Shape.small());
        Neo4jTestServer.clear();
        landscape.writeTo(Neo4jTestServer.driver());

        LandscapeSnapshot loaded = new LandscapeSnapshotLoader(Neo4jTestServer.driver(), Duration.ofSeconds(60)).load();

        assertThat(SnapshotDescription.of(loaded))
                .containsExactlyElementsOf(SnapshotDescription.of(landscape.toSnapshot()));
        snapshot = Fixtures.load("landscape-example");
    }

    @Test
    void builderRejectsRelationshipsBetweenTheWrongKinds() {
        dev.strata.analytics.graph.SnapshotBuilder builder = LandscapeSnapshot.builder();
        builder.addNode(NodeKind.CAPABILITY, "kubernetes", null);
        builder.addNode(NodeKind.TEAM, "k8s-team", null);
        assertThatThrownBy(() -> builder.addEdge(EdgeType.DEPENDS_ON, "kubernetes", "k8s-team"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.addNode(NodeKind.CAPABILITY, "kubernetes", "again"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
