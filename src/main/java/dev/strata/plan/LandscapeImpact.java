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
 * impacts, and holds at most {@code listLimit} findings, the first in its order; {@code totals} counts them all. A
 * first apply of a large landscape introduces millions of findings (3.6 million new tier inversions at scale M):
 * they are counted, not listed.
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
 * @param totals                     how many findings each list has in all
 * @param listLimit                  the most findings a list holds
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
        List<ScorecardChange> scorecardChanges,
        ImpactTotals totals,
        int listLimit) {

    /** The most findings each list holds unless asked otherwise: more than a reviewer reads, few enough to send. */
    public static final int LIST_LIMIT = 1_000;

    /** The impact of a change that changes nothing. */
    public static final LandscapeImpact NONE = empty(LIST_LIMIT);

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

    /** The impact of the diff on the landscape before it, each list holding at most {@link #LIST_LIMIT} findings. */
    public static LandscapeImpact of(
            Landscape before, LandscapeDiff diff, CognitiveLoadModel loadModel, ScorecardRules scorecards) {
        return of(before, diff, loadModel, scorecards, LIST_LIMIT);
    }

    /** The impact of the diff on the landscape before it, each list holding at most {@code listLimit} findings. */
    public static LandscapeImpact of(
            Landscape before,
            LandscapeDiff diff,
            CognitiveLoadModel loadModel,
            ScorecardRules scorecards,
            int listLimit) {
        if (!diff.hasChanges()) {
            return listLimit == LIST_LIMIT ? NONE : empty(listLimit);
        }
        ChangeScope scope = ChangeScope.of(before, diff);
        LandscapeSnapshot snapshotBefore = LandscapeSnapshot.of(before);
        LandscapeSnapshot snapshotAfter = LandscapeSnapshot.of(diff.after());
        DependencyWalk walkBefore = new DependencyWalk(snapshotBefore);
        DependencyWalk walkAfter = new DependencyWalk(snapshotAfter);
        BlastRadiusChanges blast = BlastRadiusChanges.of(scope, snapshotBefore);
        DeprecatedUseChanges deprecated = DeprecatedUseChanges.of(scope, walkBefore, walkAfter, listLimit);
        SinglePointChanges singlePoints = SinglePointChanges.of(scope, walkBefore, walkAfter, listLimit);
        TierInversionChanges tiers = TierInversionChanges.of(scope, walkBefore, walkAfter, listLimit);
        OwnershipChanges ownership = OwnershipChanges.of(scope, before, snapshotBefore, diff.after(), snapshotAfter);
        List<LayerViolation> violationsBefore =
                LayerViolations.find(snapshotBefore).violations();
        List<LayerViolation> violationsAfter =
                LayerViolations.find(snapshotAfter).violations();
        List<DependencyCycle> cyclesBefore = Cycles.find(snapshotBefore);
        List<DependencyCycle> cyclesAfter = Cycles.find(snapshotAfter);
        Function<LayerViolation, String> violation = v -> v.fromCapability() + "->" + v.toCapability();
        Function<DependencyCycle, Set<String>> cycle = c -> new TreeSet<>(c.members());
        List<LayerViolation> newViolations = difference(violationsAfter, violationsBefore, violation);
        List<LayerViolation> fixedViolations = difference(violationsBefore, violationsAfter, violation);
        List<DependencyCycle> newCycles = difference(cyclesAfter, cyclesBefore, cycle);
        List<DependencyCycle> fixedCycles = difference(cyclesBefore, cyclesAfter, cycle);
        List<LoadChange> loadChanges = LoadChanges.between(snapshotBefore, snapshotAfter, loadModel);
        ImpactTotals totals = new ImpactTotals(
                blast.capabilities.size(),
                deprecated.added.total(),
                deprecated.fixed.total(),
                singlePoints.addedTotal,
                singlePoints.fixedTotal,
                newViolations.size(),
                fixedViolations.size(),
                newCycles.size(),
                fixedCycles.size(),
                tiers.added.total(),
                tiers.fixed.total(),
                ownership.added.size(),
                ownership.fixed.size(),
                loadChanges.size());
        return new LandscapeImpact(
                blast.affected,
                blast.tier1Consumers,
                FirstInOrder.first(blast.capabilities, listLimit),
                deprecated.added.first(),
                deprecated.fixed.first(),
                singlePoints.added,
                singlePoints.fixed,
                FirstInOrder.first(newViolations, listLimit),
                FirstInOrder.first(fixedViolations, listLimit),
                FirstInOrder.first(newCycles, listLimit),
                FirstInOrder.first(fixedCycles, listLimit),
                tiers.added.first(),
                tiers.fixed.first(),
                FirstInOrder.first(ownership.added, listLimit),
                FirstInOrder.first(ownership.fixed, listLimit),
                FirstInOrder.first(loadChanges, listLimit),
                ScorecardChanges.between(snapshotBefore, snapshotAfter, scorecards),
                totals,
                listLimit);
    }

    /** Whether some list holds fewer findings than there are. */
    public boolean truncated() {
        return totals.blastRadius() > blastRadius.size()
                || totals.newDeprecatedUse() > newDeprecatedUse.size()
                || totals.fixedDeprecatedUse() > fixedDeprecatedUse.size()
                || totals.newSinglePointsOfFailure() > newSinglePointsOfFailure.size()
                || totals.fixedSinglePointsOfFailure() > fixedSinglePointsOfFailure.size()
                || totals.newLayerViolations() > newLayerViolations.size()
                || totals.fixedLayerViolations() > fixedLayerViolations.size()
                || totals.newCycles() > newCycles.size()
                || totals.fixedCycles() > fixedCycles.size()
                || totals.newTierInversions() > newTierInversions.size()
                || totals.fixedTierInversions() > fixedTierInversions.size()
                || totals.newOwnershipAmbiguity() > newOwnershipAmbiguity.size()
                || totals.fixedOwnershipAmbiguity() > fixedOwnershipAmbiguity.size()
                || totals.loadChanges() > loadChanges.size();
    }

    /** Whether the change does anything the impact reports. */
    public boolean isEmpty() {
        return affected == 0 && totals.equals(ImpactTotals.NONE) && scorecardChanges.isEmpty();
    }

    private static LandscapeImpact empty(int listLimit) {
        return new LandscapeImpact(
                0,
                0,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                ImpactTotals.NONE,
                listLimit);
    }

    private static <T> List<T> difference(List<T> these, List<T> those, Function<T, ?> key) {
        Set<?> known = those.stream().map(key).collect(Collectors.toSet());
        return these.stream().filter(t -> !known.contains(key.apply(t))).toList();
    }
}
