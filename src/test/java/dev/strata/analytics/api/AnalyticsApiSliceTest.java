package dev.strata.analytics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;

import dev.strata.analytics.Fixtures;
import dev.strata.analytics.chains.Cycles;
import dev.strata.analytics.chains.LayerViolations;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.impact.AffectedNode;
import dev.strata.analytics.impact.BlastRadiusEngine;
import dev.strata.analytics.impact.BlastRadiusRequest;
import dev.strata.analytics.impact.BlastRadiusResult;
import dev.strata.analytics.impact.Direction;
import dev.strata.analytics.impact.Scenario;
import dev.strata.analytics.risk.DeprecatedInUse;
import dev.strata.analytics.risk.ReachRisks;
import dev.strata.analytics.snapshot.SnapshotMemo;
import dev.strata.analytics.snapshot.SnapshotReadTimedOutException;
import dev.strata.graphql.NodeResolver;
import dev.strata.history.AsOf;
import dev.strata.history.HistoricalSnapshots;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import dev.strata.testsupport.GraphQlSliceTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The analytics API as a GraphQL slice: the controllers, the schema and the GraphQL infrastructure (scalars, error
 * resolvers, instrumentation), no web server and no database. The snapshot is built in memory from the example
 * landscape's YAML, and every answer is checked against the engine run on that same snapshot, so what is tested here
 * is the API's mapping: arguments, paging, errors and field names.
 */
@Import({NodeBatches.class, SnapshotMemo.class})
@GraphQlSliceTest({
    BlastRadiusController.class,
    LayerViolationController.class,
    DependencyCycleController.class,
    RiskController.class
})
class AnalyticsApiSliceTest {

    private static final LandscapeSnapshot SNAPSHOT = Fixtures.yaml("landscape-example");

    @MockitoBean
    HistoricalSnapshots snapshots;

    @MockitoBean
    NodeResolver nodeResolver;

    @Autowired
    GraphQlTester graphQl;

    @BeforeEach
    void currentSnapshotIsTheExample() {
        when(snapshots.snapshot((AsOf) isNull())).thenReturn(SNAPSHOT);
    }

    @Test
    void blastRadiusPagesThroughWhatTheEngineFinds() {
        NodeRef target = hub();
        BlastRadiusResult all = new BlastRadiusEngine()
                .analyse(
                        SNAPSHOT,
                        new BlastRadiusRequest(List.of(target), Scenario.FAIL, Direction.DOWNSTREAM, null, 0, null));
        assertThat(all.totalCount()).isGreaterThan(2);

        GraphQlTester.Response first = graphQl.documentName("blastRadiusPage")
                .variable("targets", List.of(Map.of("kind", target.kind().name(), "key", target.key())))
                .variable("first", 2)
                .execute();
        first.path("blastRadius.totalCount").entity(Integer.class).isEqualTo(all.totalCount());
        first.path("blastRadius.deepest").entity(Integer.class).isEqualTo(all.deepest());
        first.path("blastRadius.items[*].depth")
                .entityList(Integer.class)
                .containsExactly(all.items().get(0).depth(), all.items().get(1).depth());
        first.path("blastRadius.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        String cursor = first.path("blastRadius.pageInfo.endCursor")
                .entity(String.class)
                .get();

        List<?> rest = graphQl.documentName("blastRadiusPage")
                .variable("targets", List.of(Map.of("kind", target.kind().name(), "key", target.key())))
                .variable("first", 100)
                .variable("after", cursor)
                .execute()
                .path("blastRadius.items")
                .entityList(Map.class)
                .get();
        assertThat(rest.stream().map(AnalyticsApiSliceTest::lastKeyOfPath).toList())
                .containsExactlyElementsOf(all.items().subList(2, all.items().size()).stream()
                        .map(AffectedNode::key)
                        .toList());
    }

    /** An affected node's path ends at the node itself. */
    private static String lastKeyOfPath(Object item) {
        List<?> path = (List<?>) ((Map<?, ?>) item).get("path");
        return (String) ((Map<?, ?>) path.getLast()).get("key");
    }

    @Test
    void aBlastRadiusPageHoldsUpToAThousandItemsAndItsSizeCountsAgainstTheCostBudget() {
        NodeRef target = hub();
        List<Map<String, String>> targets = List.of(Map.of("kind", target.kind().name(), "key", target.key()));
        int affected = new BlastRadiusEngine()
                .analyse(
                        SNAPSHOT,
                        new BlastRadiusRequest(List.of(target), Scenario.FAIL, Direction.DOWNSTREAM, null, 0, 0))
                .totalCount();

        GraphQlTester.Response page = graphQl.documentName("blastRadiusPage")
                .variable("targets", targets)
                .variable("first", BlastRadiusController.MAX_PAGE_SIZE)
                .execute();
        page.path("blastRadius.items").entityList(Object.class).hasSize(affected);
        page.path("blastRadius.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);

        graphQl.documentName("blastRadiusPage")
                .variable("targets", targets)
                .variable("first", BlastRadiusController.MAX_PAGE_SIZE + 1)
                .execute()
                .errors()
                .expect(error ->
                        error.getMessage() != null && error.getMessage().contains("first must be between 1 and 1000"))
                .verify();

        graphQl.documentName("blastRadiusPagesTwice")
                .variable("targets", targets)
                .execute()
                .errors()
                .expect(error -> error.getMessage() != null
                        && error.getMessage().contains("exceeds the budget")
                        && error.getMessage().contains("strata.graphql.max-cost"))
                .verify();
    }

    @Test
    void aSnapshotReadStoppedAtItsTimeoutIsReportedWithItsOwnSetting() {
        when(snapshots.snapshot((AsOf) isNull()))
                .thenThrow(new SnapshotReadTimedOutException(
                        "Bolt", java.time.Duration.ofMinutes(10), new IllegalStateException("stopped")));

        graphQl.documentName("blastRadiusPage")
                .variable("targets", List.of(Map.of("kind", "CAPABILITY", "key", hub().key())))
                .variable("first", 2)
                .execute()
                .errors()
                .expect(error -> error.getMessage() != null
                        && error.getMessage().contains("within 600 s (strata.analytics.snapshot-timeout)")
                        && !error.getMessage().contains("strata.analytics.timeout")
                        && "INTERNAL_ERROR".equals(String.valueOf(error.getErrorType())))
                .verify();
    }

    @Test
    void aBlastRadiusWithoutTargetsIsABadRequestNamingTheArgument() {
        graphQl.documentName("blastRadiusPage")
                .variable("targets", List.of())
                .execute()
                .errors()
                .expect(error -> error.getMessage() != null
                        && error.getMessage().contains("targets must name at least one")
                        && "BAD_REQUEST".equals(String.valueOf(error.getErrorType())))
                .verify();
    }

    @Test
    void aNegativeDepthIsRefusedBeforeAnySearch() {
        graphQl.documentName("blastRadiusPage")
                .variable("targets", List.of(Map.of("kind", "CAPABILITY", "key", hub().key())))
                .variable("maxDepth", -1)
                .execute()
                .errors()
                .expect(error ->
                        error.getMessage() != null && error.getMessage().contains("maxDepth must not be negative"))
                .verify();
    }

    @Test
    void layerViolationsAndCyclesAreTheEnginesAnswers() {
        var report = LayerViolations.find(SNAPSHOT);
        GraphQlTester.Response response =
                graphQl.documentName("layerViolationsAndCycles").execute();
        response.path("layerViolations.violations")
                .entityList(Object.class)
                .hasSize(report.violations().size());
        response.path("layerViolations.skippedLayerCount")
                .entity(Integer.class)
                .isEqualTo(report.skippedLayers().size());
        response.path("dependencyCycles")
                .entityList(Object.class)
                .hasSize(Cycles.find(SNAPSHOT).size());
    }

    @Test
    void deprecatedUsesPageByCursorToExactlyTheEnginesRowsAndCount() {
        LandscapeSnapshot risks = Fixtures.yaml("metrics-risks");
        when(snapshots.snapshot((AsOf) isNull())).thenReturn(risks);
        List<DeprecatedInUse> all = ReachRisks.deprecatedInUse(risks, ReachRisks.MAX_HOPS);
        assertThat(all).hasSizeGreaterThan(2);
        List<String> paged = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            GraphQlTester.Response page = graphQl.documentName("deprecatedInUsePage")
                    .variable("first", 2)
                    .variable("after", after)
                    .execute();
            page.path("structuralRisks.deprecatedInUsePage.totalCount")
                    .entity(Integer.class)
                    .isEqualTo(all.size());
            for (Object row : page.path("structuralRisks.deprecatedInUsePage.nodes")
                    .entityList(Map.class)
                    .get()) {
                Map<?, ?> fields = (Map<?, ?>) row;
                paged.add(fields.get("lifecycle") + "@" + fields.get("hops"));
            }
            more = page.path("structuralRisks.deprecatedInUsePage.pageInfo.hasNextPage")
                    .entity(Boolean.class)
                    .get();
            after = page.path("structuralRisks.deprecatedInUsePage.pageInfo.endCursor")
                    .entity(String.class)
                    .get();
        }
        assertThat(paged)
                .containsExactlyElementsOf(all.stream()
                        .map(row -> row.lifecycle() + "@" + row.hops())
                        .toList());
    }

    /** The capability with the largest blast radius in the example. */
    private static NodeRef hub() {
        BlastRadiusEngine engine = new BlastRadiusEngine();
        NodeRef best = null;
        long most = -1;
        for (int node : SNAPSHOT.nodes(NodeKind.CAPABILITY)) {
            NodeRef ref = new NodeRef(NodeKind.CAPABILITY, SNAPSHOT.key(node));
            long affected = engine.analyse(
                            SNAPSHOT,
                            new BlastRadiusRequest(List.of(ref), Scenario.FAIL, Direction.DOWNSTREAM, null, 0, 0))
                    .totalCount();
            if (affected > most) {
                most = affected;
                best = ref;
            }
        }
        return best;
    }
}
