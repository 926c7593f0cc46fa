package dev.strata.plan;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.Lifecycle;
import dev.strata.model.NodeKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Consumers newly relying on a deprecated or retired capability, and consumers freed from one, at any depth: the
 * definition of the Risks view's "deprecated in use" (a path of CONSUMES then DEPENDS_ON relationships), without its
 * hop limit. Only consumers that rely on something the change touches are walked again, before and after.
 */
final class DeprecatedUseChanges {

    static final String LIFECYCLE = "LIFECYCLE";
    static final String DEPENDENCY = "DEPENDENCY";
    static final String REMOVED = "REMOVED";

    /** By capability, then consumer. */
    final FirstInOrder<DeprecatedUse> added;
    /** By capability, then consumer. */
    final FirstInOrder<DeprecatedUse> fixed;

    private DeprecatedUseChanges(int listLimit) {
        added = new FirstInOrder<>(listLimit);
        fixed = new FirstInOrder<>(listLimit);
    }

    static DeprecatedUseChanges of(ChangeScope scope, DependencyWalk before, DependencyWalk after, int listLimit) {
        DeprecatedUseChanges changes = new DeprecatedUseChanges(listLimit);
        Set<String> seeds = new HashSet<>(scope.lifecycleChanged);
        seeds.addAll(scope.structure());
        Set<String> consumers = new HashSet<>(scope.consumersChanged);
        if (!seeds.isEmpty()) {
            consumers.addAll(DependencyWalk.reliantOn(before.snapshot(), seeds).consumers());
            consumers.addAll(DependencyWalk.reliantOn(after.snapshot(), seeds).consumers());
        }
        for (String consumer : consumers) {
            int now = after.snapshot().indexOf(NodeKind.CONSUMER, consumer);
            if (now >= 0) { // a removed consumer relies on nothing; its removal is in the diff
                changes.compare(scope, before, before.snapshot().indexOf(NodeKind.CONSUMER, consumer), after, now);
            }
        }
        return changes;
    }

    /**
     * Compares what the consumer relies on before and after by capability key and lifecycle. Records, with their
     * paths, are made only for the differences, while the walk that found them is current: most of what a consumer
     * relies on does not change.
     */
    private void compare(ChangeScope scope, DependencyWalk before, int then, DependencyWalk after, int now) {
        Map<String, Lifecycle> usesBefore = new HashMap<>();
        if (then >= 0) {
            forEachUse(
                    before,
                    then,
                    capability -> usesBefore.put(
                            before.snapshot().key(capability), before.snapshot().lifecycle(capability)));
        }
        forEachUse(after, now, capability -> {
            String key = after.snapshot().key(capability);
            if (usesBefore.remove(key) != after.snapshot().lifecycle(capability)) {
                added.offer(
                        FirstInOrder.key(key, after.snapshot().key(now)),
                        () -> use(
                                after, now, capability, scope.lifecycleChanged.contains(key) ? LIFECYCLE : DEPENDENCY));
            }
        });
        if (!usesBefore.isEmpty()) { // relied on before, not after (a lifecycle change to the other state is new)
            forEachUse(before, then, capability -> {
                String key = before.snapshot().key(capability);
                if (usesBefore.containsKey(key)) {
                    fixed.offer(
                            FirstInOrder.key(key, before.snapshot().key(then)),
                            () -> use(
                                    before,
                                    then,
                                    capability,
                                    after.snapshot().indexOf(NodeKind.CAPABILITY, key) < 0
                                            ? REMOVED
                                            : scope.lifecycleChanged.contains(key) ? LIFECYCLE : DEPENDENCY));
                }
            });
        }
    }

    /** Walks from the consumer and hands over each deprecated or retired capability it relies on. */
    private static void forEachUse(DependencyWalk walk, int consumer, IntConsumer use) {
        int count = walk.from(consumer);
        for (int i = 0; i < count; i++) {
            int capability = walk.reached(i);
            if (deprecated(walk.snapshot().lifecycle(capability))) {
                use.accept(capability);
            }
        }
    }

    private static boolean deprecated(@Nullable Lifecycle lifecycle) {
        return lifecycle == Lifecycle.DEPRECATED || lifecycle == Lifecycle.RETIRED;
    }

    private static DeprecatedUse use(DependencyWalk walk, int consumer, int capability, String cause) {
        LandscapeSnapshot snapshot = walk.snapshot();
        return new DeprecatedUse(
                snapshot.key(consumer),
                snapshot.key(capability),
                String.valueOf(snapshot.lifecycle(capability)),
                walk.hops(capability),
                walk.path(capability),
                cause);
    }
}
