package dev.strata.plan;

import java.util.List;

/**
 * A consumer relying on a deprecated or retired capability, directly or through dependencies at any depth, that a
 * change starts (new) or ends (fixed).
 *
 * @param consumerKey   the consumer
 * @param capabilityKey the deprecated or retired capability
 * @param lifecycle     {@code DEPRECATED} or {@code RETIRED} (for a fixed use: what it was)
 * @param hops          relationships on a shortest path from the consumer to it (1 = consumed directly)
 * @param path          the consumer's key, then the capability keys down to it (after the change for a new use,
 *                      before it for a fixed one)
 * @param cause         {@code LIFECYCLE} (the capability's lifecycle changed), {@code DEPENDENCY} (a consumption or
 *                      dependency on the way was added or removed, or the consumer is new) or {@code REMOVED} (the
 *                      capability is removed)
 */
public record DeprecatedUse(
        String consumerKey, String capabilityKey, String lifecycle, int hops, List<String> path, String cause) {

    public DeprecatedUse {
        path = List.copyOf(path);
    }
}
