package dev.strata.analytics.chains;

import org.jspecify.annotations.Nullable;

/**
 * A {@code DEPENDS_ON} relationship seen against the layer stack, with the layers of both capabilities' providing
 * platforms and the teams owning those platforms (null when unowned).
 */
public record LayerViolation(
        String fromCapability,
        String toCapability,
        String fromLayer,
        int fromRank,
        String toLayer,
        int toRank,
        @Nullable String fromTeam,
        @Nullable String toTeam) {}
