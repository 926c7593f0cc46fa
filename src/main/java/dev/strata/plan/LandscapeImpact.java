package dev.strata.plan;

import dev.strata.analytics.chains.Cycles;
import dev.strata.analytics.chains.DependencyCycle;
import dev.strata.analytics.chains.LayerViolation;
import dev.strata.analytics.chains.LayerViolations;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.load.CognitiveLoadModel;
import dev.strata.analytics.risk.TierInversion;
import dev.strata.analytics.scorecard.ScorecardRules;
import dev.strata.model.Landscape;
import dev.strata.model.LandscapeDiff;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a change does, in both directions (what it introduces and what it fixes), computed with the analytics on
 * in-memory snapshots of the landscape before and after it. Every list is sorted, so equal changes give equal
 * impacts.
 *
 * @param affected                   nodes affected by the change as a whole: the union of the blast radii of
 *                                   {@code blastRadius}, the touched capabilities themselves excluded
 * @param affectedTier1Consumers     tier-1 consumers among them
 * @param blastRadius                per capability the change removes or changes in what its dependents rely on,
 *                                   largest first
 * @param newDeprecatedUse           consumers newly relying on a deprecated or retired capability, at any depth
 * @param fixedDeprecatedUse         consumers no longer relying on one
 * @param newSinglePointsOfFailure   capabilities that become critical for consumers (who lost their alternative)
 * @param fixedSinglePointsOfFailure capabilities that stop being critical for consumers
 * @param newLayerViolations         upward dependencies the change introduces
 * @param fixedLayerViolations       upward dependencies the change removes
 * @param newCycles                  dependency cycles the change introduces (or enlarges)
 * @param fixedCycles                dependency cycles the change breaks (or changes)
 * @param newTierInversions          tier inversions the change introduces, at any depth
 * @param fixedTierInversions        tier inversions the change removes
 * @param newOwnershipAmbiguity      categories a platform joins while several offer them
 * @param fixedOwnershipAmbiguity    categories a platform leaves while several offered them
 * @param loadChanges                teams whose cognitive-load band changes
 * @param scorecardChanges           platforms whose scorecard level changes, drops flagged
 */
public record LandscapeImpact(
        int affected,
        int affectedTier1Consumers,
        List<CapabilityImpact> blastRadius,
        List<DeprecatedUse> newDeprecatedUse,
        List<DeprecatedUse> fixedDeprecatedUse,
        List<SinglePointChange> newSinglePointsOfFailure,
        List<SinglePointChange> fixedSinglePointsOfFailure,
        List<LayerViolation> newLayerViolations,
        List<LayerViolation> fixedLayerViolations,
        List<DependencyCycle> newCycles,
        List<DependencyCycle> fixedCycles,
        List<TierInversion> newTierInversions,
        List<TierInversion> fixedTierInversions,
        List<OwnershipChange> newOwnershipAmbiguity,
        List<OwnershipChange> fixedOwnershipAmbiguity,
        List<LoadChange> loadChanges,
        List<ScorecardChange> scorecardChanges) {

    /** The impact of a change that changes nothing. */
    public static final LandscapeImpact NONE = new LandscapeImpact(
            0, 0, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public LandscapeImpact {
        blastRadius = List.copyOf(blastRadius);
        newDeprecatedUse = List.copyOf(newDeprecatedUse);
        fixedDeprecatedUse = List.copyOf(fixedDeprecatedUse);
        newSinglePointsOfFailure = List.copyOf(newSinglePointsOfFailure);
        fixedSinglePointsOfFailure = List.copyOf(fixedSinglePointsOfFailure);
        newLayerViolations = List.copyOf(newLayerViolations);
        fixedLayerViolations = List.copyOf(fixedLayerViolations);
        newCycles = List.copyOf(newCycles);
        fixedCycles = List.copyOf(fixedCycles);
        newTierInversions = List.copyOf(newTierInversions);
        fixedTierInversions = List.copyOf(fixedTierInversions);
        newOwnershipAmbiguity = List.copyOf(newOwnershipAmbiguity);
        fixedOwnershipAmbiguity = List.copyOf(fixedOwnershipAmbiguity);
        loadChanges = List.copyOf(loadChanges);
        scorecardChanges = List.copyOf(scorecardChanges);
    }

    /** The impact of the diff on the landscape before it. */
    public static LandscapeImpact of(
            Landscape before, LandscapeDiff diff, CognitiveLoadModel loadModel, ScorecardRules scorecards) {
        if (!diff.hasChanges()) {
            return NONE;
        }
        ChangeScope scope = ChangeScope.of(before, diff);
        LandscapeSnapshot snapshotBefore = LandscapeSnapshot.of(before);
        LandscapeSnapshot snapshotAfter = LandscapeSnapshot.of(diff.after());
        DependencyWalk walkBefore = new DependencyWalk(snapshotBefore);
        DependencyWalk walkAfter = new DependencyWalk(snapshotAfter);
        BlastRadiusChanges blast = BlastRadiusChanges.of(scope, snapshotBefore);
        DeprecatedUseChanges deprecated = DeprecatedUseChanges.of(scope, walkBefore, walkAfter);
        SinglePointChanges singlePoints = SinglePointChanges.of(scope, walkBefore, walkAfter);
        TierInversionChanges tiers = TierInversionChanges.of(scope, walkBefore, walkAfter);
        OwnershipChanges ownership = OwnershipChanges.of(scope, before, snapshotBefore, diff.after(), snapshotAfter);
        List<LayerViolation> violationsBefore =
                LayerViolations.find(snapshotBefore).violations();
        List<LayerViolation> violationsAfter =
                LayerViolations.find(snapshotAfter).violations();
        List<DependencyCycle> cyclesBefore = Cycles.find(snapshotBefore);
        List<DependencyCycle> cyclesAfter = Cycles.find(snapshotAfter);
        Function<LayerViolation, String> violation = v -> v.fromCapability() + "->" + v.toCapability();
        Function<DependencyCycle, Set<String>> cycle = c -> new TreeSet<>(c.members());
        return new LandscapeImpact(
                blast.affected,
                blast.tier1Consumers,
                blast.capabilities,
                deprecated.added,
                deprecated.fixed,
                singlePoints.added,
                singlePoints.fixed,
                difference(violationsAfter, violationsBefore, violation),
                difference(violationsBefore, violationsAfter, violation),
                difference(cyclesAfter, cyclesBefore, cycle),
                difference(cyclesBefore, cyclesAfter, cycle),
                tiers.added,
                tiers.fixed,
                ownership.added,
                ownership.fixed,
                LoadChanges.between(snapshotBefore, snapshotAfter, loadModel),
                ScorecardChanges.between(snapshotBefore, snapshotAfter, scorecards));
    }

    /** Whether the change does anything the impact reports. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    private static <T> List<T> difference(List<T> these, List<T> those, Function<T, ?> key) {
        Set<?> known = those.stream().map(key).collect(Collectors.toSet());
        return these.stream().filter(t -> !known.contains(key.apply(t))).toList();
    }
}
