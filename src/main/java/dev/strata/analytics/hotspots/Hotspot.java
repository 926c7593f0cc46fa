package dev.strata.analytics.hotspots;

import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;

/**
 * A capability or platform with the size of its downstream blast radius (what
 * {@code BlastRadiusEngine} answers for it alone, unbounded in depth).
 *
 * @param affected       nodes in its downstream blast radius, itself included
 * @param consumers      consumers among them
 * @param tier1Consumers tier-1 consumers among them
 * @param severity       the blast radius's severity (10/3/1 per tier-1/2/3 consumer, 3/2/1 per capability)
 */
public record Hotspot(
        NodeKind kind, String key, String name, int affected, int consumers, int tier1Consumers, long severity) {

    public NodeRef ref() {
        return new NodeRef(kind, key);
    }
}
