package dev.strata.analytics.hotspots;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.analytics.RandomLandscape;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.impact.BlastRadiusEngine;
import dev.strata.analytics.impact.BlastRadiusRequest;
import dev.strata.analytics.impact.BlastRadiusResult;
import dev.strata.analytics.impact.Total;
import dev.strata.model.NodeKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every capability's and platform's hotspot figures equal one blast radius of it alone (the definition), on random
 * landscapes with layer violations and dependency cycles, small ones and ones with more sources than one pass of the
 * engine holds; the ranking is by severity, then size, then key.
 */
class HotspotEngineTest {

    static LongStream seeds() {
        return LongStream.range(1, 31);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyFigureEqualsTheBlastRadiusOfThatNodeAlone(long seed) {
        // more than 256 capabilities and platforms for some seeds: several passes of the engine
        RandomLandscape.Shape shape = seed % 3 == 0
                ? new RandomLandscape.Shape(5, 2, 4, 20, 60, 600, 300, 3, 3, 0.25, 0.03)
                : new RandomLandscape.Shape(4, 1, 3, 8, 12, 60, 40, 3, 3, 0.3, 0.15);
        LandscapeSnapshot snapshot = RandomLandscape.generate(seed, shape).toSnapshot();

        List<Hotspot> ranking = HotspotEngine.compute(snapshot).all();

        assertThat(ranking).containsExactlyElementsOf(bruteForce(snapshot));
        assertThat(HotspotEngine.compute(snapshot).top(5)).containsExactlyElementsOf(ranking.subList(0, 5));
    }

    /** One blast radius per capability and platform, ranked. */
    static List<Hotspot> bruteForce(LandscapeSnapshot snapshot) {
        BlastRadiusEngine engine = new BlastRadiusEngine();
        List<Hotspot> all = new ArrayList<>();
        for (NodeKind kind : List.of(NodeKind.CAPABILITY, NodeKind.PLATFORM)) {
            for (int node : snapshot.nodes(kind)) {
                BlastRadiusResult result = engine.analyse(
                        snapshot,
                        BlastRadiusRequest.downstream(snapshot.ref(node)).withPage(0, 0));
                int consumers = result.totals().byKind().stream()
                        .filter(t -> t.key().equals("CONSUMER"))
                        .mapToInt(Total::count)
                        .sum();
                all.add(new Hotspot(
                        kind,
                        snapshot.key(node),
                        snapshot.name(node),
                        result.totalCount(),
                        consumers,
                        result.tier1Consumers(),
                        result.severity()));
            }
        }
        all.sort(Comparator.comparingLong(Hotspot::severity)
                .reversed()
                .thenComparing(Comparator.comparingInt(Hotspot::affected).reversed())
                .thenComparing(Hotspot::key)
                .thenComparing(Hotspot::kind));
        return all;
    }
}
