package dev.strata.analytics.chains;

import java.util.List;

/**
 * Result of {@link LayerViolations#find}: both lists ordered by dependent capability key, then dependency key.
 *
 * @param violations    dependencies from a lower-ranked layer to a higher-ranked one (upward)
 * @param skippedLayers warnings: dependencies that go down by more than one rank
 */
public record LayerViolationReport(List<LayerViolation> violations, List<LayerViolation> skippedLayers) {

    public LayerViolationReport {
        violations = List.copyOf(violations);
        skippedLayers = List.copyOf(skippedLayers);
    }

    /** How many dependencies skip layers: a dashboard counts them without listing thousands of them. */
    public int skippedLayerCount() {
        return skippedLayers.size();
    }
}
