package dev.strata.analytics.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.analytics.RandomLandscape;
import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.snapshot.LandscapeSnapshotLoader;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import dev.strata.testsupport.Neo4jTestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every structural risk computed from the in-memory snapshot equals its reference query
 * (cypher/analytics/*.cypher, run by the Cypher-based {@link CypherRisks}) on the same database: the risk fixture,
 * the demo, and random landscapes. Shortest paths may differ where several are equally short, so for deprecated uses
 * and tier inversions the rows are compared without the path, and each path is checked to be a real path of that
 * length. Pages read one after the other give all rows, and the counts are their number.
 */
class SnapshotRisksTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final CypherRisks reference = new CypherRisks(Neo4jTestServer.driver(), TIMEOUT);

    static LongStream seeds() {
        return LongStream.range(1, 9);
    }

    @Test
    void equalTheReferenceQueriesOnTheRiskFixture() {
        Neo4jTestServer.load("/fixtures/metrics-risks.cypher");
        assertEqualToTheReference();
    }

    @Test
    void equalTheReferenceQueriesOnTheDemo() {
        Neo4jTestServer.load("/cypher/demo/demo-landscape.cypher");
        assertEqualToTheReference();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void equalTheReferenceQueriesOnRandomLandscapes(long seed) {
        Neo4jTestServer.clear();
        RandomLandscape.generate(seed, RandomLandscape.Shape.small()).writeTo(Neo4jTestServer.driver());
        assertEqualToTheReference();
    }

    private void assertEqualToTheReference() {
        LandscapeSnapshot snapshot = new LandscapeSnapshotLoader(Neo4jTestServer.driver(), TIMEOUT).load();

        assertThat(OwnershipRisks.unowned(snapshot)).containsExactlyElementsOf(reference.unowned());
        assertThat(OwnershipRisks.unplacedPlatforms(snapshot)).containsExactlyElementsOf(reference.unplacedPlatforms());
        assertThat(OwnershipRisks.unusedCapabilities(snapshot))
                .containsExactlyElementsOf(reference.unusedCapabilities());
        assertThat(OwnershipRisks.handoverPoints(snapshot)).containsExactlyElementsOf(reference.handoverPoints());
        assertThat(OwnershipRisks.ownershipAmbiguity(snapshot))
                .containsExactlyElementsOf(reference.ownershipAmbiguity());

        for (int maxHops : new int[] {1, 3, ReachRisks.MAX_HOPS}) {
            List<DeprecatedInUse> uses = ReachRisks.deprecatedInUse(snapshot, maxHops);
            assertThat(withoutPath(uses, DeprecatedInUseSearchRow::of))
                    .containsExactlyElementsOf(
                            withoutPath(reference.deprecatedInUse(maxHops), DeprecatedInUseSearchRow::of));
            uses.forEach(use -> assertRealPath(snapshot, NodeKind.CONSUMER, use.path(), use.hops()));
            assertThat(pages(
                            page -> ReachRisks.deprecatedInUse(snapshot, maxHops, page.after(), page.first()),
                            use -> new ReachRisks.Position(NodeKind.CONSUMER, use.consumerKey(), use.capabilityKey())))
                    .containsExactlyElementsOf(uses);
            assertThat(ReachRisks.countDeprecatedInUse(snapshot, maxHops)).isEqualTo(uses.size());
            assertThat(ReachRisks.countDeprecatedInUse(snapshot, maxHops, 0))
                    .as("counted by one search per consumer")
                    .isEqualTo(uses.size());

            List<TierInversion> inversions = ReachRisks.tierInversions(snapshot, maxHops);
            assertThat(withoutPath(inversions, TierInversionRow::of))
                    .containsExactlyElementsOf(withoutPath(reference.tierInversions(maxHops), TierInversionRow::of));
            inversions.forEach(inversion -> assertRealPath(
                    snapshot, NodeKind.valueOf(inversion.sourceKind()), inversion.path(), inversion.hops()));
            assertThat(pages(
                            page -> ReachRisks.tierInversions(snapshot, maxHops, page.after(), page.first()),
                            inversion -> new ReachRisks.Position(
                                    NodeKind.valueOf(inversion.sourceKind()),
                                    inversion.sourceKey(),
                                    inversion.targetKey())))
                    .containsExactlyElementsOf(inversions);
            assertThat(ReachRisks.countTierInversions(snapshot, maxHops)).isEqualTo(inversions.size());
            for (int sourcesPerBatch : new int[] {1, 7, 64}) {
                assertThat(ReachRisks.countTierInversions(snapshot, maxHops, 3, sourcesPerBatch))
                        .as("counted in three parts, %d sources per batch", sourcesPerBatch)
                        .isEqualTo(inversions.size());
            }
        }
    }

    record DeprecatedInUseSearchRow(String consumer, String capability, String lifecycle, int hops) {
        static DeprecatedInUseSearchRow of(DeprecatedInUse use) {
            return new DeprecatedInUseSearchRow(use.consumerKey(), use.capabilityKey(), use.lifecycle(), use.hops());
        }
    }

    record TierInversionRow(String kind, String source, int sourceTier, String target, int targetTier, int hops) {
        static TierInversionRow of(TierInversion inversion) {
            return new TierInversionRow(
                    inversion.sourceKind(),
                    inversion.sourceKey(),
                    inversion.sourceTier(),
                    inversion.targetKey(),
                    inversion.targetTier(),
                    inversion.hops());
        }
    }

    private static <T, R> List<R> withoutPath(List<T> rows, Function<T, R> row) {
        return rows.stream().map(row).toList();
    }

    record PageRequest(ReachRisks.Position after, int first) {}

    /** Every row, read in pages of 7. */
    private static <T> List<T> pages(
            Function<PageRequest, ReachRisks.Page<T>> page, Function<T, ReachRisks.Position> position) {
        List<T> all = new ArrayList<>();
        ReachRisks.Position after = null;
        while (true) {
            ReachRisks.Page<T> next = page.apply(new PageRequest(after, 7));
            all.addAll(next.items());
            if (!next.hasMore()) {
                return all;
            }
            assertThat(next.items()).hasSize(7);
            after = position.apply(next.items().getLast());
        }
    }

    /** The path starts at the source, then follows CONSUMES (from a consumer) or DEPENDS_ON, one hop per step. */
    private static void assertRealPath(LandscapeSnapshot snapshot, NodeKind sourceKind, List<String> path, int hops) {
        assertThat(path).hasSize(hops + 1);
        int from = snapshot.indexOf(sourceKind, path.getFirst());
        for (int i = 1; i < path.size(); i++) {
            int to = snapshot.indexOf(NodeKind.CAPABILITY, path.get(i));
            Adjacency edges =
                    snapshot.out(i == 1 && sourceKind == NodeKind.CONSUMER ? EdgeType.CONSUMES : EdgeType.DEPENDS_ON);
            boolean found = false;
            for (int p = edges.start(from); p < edges.end(from); p++) {
                found |= edges.target(p) == to;
            }
            assertThat(found).as("%s is a path", path).isTrue();
            from = to;
        }
    }
}
