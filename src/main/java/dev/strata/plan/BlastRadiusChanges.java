package dev.strata.plan;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.impact.BlastRadiusEngine;
import dev.strata.analytics.impact.BlastRadiusRequest;
import dev.strata.analytics.impact.BlastRadiusResult;
import dev.strata.analytics.impact.Direction;
import dev.strata.analytics.impact.Scenario;
import dev.strata.model.LandscapeDiff.Action;
import dev.strata.model.NodeRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The blast radius of what a change touches, on today's landscape: per capability the change removes or changes in
 * what its dependents rely on (lifecycle, tier, SLO target, dependencies, platform), and for all of them together.
 * Renaming or describing a capability touches no one.
 */
final class BlastRadiusChanges {

    final List<CapabilityImpact> capabilities = new ArrayList<>();
    int affected;
    int tier1Consumers;

    private BlastRadiusChanges() {}

    static BlastRadiusChanges of(ChangeScope scope, LandscapeSnapshot before) {
        BlastRadiusChanges changes = new BlastRadiusChanges();
        if (scope.touchedCapabilities.isEmpty()) {
            return changes;
        }
        BlastRadiusEngine engine = new BlastRadiusEngine();
        List<NodeRef> targets = new ArrayList<>();
        scope.touchedCapabilities.forEach((key, reasons) -> {
            NodeRef target = NodeRef.capability(key);
            targets.add(target);
            boolean removed = reasons.contains("removed");
            BlastRadiusResult result = engine.analyse(
                    before,
                    BlastRadiusRequest.downstream(target)
                            .withScenario(removed ? Scenario.FAIL : Scenario.CHANGE)
                            .withPage(0, 0));
            changes.capabilities.add(new CapabilityImpact(
                    key,
                    removed ? Action.REMOVE : Action.CHANGE,
                    reasons,
                    result.totalCount() - 1,
                    result.tier1Consumers(),
                    result.severity()));
        });
        changes.capabilities.sort(Comparator.comparingInt(CapabilityImpact::affected)
                .reversed()
                .thenComparing(CapabilityImpact::capabilityKey));
        BlastRadiusResult all = engine.analyse(
                before, new BlastRadiusRequest(targets, Scenario.CHANGE, Direction.DOWNSTREAM, null, 0, 0));
        changes.affected = all.totalCount() - targets.size();
        changes.tier1Consumers = all.tier1Consumers();
        return changes;
    }
}
