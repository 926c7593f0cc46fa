package dev.strata.analytics.chains;

import dev.strata.model.NodeRef;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Dependency chains from one node.
 *
 * @param start             the node asked about
 * @param startCapabilities the capabilities the chains start at (the node itself, what a platform provides, what
 *                          a consumer consumes), by key
 * @param chains            at most the requested number of chains, in depth-first order (dependencies by key)
 * @param truncated         whether more chains exist than were returned
 * @param chainCount        number of chains ending at a capability without dependencies or in a cycle, counted
 *                          without enumerating them; exact when no cycle is reachable, saturates at
 *                          {@link Long#MAX_VALUE}
 * @param longest           a longest chain (most hops; ties: first in depth-first order), not bounded by the depth
 *                          limit; exact when no cycle is reachable, otherwise a long cycle-free chain; null when
 *                          there is no start capability
 */
public record ChainsResult(
        NodeRef start,
        List<String> startCapabilities,
        List<Chain> chains,
        boolean truncated,
        long chainCount,
        @Nullable Chain longest) {

    public ChainsResult {
        startCapabilities = List.copyOf(startCapabilities);
        chains = List.copyOf(chains);
    }
}
