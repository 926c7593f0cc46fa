package dev.strata.analytics.risk;

import java.util.List;

/**
 * A consumer or capability relying on a capability of a numerically higher (less critical) tier.
 *
 * @param sourceKind {@code CONSUMER} or {@code CAPABILITY}
 * @param sourceKey  the relying node
 * @param sourceTier its tier
 * @param targetKey  the capability relied on
 * @param targetTier its tier, greater than sourceTier
 * @param hops       relationships on the shortest path (1 = direct)
 * @param path       keys from the source to the target
 */
public record TierInversion(
        String sourceKind,
        String sourceKey,
        int sourceTier,
        String targetKey,
        int targetTier,
        int hops,
        List<String> path) {

    public TierInversion {
        path = List.copyOf(path);
    }
}
