package dev.strata.analytics.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.analytics.RandomLandscape;
import dev.strata.model.EdgeType;
import dev.strata.model.Landscape;
import dev.strata.model.Landscape.Edge;
import dev.strata.model.Landscape.EdgeId;
import dev.strata.model.Landscape.Node;
import dev.strata.model.LandscapeDiff;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A snapshot patched with a change equals the snapshot built from scratch of the landscape after it, for random
 * changes of every kind (nodes added, changed and removed; relationships of every type added, changed and removed)
 * on random landscapes; applying the same change twice changes nothing more.
 */
class SnapshotPatchTest {

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aPatchedSnapshotEqualsTheSnapshotOfTheLandscapeAfterTheChange(long seed) {
        Landscape before =
                RandomLandscape.generate(seed, RandomLandscape.Shape.small()).toLandscape();
        Landscape after = randomChange(before, new Random(seed), seed % 4 == 0 ? 1 : 1 + (int) (seed % 60));
        LandscapeDiff diff = LandscapeDiff.of(before, after);

        LandscapeSnapshot patched = LandscapeSnapshot.of(before).apply(diff);

        List<String> expected = SnapshotDescription.of(LandscapeSnapshot.of(after));
        assertThat(SnapshotDescription.of(patched)).containsExactlyElementsOf(expected);
        assertThat(SnapshotDescription.of(patched.apply(diff))).as("idempotent").containsExactlyElementsOf(expected);
        assertThat(patched.nodeCount()).isEqualTo(after.nodes().size());
        assertThat(patched.relationshipCount()).isEqualTo(after.edges().size());
    }

    @Test
    void anEmptyChangeSharesEverything() {
        LandscapeSnapshot snapshot =
                RandomLandscape.generate(3, RandomLandscape.Shape.small()).toSnapshot();
        Landscape landscape = new Landscape();
        LandscapeSnapshot same = snapshot.apply(LandscapeDiff.of(landscape, landscape));
        for (EdgeType type : EdgeType.values()) {
            assertThat(same.out(type)).isSameAs(snapshot.out(type));
        }
        assertThat(SnapshotDescription.of(same)).isEqualTo(SnapshotDescription.of(snapshot));
    }

    @Test
    void aRelationshipToANodeTheSnapshotDoesNotHoldIsRefused() {
        Landscape before =
                RandomLandscape.generate(5, RandomLandscape.Shape.small()).toLandscape();
        Landscape after = before.copy();
        after.put(new Edge(
                new EdgeId(EdgeType.DEPENDS_ON, NodeRef.capability("c1"), NodeRef.capability("c2")), Map.of()));
        LandscapeDiff diff = LandscapeDiff.of(before, after);
        Landscape smaller = before.copy();
        smaller.remove(NodeRef.capability("c2"));

        assertThatThrownBy(() -> LandscapeSnapshot.of(smaller).apply(diff))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CAPABILITY:c2");
    }

    /** Random edits of a copy of the landscape, as files or GraphQL mutations would make them. */
    static Landscape randomChange(Landscape before, Random random, int edits) {
        Landscape after = before.copy();
        for (int i = 0; i < edits; i++) {
            List<Node> nodes = new ArrayList<>(after.nodes().values());
            List<Edge> edges = new ArrayList<>(after.edges().values());
            Node node = nodes.get(random.nextInt(nodes.size()));
            switch (random.nextInt(7)) {
                case 0 -> after.remove(node.id());
                case 1 -> {
                    Map<String, Object> properties = new LinkedHashMap<>(node.properties());
                    properties.put("name", "Renamed " + i);
                    if (node.id().kind() == NodeKind.CAPABILITY) {
                        properties.put("tier", (long) (1 + random.nextInt(3)));
                        properties.put("lifecycle", random.nextBoolean() ? "DEPRECATED" : "GA");
                        properties.remove("gaDate");
                        properties.put("category", "category-x");
                    }
                    if (node.id().kind() == NodeKind.LAYER) {
                        properties.put("rank", (long) (1 + random.nextInt(9)));
                        properties.put("crossCutting", false);
                    }
                    after.put(new Node(node.id(), properties));
                }
                case 2 -> {
                    NodeRef fresh = new NodeRef(node.id().kind(), "new-" + i + "-" + random.nextInt(1000));
                    after.put(new Node(fresh, node.properties()));
                    copyEdges(after, node.id(), fresh, random);
                }
                case 3 -> {
                    if (!edges.isEmpty()) {
                        after.remove(edges.get(random.nextInt(edges.size())).id());
                    }
                }
                case 4 -> addEdge(after, nodes, random, EdgeType.DEPENDS_ON, NodeKind.CAPABILITY, NodeKind.CAPABILITY);
                case 5 -> addEdge(after, nodes, random, EdgeType.CONSUMES, NodeKind.CONSUMER, NodeKind.CAPABILITY);
                default -> {
                    EdgeType type = EdgeType.values()[random.nextInt(EdgeType.values().length)];
                    NodeKind from = type.sourceKinds().iterator().next();
                    NodeKind to = type.targetKinds().stream()
                            .sorted()
                            .toList()
                            .get(random.nextInt(type.targetKinds().size()));
                    addEdge(after, nodes, random, type, from, to);
                }
            }
        }
        return after;
    }

    private static void copyEdges(Landscape landscape, NodeRef from, NodeRef to, Random random) {
        for (Edge edge : new ArrayList<>(landscape.edges().values())) {
            EdgeId id = edge.id();
            if (random.nextBoolean()) {
                continue;
            }
            if (id.from().equals(from)) {
                landscape.put(new Edge(new EdgeId(id.type(), to, id.to()), edge.properties()));
            } else if (id.to().equals(from)) {
                landscape.put(new Edge(new EdgeId(id.type(), id.from(), to), edge.properties()));
            }
        }
    }

    private static void addEdge(
            Landscape landscape, List<Node> nodes, Random random, EdgeType type, NodeKind from, NodeKind to) {
        List<Node> sources = nodes.stream().filter(n -> n.id().kind() == from).toList();
        List<Node> targets = nodes.stream().filter(n -> n.id().kind() == to).toList();
        if (sources.isEmpty() || targets.isEmpty()) {
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        if (type == EdgeType.CONSUMES) {
            properties.put("since", LocalDate.of(2024, 1, 1).plusDays(random.nextInt(400)));
            properties.put("mode", random.nextBoolean() ? "COLLABORATION" : "X_AS_A_SERVICE");
        }
        landscape.put(new Edge(
                new EdgeId(
                        type,
                        sources.get(random.nextInt(sources.size())).id(),
                        targets.get(random.nextInt(targets.size())).id()),
                properties));
    }
}
