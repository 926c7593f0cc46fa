package dev.strata.analytics.chains;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.analytics.Fixtures;
import dev.strata.analytics.RandomLandscape;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import dev.strata.testsupport.Neo4jTestServer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random layered landscapes (fixed seeds): cycles against an independent mutual-reachability check and the Cypher
 * reference, layer violations against the Cypher reference, and chains against the Cypher reference.
 */
class ChainsPropertyTest {

    private static final long[] SEEDS = {1, 2, 3, 5, 8, 13};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13})
    void cyclesViolationsAndChainsAgreeWithIndependentChecksAndTheCypherReferences(long seed) {
        RandomLandscape landscape = RandomLandscape.generate(seed, RandomLandscape.Shape.small());
        Neo4jTestServer.clear();
        landscape.writeTo(Neo4jTestServer.driver());
        LandscapeSnapshot snapshot = Fixtures.snapshot();
        Map<String, List<String>> dependsOn = new HashMap<>();
        for (RandomLandscape.Edge edge : landscape.edges) {
            if (edge.type() == EdgeType.DEPENDS_ON) {
                dependsOn
                        .computeIfAbsent(edge.from().key(), k -> new ArrayList<>())
                        .add(edge.to().key());
            }
        }

        // cycles: mutual reachability, computed by one plain BFS per capability
        Map<String, Set<String>> reach = new HashMap<>();
        for (RandomLandscape.Node capability : landscape.nodes(NodeKind.CAPABILITY)) {
            reach.put(capability.key(), reachable(dependsOn, capability.key()));
        }
        Set<List<String>> expectedGroups = new HashSet<>();
        for (String capability : reach.keySet()) {
            if (reach.get(capability).contains(capability)) {
                TreeSet<String> group = new TreeSet<>();
                for (String other : reach.get(capability)) {
                    if (reach.get(other).contains(capability)) {
                        group.add(other);
                    }
                }
                expectedGroups.add(List.copyOf(group));
            }
        }
        List<DependencyCycle> cycles = Cycles.find(snapshot);
        assertThat(cycles)
                .extracting(DependencyCycle::members)
                .as("seed %d", seed)
                .containsExactlyInAnyOrderElementsOf(expectedGroups);
        for (DependencyCycle cycle : cycles) {
            List<String> path = cycle.path();
            assertThat(path.getFirst()).isEqualTo(cycle.members().getFirst()).isEqualTo(path.getLast());
            for (int i = 1; i < path.size(); i++) {
                assertThat(dependsOn.get(path.get(i - 1))).contains(path.get(i));
                assertThat(cycle.members()).contains(path.get(i));
            }
            assertThat(path.size() - 1)
                    .as("shortest cycle through %s", path.getFirst())
                    .isEqualTo(shortestCycle(dependsOn, path.getFirst()));
        }
        List<DependencyCycle> reference = Fixtures.reference("cycles", Map.of()).stream()
                .map(r -> new DependencyCycle(
                        r.get("members").asList(v -> v.asString()),
                        r.get("cycle").asList(v -> v.asString())))
                .toList();
        assertThat(reference)
                .extracting(DependencyCycle::members)
                .containsExactlyElementsOf(
                        cycles.stream().map(DependencyCycle::members).toList());
        assertThat(reference)
                .extracting(c -> c.path().size())
                .containsExactlyElementsOf(
                        cycles.stream().map(c -> c.path().size()).toList());

        // layer violations
        LayerViolationReport report = LayerViolations.find(snapshot);
        assertThat(Fixtures.reference("layer-violations", Map.of()).stream().map(LayerViolationsTest::fromRecord))
                .as("seed %d", seed)
                .containsExactlyElementsOf(report.violations());
        for (LayerViolation skipped : report.skippedLayers()) {
            assertThat(skipped.fromRank() - skipped.toRank()).isGreaterThan(1);
        }

        // chains from capabilities with few enough chains to enumerate
        int compared = 0;
        for (RandomLandscape.Node capability : landscape.nodes(NodeKind.CAPABILITY)) {
            ChainsResult result = DependencyChains.chainsFrom(snapshot, NodeKind.CAPABILITY, capability.key(), 400);
            if (result.truncated() || compared > 1500 || capability.key().hashCode() % 4 != 0) {
                continue;
            }
            List<List<String>> leafChains = result.chains().stream()
                    .filter(c -> c.end() == Chain.End.LEAF)
                    .map(Chain::capabilities)
                    .toList();
            List<List<String>> referenceChains =
                    Fixtures.reference("dependency-chains", Map.of("key", capability.key(), "maxChains", 1000)).stream()
                            .map(r -> r.get("capabilities").asList(v -> v.asString()))
                            .toList();
            assertThat(referenceChains)
                    .as("seed %d, chains from %s", seed, capability.key())
                    .containsExactlyInAnyOrderElementsOf(leafChains);
            for (Chain chain : result.chains()) {
                assertThat(new HashSet<>(chain.capabilities())).hasSameSizeAs(chain.capabilities());
            }
            boolean acyclic = cycles.stream()
                    .flatMap(c -> c.members().stream())
                    .noneMatch(
                            member -> reach.get(capability.key()).contains(member) || member.equals(capability.key()));
            if (acyclic) {
                assertThat(result.chainCount()).isEqualTo(result.chains().size());
                assertThat(result.longest().hops())
                        .isEqualTo(result.chains().stream()
                                .mapToInt(Chain::hops)
                                .max()
                                .orElseThrow());
            }
            compared += referenceChains.size();
        }
        assertThat(compared).as("chains compared").isGreaterThan(20);
    }

    @Test
    void generatedLandscapesDoHoldCyclesAndViolations() {
        int cycles = 0;
        int violations = 0;
        for (long seed : SEEDS) {
            LandscapeSnapshot snapshot = RandomLandscape.generate(seed, RandomLandscape.Shape.small())
                    .toSnapshot();
            cycles += Cycles.find(snapshot).size();
            violations += LayerViolations.find(snapshot).violations().size();
        }
        assertThat(cycles).isGreaterThan(SEEDS.length);
        assertThat(violations).isGreaterThan(SEEDS.length);
    }

    private static Set<String> reachable(Map<String, List<String>> dependsOn, String start) {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(dependsOn.getOrDefault(start, List.of()));
        while (!queue.isEmpty()) {
            String next = queue.poll();
            if (seen.add(next)) {
                queue.addAll(dependsOn.getOrDefault(next, List.of()));
            }
        }
        return seen;
    }

    private static int shortestCycle(Map<String, List<String>> dependsOn, String start) {
        Map<String, Integer> distance = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String next : dependsOn.getOrDefault(start, List.of())) {
            if (distance.putIfAbsent(next, 1) == null) {
                queue.add(next);
            }
        }
        while (!queue.isEmpty()) {
            String node = queue.poll();
            if (node.equals(start)) {
                return distance.get(node);
            }
            for (String next : dependsOn.getOrDefault(node, List.of())) {
                if (distance.putIfAbsent(next, distance.get(node) + 1) == null) {
                    queue.add(next);
                }
            }
        }
        return -1;
    }
}
