package dev.strata.analytics.api;

import dev.strata.analytics.chains.Cycles;
import dev.strata.analytics.chains.DependencyCycle;
import dev.strata.graphql.LandscapeNode;
import dev.strata.history.AsOf;
import dev.strata.history.HistoricalSnapshots;
import dev.strata.model.NodeKind;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code Query.dependencyCycles}: every dependency cycle once. */
@Controller
class DependencyCycleController {

    private final HistoricalSnapshots snapshots;
    private final NodeBatches nodes;

    DependencyCycleController(HistoricalSnapshots snapshots, NodeBatches nodes) {
        this.snapshots = snapshots;
        this.nodes = nodes;
    }

    @QueryMapping
    List<DependencyCycle> dependencyCycles(@Argument @Nullable AsOf asOf) {
        return Cycles.find(snapshots.snapshot(asOf));
    }

    @BatchMapping(typeName = "DependencyCycle", field = "capabilities")
    Map<DependencyCycle, List<LandscapeNode>> capabilities(List<DependencyCycle> cycles) {
        return nodes.many(cycles, cycle -> NodeBatches.refs(NodeKind.CAPABILITY, cycle.members()));
    }

    @BatchMapping(typeName = "DependencyCycle", field = "cycle")
    Map<DependencyCycle, List<LandscapeNode>> cycle(List<DependencyCycle> cycles) {
        return nodes.many(cycles, cycle -> NodeBatches.refs(NodeKind.CAPABILITY, cycle.path()));
    }
}
