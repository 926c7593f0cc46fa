package dev.strata.analytics.removed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import dev.strata.scale.LandscapeFiles;
import dev.strata.scale.LandscapeGenerator;
import dev.strata.scale.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Reach} counts exactly what a plain bounded breadth-first search counts, whatever its core: tiny cores and
 * samples make searches cross the core's border (outside capabilities, closures taken whole, core capabilities too
 * tall for the depth left, cycles), which the default core at the scales the other tests use never does. The
 * generator's landscapes have hubs, cycles and chains longer than the depth bound.
 */
class ReachTest {

    @ParameterizedTest(name = "seed {0}, core {1}, samples {2}")
    @CsvSource({"42, 8, 4", "42, 64, 16", "42, 512, 512", "7, 1, 1", "7, 32, 3", "7, 4096, 512", "11, 128, 64"})
    void countsWhatABoundedSearchCounts(long seed, int core, int samples) {
        LandscapeSnapshot s =
                LandscapeSnapshot.of(LandscapeFiles.toLandscape(LandscapeGenerator.generate(Scale.S, seed)));
        int[] capabilities = s.nodes(NodeKind.CAPABILITY);
        Reach reach = new Reach(s, capabilities, capabilities.length, core, samples);
        Reach other = new Reach(reach);
        int differences = 0;
        long total = 0;
        for (int capability : capabilities) {
            int expected = boundedSearch(s, capability);
            total += expected;
            if (reach.below(reach.dense[capability]) != expected || other.below(other.dense[capability]) != expected) {
                differences++;
            }
        }
        assertThat(total).as("capabilities below, in all").isGreaterThan(capabilities.length);
        assertThat(differences).as("capabilities counted differently").isZero();
    }

    private static int boundedSearch(LandscapeSnapshot s, int source) {
        Adjacency dependsOn = s.out(EdgeType.DEPENDS_ON);
        int[] depth = new int[s.nodeCount()];
        java.util.Arrays.fill(depth, -1);
        int[] queue = new int[s.nodeCount()];
        depth[source] = 0;
        queue[0] = source;
        int tail = 1;
        for (int head = 0; head < tail; head++) {
            int node = queue[head];
            if (depth[node] == LoadRemovedModel.MAX_DEPTH) {
                continue;
            }
            for (int d = dependsOn.start(node); d < dependsOn.end(node); d++) {
                int next = dependsOn.target(d);
                if (depth[next] < 0) {
                    depth[next] = depth[node] + 1;
                    queue[tail++] = next;
                }
            }
        }
        return tail - 1;
    }
}
