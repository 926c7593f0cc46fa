package dev.strata.plan;

/**
 * How many findings each list of a {@link LandscapeImpact} has in all. A list holds at most the impact's
 * {@code listLimit} first ones; these counts are exact however large the change.
 */
public record ImpactTotals(
        int blastRadius,
        int newDeprecatedUse,
        int fixedDeprecatedUse,
        int newSinglePointsOfFailure,
        int fixedSinglePointsOfFailure,
        int newLayerViolations,
        int fixedLayerViolations,
        int newCycles,
        int fixedCycles,
        int newTierInversions,
        int fixedTierInversions,
        int newOwnershipAmbiguity,
        int fixedOwnershipAmbiguity,
        int loadChanges) {

    /** Nothing found. */
    public static final ImpactTotals NONE = new ImpactTotals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
