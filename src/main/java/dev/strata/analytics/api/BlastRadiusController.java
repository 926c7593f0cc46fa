package dev.strata.analytics.api;

import dev.strata.analytics.impact.AffectedNode;
import dev.strata.analytics.impact.BlastRadiusEngine;
import dev.strata.analytics.impact.BlastRadiusRequest;
import dev.strata.analytics.impact.BlastRadiusResult;
import dev.strata.analytics.impact.Direction;
import dev.strata.analytics.impact.Scenario;
import dev.strata.analytics.impact.Totals;
import dev.strata.graphql.Connection;
import dev.strata.graphql.InvalidArgumentException;
import dev.strata.graphql.LandscapeNode;
import dev.strata.graphql.Paging;
import dev.strata.history.AsOf;
import dev.strata.history.HistoricalSnapshots;
import dev.strata.model.NodeRef;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code Query.blastRadius}: what the targets' failure or change affects, from the in-memory snapshot. */
@Controller
class BlastRadiusController {

    /**
     * Items per page at most: a dashboard draws up to a thousand affected nodes, and ten sequential pages of a hundred
     * cost it seconds at 100,000 nodes where one page costs one search and one lookup per node kind. The query cost
     * counts the page size (see {@code QueryCost}), so a large page is paid for in the request's budget.
     */
    static final int MAX_PAGE_SIZE = 1000;

    private final HistoricalSnapshots snapshots;
    private final BlastRadiusEngine engine = new BlastRadiusEngine();
    private final NodeBatches nodes;

    BlastRadiusController(HistoricalSnapshots snapshots, NodeBatches nodes) {
        this.snapshots = snapshots;
        this.nodes = nodes;
    }

    @QueryMapping
    BlastRadius blastRadius(@Argument BlastRadiusInput input, @Argument @Nullable AsOf asOf) {
        check(input);
        Paging paging = Paging.of(input.first(), input.after(), MAX_PAGE_SIZE);
        BlastRadiusResult result = engine.analyse(
                snapshots.snapshot(asOf),
                new BlastRadiusRequest(
                        input.targets(),
                        input.scenario(),
                        input.direction(),
                        input.maxDepth(),
                        paging.offset(),
                        paging.limit()));
        Connection<AffectedNode> page = Connection.of(result.items(), paging, result.totalCount());
        return new BlastRadius(
                result.targets(),
                result.direction(),
                result.scenario(),
                result.maxDepth(),
                result.totalCount(),
                result.tier1Consumers(),
                result.severity(),
                result.deepest(),
                result.totals(),
                result.items(),
                page.pageInfo());
    }

    private static void check(BlastRadiusInput input) {
        if (input.targets().isEmpty()) {
            throw new InvalidArgumentException(
                    "targets must name at least one capability, platform, team, consumer or layer");
        }
        for (NodeRef target : input.targets()) {
            if (!BlastRadiusRequest.TARGET_KINDS.contains(target.kind())) {
                throw new InvalidArgumentException(
                        "a blast-radius target cannot be a " + target.kind() + " (" + target.key() + ")");
            }
        }
        if (input.maxDepth() != null && input.maxDepth() < 0) {
            throw new InvalidArgumentException("maxDepth must not be negative, was " + input.maxDepth());
        }
    }

    @BatchMapping(typeName = "AffectedNode", field = "node")
    Map<AffectedNode, LandscapeNode> affectedNode(List<AffectedNode> items) {
        return nodes.one(items, AffectedNode::ref);
    }

    @BatchMapping(typeName = "NodeRef", field = "node")
    Map<NodeRef, LandscapeNode> referencedNode(List<NodeRef> refs) {
        return nodes.one(refs, ref -> ref);
    }

    record BlastRadiusInput(
            List<NodeRef> targets,
            Scenario scenario,
            Direction direction,
            @Nullable Integer maxDepth,
            @Nullable Integer first,
            @Nullable String after) {}

    record BlastRadius(
            List<NodeRef> targets,
            Direction direction,
            Scenario scenario,
            @Nullable Integer maxDepth,
            int totalCount,
            int tier1Consumers,
            long severity,
            int deepest,
            Totals totals,
            List<AffectedNode> items,
            Connection.PageInfo pageInfo) {}
}
