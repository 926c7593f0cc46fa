package dev.strata.analytics.api;

import dev.strata.analytics.chains.ChainsResult;
import dev.strata.analytics.chains.DependencyChains;
import dev.strata.analytics.snapshot.LandscapeSnapshots;
import dev.strata.graphql.InvalidArgumentException;
import dev.strata.model.NodeKind;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code Query.dependencyChains}: chains down the stack from a consumer, capability or platform. */
@Controller
class DependencyChainsController {

    private static final Set<NodeKind> CHAIN_STARTS = EnumSet.of(NodeKind.CONSUMER, NodeKind.CAPABILITY, NodeKind.PLATFORM);

    private final LandscapeSnapshots snapshots;

    DependencyChainsController(LandscapeSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @QueryMapping
    ChainsResult dependencyChains(@Argument NodeKind kind, @Argument String key, @Argument int maxChains,
            @Argument int maxDepth) {
        if (!CHAIN_STARTS.contains(kind)) {
            throw new InvalidArgumentException("chains start from a CONSUMER, CAPABILITY or PLATFORM, not a " + kind);
        }
        InvalidArgumentException.requireBetween("maxChains", maxChains, 1, 1000);
        InvalidArgumentException.requireBetween("maxDepth", maxDepth, 1, DependencyChains.MAX_DEPTH);
        return DependencyChains.chainsFrom(snapshots.current(), kind, key, maxChains, maxDepth);
    }
}
