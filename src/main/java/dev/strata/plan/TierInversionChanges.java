package dev.strata.plan;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.risk.TierInversion;
import dev.strata.model.NodeKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tier inversions a change introduces or removes: a consumer or capability of tier T relying, directly or at any
 * depth, on a capability of a numerically higher (less critical) tier (the Risks view's definition, without its hop
 * limit). Only the consumers and capabilities that rely on something whose tier or dependencies change are walked
 * again.
 */
final class TierInversionChanges {

    final List<TierInversion> added = new ArrayList<>();
    final List<TierInversion> fixed = new ArrayList<>();

    private TierInversionChanges() {
    }

    static TierInversionChanges of(ChangeScope scope, DependencyWalk before, DependencyWalk after) {
        TierInversionChanges changes = new TierInversionChanges();
        Set<String> seeds = new TreeSet<>(scope.capabilityTierChanged);
        seeds.addAll(scope.structure());
        DependencyWalk.Reliant sources = new DependencyWalk.Reliant(Set.of(), scope.consumersChanged);
        if (!seeds.isEmpty()) {
            sources = sources.with(DependencyWalk.reliantOn(before.snapshot(), seeds))
                    .with(DependencyWalk.reliantOn(after.snapshot(), seeds));
        }
        for (String consumer : sources.consumers()) {
            changes.compare(NodeKind.CONSUMER, consumer, before, after);
        }
        for (String capability : sources.capabilities()) {
            changes.compare(NodeKind.CAPABILITY, capability, before, after);
        }
        Comparator<TierInversion> order = Comparator.comparing(TierInversion::sourceKind)
                .thenComparing(TierInversion::sourceKey).thenComparing(TierInversion::targetKey);
        changes.added.sort(order);
        changes.fixed.sort(order);
        return changes;
    }

    private void compare(NodeKind kind, String key, DependencyWalk before, DependencyWalk after) {
        int now = after.snapshot().indexOf(kind, key);
        if (now < 0) {
            return;
        }
        int then = before.snapshot().indexOf(kind, key);
        Map<String, TierInversion> inversionsAfter = inversions(after, now);
        Map<String, TierInversion> inversionsBefore = then < 0 ? Map.of() : inversions(before, then);
        inversionsAfter.forEach((target, inversion) -> {
            if (!inversionsBefore.containsKey(target)) {
                added.add(inversion);
            }
        });
        inversionsBefore.forEach((target, inversion) -> {
            if (!inversionsAfter.containsKey(target)) {
                fixed.add(inversion);
            }
        });
    }

    /** The capabilities of a numerically higher tier the source relies on, by key, each with a shortest path. */
    private static Map<String, TierInversion> inversions(DependencyWalk walk, int source) {
        LandscapeSnapshot snapshot = walk.snapshot();
        int tier = snapshot.tier(source);
        Map<String, TierInversion> inversions = new LinkedHashMap<>();
        if (tier == 0) {
            return inversions;
        }
        int count = walk.from(source);
        for (int i = 0; i < count; i++) {
            int target = walk.reached(i);
            if (snapshot.tier(target) > tier) {
                inversions.put(snapshot.key(target), new TierInversion(snapshot.kind(source).name(),
                        snapshot.key(source), tier, snapshot.key(target), snapshot.tier(target),
                        walk.hops(target), walk.path(target)));
            }
        }
        return inversions;
    }
}
