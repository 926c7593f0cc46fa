package dev.strata.plan;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.risk.TierInversion;
import dev.strata.model.NodeKind;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;

/**
 * Tier inversions a change introduces or removes: a consumer or capability of tier T relying, directly or at any
 * depth, on a capability of a numerically higher (less critical) tier (the Risks view's definition, without its hop
 * limit). Only the consumers and capabilities that rely on something whose tier or dependencies change are walked
 * again.
 */
final class TierInversionChanges {

    /** By source kind, source, then target. */
    final FirstInOrder<TierInversion> added;
    /** By source kind, source, then target. */
    final FirstInOrder<TierInversion> fixed;

    private TierInversionChanges(int listLimit) {
        added = new FirstInOrder<>(listLimit);
        fixed = new FirstInOrder<>(listLimit);
    }

    static TierInversionChanges of(ChangeScope scope, DependencyWalk before, DependencyWalk after, int listLimit) {
        TierInversionChanges changes = new TierInversionChanges(listLimit);
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
        return changes;
    }

    /**
     * Compares the source's inversions before and after by target key; records (with their paths) are made only for
     * the differences, while the walk that found them is still current.
     */
    private void compare(NodeKind kind, String key, DependencyWalk before, DependencyWalk after) {
        int now = after.snapshot().indexOf(kind, key);
        if (now < 0) {
            return;
        }
        int then = before.snapshot().indexOf(kind, key);
        Set<String> targetsBefore = new HashSet<>();
        if (then >= 0) {
            forEachInversion(
                    before, then, target -> targetsBefore.add(before.snapshot().key(target)));
        }
        forEachInversion(after, now, target -> {
            String targetKey = after.snapshot().key(target);
            if (!targetsBefore.remove(targetKey)) {
                added.offer(FirstInOrder.key(kind.name(), key, targetKey), () -> inversion(after, now, target));
            }
        });
        if (!targetsBefore.isEmpty()) {
            forEachInversion(before, then, target -> {
                String targetKey = before.snapshot().key(target);
                if (targetsBefore.contains(targetKey)) {
                    fixed.offer(FirstInOrder.key(kind.name(), key, targetKey), () -> inversion(before, then, target));
                }
            });
        }
    }

    /** Walks from the source and hands over each capability of a numerically higher tier it relies on. */
    private static void forEachInversion(DependencyWalk walk, int source, IntConsumer target) {
        LandscapeSnapshot snapshot = walk.snapshot();
        int tier = snapshot.tier(source);
        if (tier == 0) {
            return;
        }
        int count = walk.from(source);
        for (int i = 0; i < count; i++) {
            int reached = walk.reached(i);
            if (snapshot.tier(reached) > tier) {
                target.accept(reached);
            }
        }
    }

    private static TierInversion inversion(DependencyWalk walk, int source, int target) {
        LandscapeSnapshot snapshot = walk.snapshot();
        return new TierInversion(
                snapshot.kind(source).name(),
                snapshot.key(source),
                snapshot.tier(source),
                snapshot.key(target),
                snapshot.tier(target),
                walk.hops(target),
                walk.path(target));
    }
}
