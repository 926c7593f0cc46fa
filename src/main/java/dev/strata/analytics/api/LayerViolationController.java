package dev.strata.analytics.api;

import dev.strata.analytics.chains.LayerViolation;
import dev.strata.analytics.chains.LayerViolationReport;
import dev.strata.analytics.chains.LayerViolations;
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
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code Query.layerViolations}: dependencies up the layer stack, and skipped layers. */
@Controller
class LayerViolationController {

    private final HistoricalSnapshots snapshots;
    private final NodeBatches nodes;

    LayerViolationController(HistoricalSnapshots snapshots, NodeBatches nodes) {
        this.snapshots = snapshots;
        this.nodes = nodes;
    }

    @QueryMapping
    LayerViolationReport layerViolations(@Argument @Nullable AsOf asOf) {
        return LayerViolations.find(snapshots.snapshot(asOf));
    }

    @SchemaMapping(typeName = "LayerViolationReport")
    List<LayerViolation> violations(
            LayerViolationReport report, @Argument @Nullable Integer first, @Argument int offset) {
        return ListWindow.of(report.violations(), first, offset);
    }

    @SchemaMapping(typeName = "LayerViolationReport")
    int violationCount(LayerViolationReport report) {
        return report.violations().size();
    }

    @BatchMapping
    Map<LayerViolation, LandscapeNode> dependent(List<LayerViolation> violations) {
        return nodes.one(violations, v -> NodeBatches.ref(NodeKind.CAPABILITY, v.fromCapability()));
    }

    @BatchMapping
    Map<LayerViolation, LandscapeNode> dependency(List<LayerViolation> violations) {
        return nodes.one(violations, v -> NodeBatches.ref(NodeKind.CAPABILITY, v.toCapability()));
    }

    @BatchMapping
    Map<LayerViolation, LandscapeNode> dependentLayer(List<LayerViolation> violations) {
        return nodes.one(violations, v -> NodeBatches.ref(NodeKind.LAYER, v.fromLayer()));
    }

    @BatchMapping
    Map<LayerViolation, LandscapeNode> dependencyLayer(List<LayerViolation> violations) {
        return nodes.one(violations, v -> NodeBatches.ref(NodeKind.LAYER, v.toLayer()));
    }

    @BatchMapping
    Map<LayerViolation, LandscapeNode> dependentOwner(List<LayerViolation> violations) {
        return nodes.one(violations, v -> NodeBatches.ref(NodeKind.TEAM, v.fromTeam()));
    }

    @BatchMapping
    Map<LayerViolation, LandscapeNode> dependencyOwner(List<LayerViolation> violations) {
        return nodes.one(violations, v -> NodeBatches.ref(NodeKind.TEAM, v.toTeam()));
    }
}
