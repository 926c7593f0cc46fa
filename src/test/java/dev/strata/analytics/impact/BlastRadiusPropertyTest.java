package dev.strata.analytics.impact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.analytics.Fixtures;
import dev.strata.analytics.RandomLandscape;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import dev.strata.testsupport.Neo4jTestServer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random layered landscapes (fixed seeds, about 330 nodes each), loaded into Neo4j and read back by the snapshot
 * loader: the engine must agree with {@link ReferenceBlastRadius} on every node, depth, attribution and the
 * severity, explain every node by a real path, and agree with the Cypher reference files.
 */
class BlastRadiusPropertyTest {

    private final BlastRadiusEngine engine = new BlastRadiusEngine();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13})
    void engineAgreesWithAnIndependentBreadthFirstSearch(long seed) {
        RandomLandscape landscape = RandomLandscape.generate(seed, RandomLandscape.Shape.small());
        LandscapeSnapshot snapshot = load(landscape);
        ReferenceBlastRadius reference = new ReferenceBlastRadius(landscape);
        Random random = new Random(seed * 31);

        List<BlastRadiusRequest> requests = new ArrayList<>();
        for (Direction direction : Direction.values()) {
            for (NodeKind kind : BlastRadiusRequest.TARGET_KINDS) {
                for (int i = 0; i < 3; i++) {
                    requests.add(request(direction, maxDepth(random), pick(landscape, kind, random)));
                }
            }
            for (int i = 0; i < 3; i++) {
                requests.add(request(
                        direction,
                        maxDepth(random),
                        pick(landscape, NodeKind.CAPABILITY, random),
                        pick(landscape, NodeKind.PLATFORM, random),
                        pick(landscape, NodeKind.CAPABILITY, random)));
            }
        }
        requests.add(request(Direction.DOWNSTREAM, null, hub(landscape, reference)));

        for (BlastRadiusRequest request : requests) {
            BlastRadiusResult result = engine.analyse(snapshot, request);
            Map<NodeRef, Integer> expected =
                    reference.depths(request.targets(), request.direction(), request.maxDepth());
            Map<NodeRef, Integer> actual = new HashMap<>();
            result.items().forEach(item -> actual.put(item.ref(), item.depth()));

            assertThat(actual).as("seed %d, %s", seed, request).isEqualTo(expected);
            assertThat(result.totalCount()).isEqualTo(expected.size());
            assertThat(result.severity()).as("severity").isEqualTo(severity(landscape, expected.keySet()));
            assertThat(result.items()).as("order").isSortedAccordingTo(ORDER);
            for (AffectedNode item : result.items()) {
                assertExplained(item, request, reference);
                Set<NodeRef> expectedFrom = new HashSet<>();
                for (NodeRef target : request.targets()) {
                    if (reference
                            .depths(List.of(target), request.direction(), request.maxDepth())
                            .containsKey(item.ref())) {
                        expectedFrom.add(target);
                    }
                }
                assertThat(item.reachedFrom())
                        .as("attribution of %s", item.ref())
                        .containsExactlyInAnyOrderElementsOf(expectedFrom);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void engineAgreesWithTheCypherReferenceQueries(long seed) {
        RandomLandscape landscape = RandomLandscape.generate(seed, RandomLandscape.Shape.small());
        LandscapeSnapshot snapshot = load(landscape);
        ReferenceBlastRadius reference = new ReferenceBlastRadius(landscape);
        Random random = new Random(seed * 17);
        List<NodeRef> capabilities = new ArrayList<>(List.of(hub(landscape, reference)));
        for (int i = 0; i < 6; i++) {
            capabilities.add(pick(landscape, NodeKind.CAPABILITY, random));
        }
        int compared = 0;
        for (NodeRef capability : capabilities) {
            for (Direction direction : Direction.values()) {
                BlastRadiusResult result = engine.analyse(snapshot, request(direction, 20, capability));
                String id = direction == Direction.DOWNSTREAM ? "blast-radius-downstream" : "blast-radius-upstream";
                List<String> rows = Fixtures.reference(id, Map.of("key", capability.key())).stream()
                        .map(r -> r.get("kind").asString() + " " + r.get("key").asString() + " "
                                + r.get("depth").asInt() + " of "
                                + r.get("total").asInt())
                        .toList();
                assertThat(rows)
                        .as("seed %d, %s %s", seed, direction, capability)
                        .containsExactlyInAnyOrderElementsOf(result.items().stream()
                                .map(i -> i.kind() + " " + i.key() + " " + i.depth() + " of " + result.totalCount())
                                .toList());
                compared += rows.size();
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    static final Comparator<AffectedNode> ORDER = Comparator.comparing((AffectedNode i) ->
                    !(i.kind() == NodeKind.CONSUMER && Integer.valueOf(1).equals(i.tier())))
            .thenComparingInt(AffectedNode::depth)
            .thenComparing(AffectedNode::key)
            .thenComparing(AffectedNode::kind);

    private static LandscapeSnapshot load(RandomLandscape landscape) {
        Neo4jTestServer.clear();
        landscape.writeTo(Neo4jTestServer.driver());
        LandscapeSnapshot snapshot = Fixtures.snapshot();
        assertThat(snapshot.nodeCount()).isEqualTo(landscape.nodes.size());
        assertThat(snapshot.relationshipCount()).isEqualTo(landscape.edges.size());
        return snapshot;
    }

    /** A path starts at a target, ends at the node, follows relationships, and has {@code depth} DEPENDS_ON hops. */
    private static void assertExplained(AffectedNode item, BlastRadiusRequest request, ReferenceBlastRadius reference) {
        List<NodeRef> path = item.path();
        assertThat(request.targets()).as("path of %s", item.ref()).contains(path.getFirst());
        assertThat(path.getLast()).isEqualTo(item.ref());
        int hops = 0;
        for (int i = 1; i < path.size(); i++) {
            NodeRef from = path.get(i - 1);
            NodeRef to = path.get(i);
            assertThat(reference.adjacent(from, to))
                    .as("step %s -> %s of %s", from, to, path)
                    .isTrue();
            if (from.kind() == NodeKind.CAPABILITY && to.kind() == NodeKind.CAPABILITY) {
                NodeRef dependent = request.direction() == Direction.DOWNSTREAM ? to : from;
                NodeRef dependency = request.direction() == Direction.DOWNSTREAM ? from : to;
                assertThat(reference.out(EdgeType.DEPENDS_ON, dependent)).contains(dependency);
                hops++;
            }
        }
        assertThat(hops).as("hops on %s", path).isEqualTo(item.depth());
    }

    private static long severity(RandomLandscape landscape, Set<NodeRef> affected) {
        long severity = 0;
        for (NodeRef ref : affected) {
            Integer tier = landscape.node(ref).tier();
            if (ref.kind() == NodeKind.CONSUMER) {
                severity += tier == null
                        ? 1
                        : switch (tier) {
                            case 1 -> 10;
                            case 2 -> 3;
                            default -> 1;
                        };
            } else if (ref.kind() == NodeKind.CAPABILITY) {
                severity += tier == null
                        ? 1
                        : switch (tier) {
                            case 1 -> 3;
                            case 2 -> 2;
                            default -> 1;
                        };
            }
        }
        return severity;
    }

    private static BlastRadiusRequest request(Direction direction, Integer maxDepth, NodeRef... targets) {
        return new BlastRadiusRequest(List.of(targets), Scenario.FAIL, direction, maxDepth, 0, null);
    }

    private static Integer maxDepth(Random random) {
        int roll = random.nextInt(6);
        return roll >= 4 ? null : roll;
    }

    private static NodeRef pick(RandomLandscape landscape, NodeKind kind, Random random) {
        List<RandomLandscape.Node> nodes = landscape.nodes(kind);
        return nodes.get(random.nextInt(nodes.size())).ref();
    }

    /** The capability with the largest downstream blast radius. */
    private static NodeRef hub(RandomLandscape landscape, ReferenceBlastRadius reference) {
        return landscape.nodes(NodeKind.CAPABILITY).stream()
                .map(RandomLandscape.Node::ref)
                .max(Comparator.comparingInt((NodeRef c) -> reference
                                .depths(List.of(c), Direction.DOWNSTREAM, null)
                                .size())
                        .thenComparing(NodeRef::key, Comparator.reverseOrder()))
                .orElseThrow();
    }
}
