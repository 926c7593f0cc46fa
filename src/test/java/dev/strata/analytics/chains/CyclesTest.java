package dev.strata.analytics.chains;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.analytics.Fixtures;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cycles on the example graph of {@code src/docs/analytics/cycles.md}. */
class CyclesTest {

    @Test
    void eachCycleIsReportedOnceWithSortedMembersAndOneShortestCycle() {
        LandscapeSnapshot cyclic = Fixtures.load("cycles-example");

        assertThat(Cycles.find(cyclic))
                .containsExactly(
                        new DependencyCycle(List.of("a", "b", "c"), List.of("a", "b", "c", "a")),
                        new DependencyCycle(List.of("d", "e"), List.of("d", "e", "d")));

        List<String> reference = Fixtures.reference("cycles", Map.of()).stream()
                .map(r -> r.get("members").asList(v -> v.asString()) + " "
                        + r.get("cycle").asList(v -> v.asString()))
                .toList();
        assertThat(reference).containsExactly("[a, b, c] [a, b, c, a]", "[d, e] [d, e, d]");
    }

    @Test
    void acyclicLandscapeWithoutSelfLoopsHasNoCycles() {
        assertThat(Cycles.find(Fixtures.yaml("landscape-example"))).isEmpty();
        assertThat(Fixtures.referenceOn("landscape-example", "cycles", Map.of()))
                .isEmpty();
    }

    @Test
    void selfLoopIsACycleOfOne() {
        dev.strata.analytics.graph.SnapshotBuilder builder = LandscapeSnapshot.builder();
        builder.addNode(NodeKind.CAPABILITY, "x", null);
        builder.addNode(NodeKind.CAPABILITY, "y", null);
        builder.addEdge(EdgeType.DEPENDS_ON, "x", "x");
        builder.addEdge(EdgeType.DEPENDS_ON, "x", "y");

        assertThat(Cycles.find(builder.build())).containsExactly(new DependencyCycle(List.of("x"), List.of("x", "x")));
    }
}
