package dev.strata.analytics.risk;

import org.jspecify.annotations.Nullable;

/**
 * A capability with no consumers and no dependents.
 *
 * @param capabilityKey  the capability
 * @param capabilityName its name
 * @param lifecycle      its lifecycle
 * @param platformKey    its providing platform, null if none
 */
public record UnusedCapability(
        String capabilityKey,
        @Nullable String capabilityName,
        @Nullable String lifecycle,
        @Nullable String platformKey) {}
