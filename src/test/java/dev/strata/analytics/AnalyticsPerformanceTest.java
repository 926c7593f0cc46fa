package dev.strata.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.analytics.chains.Cycles;
import dev.strata.analytics.chains.DependencyChains;
import dev.strata.analytics.chains.LayerViolations;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.impact.BlastRadiusEngine;
import dev.strata.analytics.impact.BlastRadiusRequest;
import dev.strata.analytics.impact.BlastRadiusResult;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import dev.strata.testsupport.Neo4jTestServer;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measurements on a generated landscape of about 100 000 nodes and 400 000 relationships; opt-in because it takes
 * minutes of a shared machine: {@code mvn test -Dtest='dev.strata.analytics.AnalyticsPerformanceTest'
 * -Dstrata.perf=true} (add {@code -Dstrata.perf.neo4j=true} to also write the landscape into Neo4j and time the
 * snapshot loader and the Cypher reference). Prints its numbers; asserts only generous bounds.
 */
@EnabledIfSystemProperty(named = "strata.perf", matches = "true")
class AnalyticsPerformanceTest {

    @Test
    void hubBlastRadiusOnALargeLandscapeTakesMilliseconds() {
        RandomLandscape landscape = RandomLandscape.generate(42, RandomLandscape.Shape.large());
        long start = System.nanoTime();
        LandscapeSnapshot snapshot = landscape.toSnapshot();
        report("build snapshot in memory", start);
        System.out.printf(
                "%s; adjacency %.1f MB = %.1f bytes per relationship; estimated total %.1f MB%n",
                snapshot,
                snapshot.adjacencyBytes() / 1e6,
                (double) snapshot.adjacencyBytes() / snapshot.relationshipCount(),
                snapshot.estimatedBytes() / 1e6);

        if (Boolean.getBoolean("strata.perf.neo4j")) {
            Neo4jTestServer.driver();
            Neo4jTestServer.clear();
            start = System.nanoTime();
            landscape.writeTo(Neo4jTestServer.driver());
            report("write landscape into Neo4j", start);
            for (int i = 0; i < 3; i++) {
                start = System.nanoTime();
                LandscapeSnapshot loaded = Fixtures.snapshot();
                report("load snapshot from Neo4j (" + loaded + ")", start);
                assertThat(loaded.relationshipCount()).isEqualTo(snapshot.relationshipCount());
            }
        }

        BlastRadiusEngine engine = new BlastRadiusEngine();
        NodeRef hub = null;
        int biggest = -1;
        for (int capability : snapshot.nodes(NodeKind.CAPABILITY)) {
            if (snapshot.in(EdgeType.DEPENDS_ON).degree(capability) < 8) {
                continue;
            }
            BlastRadiusResult result = engine.analyse(
                    snapshot,
                    BlastRadiusRequest.downstream(snapshot.ref(capability)).withPage(0, 0));
            if (result.totalCount() > biggest) {
                biggest = result.totalCount();
                hub = snapshot.ref(capability);
            }
        }
        System.out.printf("hub %s affects %d nodes%n", hub, biggest);
        NodeRef target = hub;
        double paged = median(() ->
                engine.analyse(snapshot, BlastRadiusRequest.downstream(target).withPage(0, 100)));
        double all = median(() -> engine.analyse(snapshot, BlastRadiusRequest.downstream(target)));
        double upstream = median(() -> engine.analyse(
                snapshot,
                BlastRadiusRequest.upstream(NodeRef.consumer(snapshot.key(snapshot.nodes(NodeKind.CONSUMER)[0])))
                        .withPage(0, 100)));
        System.out.printf(
                "blast radius of the hub: %.2f ms (first 100 items), %.2f ms (all %d items with paths); "
                        + "upstream of a consumer %.2f ms%n",
                paged, all, biggest, upstream);
        System.out.printf(
                "cycles %.1f ms, layer violations %.1f ms, chains from the hub %.1f ms%n",
                median(() -> Cycles.find(snapshot)),
                median(() -> LayerViolations.find(snapshot)),
                median(() -> DependencyChains.chainsFrom(snapshot, NodeKind.CAPABILITY, target.key(), 100)));
        assertThat(paged).isLessThan(200);

        if (Boolean.getBoolean("strata.perf.neo4j")) {
            start = System.nanoTime();
            int rows = Fixtures.reference("blast-radius-downstream", Map.of("key", hub.key()))
                    .size();
            report("Cypher reference blast radius of the hub (" + rows + " rows)", start);
        }
    }

    private static void report(String what, long start) {
        System.out.printf("%s: %d ms%n", what, (System.nanoTime() - start) / 1_000_000);
    }

    /** Median wall time in milliseconds of 31 runs after 20 warm-up runs. */
    private static double median(Supplier<?> run) {
        for (int i = 0; i < 20; i++) {
            run.get();
        }
        double[] times = new double[31];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            run.get();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }
}
