package dev.strata.plan;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.Lifecycle;
import dev.strata.model.NodeKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Consumers newly relying on a deprecated or retired capability, and consumers freed from one, at any depth: the
 * definition of the Risks view's "deprecated in use" (a path of CONSUMES then DEPENDS_ON relationships), without its
 * hop limit. Only consumers that rely on something the change touches are walked again, before and after.
 */
final class DeprecatedUseChanges {

    static final String LIFECYCLE = "LIFECYCLE";
    static final String DEPENDENCY = "DEPENDENCY";
    static final String REMOVED = "REMOVED";

    final List<DeprecatedUse> added = new ArrayList<>();
    final List<DeprecatedUse> fixed = new ArrayList<>();

    private DeprecatedUseChanges() {
    }

    static DeprecatedUseChanges of(ChangeScope scope, DependencyWalk before, DependencyWalk after) {
        DeprecatedUseChanges changes = new DeprecatedUseChanges();
        Set<String> seeds = new TreeSet<>(scope.lifecycleChanged);
        seeds.addAll(scope.structure());
        Set<String> consumers = new TreeSet<>(scope.consumersChanged);
        if (!seeds.isEmpty()) {
            consumers.addAll(DependencyWalk.reliantOn(before.snapshot(), seeds).consumers());
            consumers.addAll(DependencyWalk.reliantOn(after.snapshot(), seeds).consumers());
        }
        for (String consumer : consumers) {
            int now = after.snapshot().indexOf(NodeKind.CONSUMER, consumer);
            if (now < 0) {
                continue; // a removed consumer relies on nothing; its removal is in the diff
            }
            int then = before.snapshot().indexOf(NodeKind.CONSUMER, consumer);
            Map<String, DeprecatedUse> usesAfter = uses(after, now, scope);
            Map<String, DeprecatedUse> usesBefore = then < 0 ? Map.of() : uses(before, then, scope);
            usesAfter.forEach((capability, use) -> {
                DeprecatedUse old = usesBefore.get(capability);
                if (old == null || !old.lifecycle().equals(use.lifecycle())) {
                    changes.added.add(use);
                }
            });
            usesBefore.forEach((capability, use) -> {
                if (!usesAfter.containsKey(capability)) {
                    int index = after.snapshot().indexOf(NodeKind.CAPABILITY, capability);
                    changes.fixed.add(index < 0 ? withCause(use, REMOVED) : use);
                }
            });
        }
        Comparator<DeprecatedUse> order = Comparator.comparing(DeprecatedUse::capabilityKey)
                .thenComparing(DeprecatedUse::consumerKey);
        changes.added.sort(order);
        changes.fixed.sort(order);
        return changes;
    }

    /** The deprecated and retired capabilities a consumer relies on, by key, each with a shortest path. */
    private static Map<String, DeprecatedUse> uses(DependencyWalk walk, int consumer, ChangeScope scope) {
        LandscapeSnapshot snapshot = walk.snapshot();
        Map<String, DeprecatedUse> uses = new LinkedHashMap<>();
        int count = walk.from(consumer);
        for (int i = 0; i < count; i++) {
            int capability = walk.reached(i);
            Lifecycle lifecycle = snapshot.lifecycle(capability);
            if (lifecycle == Lifecycle.DEPRECATED || lifecycle == Lifecycle.RETIRED) {
                String key = snapshot.key(capability);
                uses.put(key, new DeprecatedUse(snapshot.key(consumer), key, lifecycle.name(),
                        walk.hops(capability), walk.path(capability),
                        scope.lifecycleChanged.contains(key) ? LIFECYCLE : DEPENDENCY));
            }
        }
        return uses;
    }

    private static DeprecatedUse withCause(DeprecatedUse use, String cause) {
        return new DeprecatedUse(use.consumerKey(), use.capabilityKey(), use.lifecycle(), use.hops(), use.path(),
                cause);
    }
}
