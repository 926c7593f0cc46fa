package dev.strata.analytics.api;

import dev.strata.analytics.chains.Chain;
import dev.strata.analytics.chains.ChainsResult;
import dev.strata.analytics.chains.DependencyChains;
import dev.strata.graphql.InvalidArgumentException;
import dev.strata.graphql.LandscapeNode;
import dev.strata.history.AsOf;
import dev.strata.history.HistoricalSnapshots;
import dev.strata.model.NodeKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code Query.dependencyChains}: chains down the stack from a consumer, capability or platform. */
@Controller
class DependencyChainsController {

    private static final Set<NodeKind> CHAIN_STARTS =
            EnumSet.of(NodeKind.CONSUMER, NodeKind.CAPABILITY, NodeKind.PLATFORM);

    private final HistoricalSnapshots snapshots;
    private final NodeBatches nodes;

    DependencyChainsController(HistoricalSnapshots snapshots, NodeBatches nodes) {
        this.snapshots = snapshots;
        this.nodes = nodes;
    }

    @QueryMapping
    ChainsResult dependencyChains(
            @Argument NodeKind kind,
            @Argument String key,
            @Argument int maxChains,
            @Argument int maxDepth,
            @Argument @Nullable AsOf asOf) {
        if (!CHAIN_STARTS.contains(kind)) {
            throw new InvalidArgumentException("chains start from a CONSUMER, CAPABILITY or PLATFORM, not a " + kind);
        }
        InvalidArgumentException.requireBetween("maxChains", maxChains, 1, 1000);
        InvalidArgumentException.requireBetween("maxDepth", maxDepth, 1, DependencyChains.MAX_DEPTH);
        return DependencyChains.chainsFrom(snapshots.snapshot(asOf), kind, key, maxChains, maxDepth);
    }

    @BatchMapping(typeName = "Chain", field = "capabilityNodes")
    Map<Chain, List<LandscapeNode>> capabilityNodes(List<Chain> chains) {
        return nodes.many(chains, chain -> NodeBatches.refs(NodeKind.CAPABILITY, chain.capabilities()));
    }

    @BatchMapping(typeName = "Chain", field = "layerNodes")
    Map<Chain, List<LandscapeNode>> layerNodes(List<Chain> chains) {
        return nodes.many(chains, chain -> NodeBatches.refs(NodeKind.LAYER, chain.layers()));
    }

    @BatchMapping(typeName = "DependencyChains", field = "startCapabilityNodes")
    Map<ChainsResult, List<LandscapeNode>> startCapabilityNodes(List<ChainsResult> results) {
        return nodes.many(results, result -> NodeBatches.refs(NodeKind.CAPABILITY, result.startCapabilities()));
    }
}
