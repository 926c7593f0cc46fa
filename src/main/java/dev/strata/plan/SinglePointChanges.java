package dev.strata.plan;

import dev.strata.analytics.risk.ConsumerCriticalCapabilities;
import dev.strata.model.NodeKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Single points of failure a change creates or removes, by the dominator definition of the Risks view: a capability
 * is critical for a consumer when every dependency path from the consumer to the bottom of the stack passes through
 * it. Computed before and after only for the consumers that rely on a capability whose dependencies change.
 */
final class SinglePointChanges {

    final List<SinglePointChange> added = new ArrayList<>();
    final List<SinglePointChange> fixed = new ArrayList<>();

    private SinglePointChanges() {}

    static SinglePointChanges of(ChangeScope scope, DependencyWalk before, DependencyWalk after) {
        SinglePointChanges changes = new SinglePointChanges();
        Set<String> seeds = scope.structure();
        Set<String> consumers = new TreeSet<>(scope.consumersChanged);
        if (!seeds.isEmpty()) {
            consumers.addAll(DependencyWalk.reliantOn(before.snapshot(), seeds).consumers());
            consumers.addAll(DependencyWalk.reliantOn(after.snapshot(), seeds).consumers());
        }
        consumers.removeIf(key -> after.snapshot().indexOf(NodeKind.CONSUMER, key) < 0);
        if (consumers.isEmpty()) {
            return changes;
        }
        Map<String, List<String>> criticalBefore = ConsumerCriticalCapabilities.of(before.snapshot(), consumers);
        Map<String, List<String>> criticalAfter = ConsumerCriticalCapabilities.of(after.snapshot(), consumers);
        Map<String, Set<String>> newFor = new TreeMap<>();
        Map<String, Set<String>> fixedFor = new TreeMap<>();
        for (String consumer : consumers) {
            List<String> then = criticalBefore.getOrDefault(consumer, List.of());
            List<String> now = criticalAfter.getOrDefault(consumer, List.of());
            now.stream()
                    .filter(c -> !then.contains(c))
                    .forEach(
                            c -> newFor.computeIfAbsent(c, k -> new TreeSet<>()).add(consumer));
            then.stream()
                    .filter(c -> !now.contains(c))
                    .forEach(c ->
                            fixedFor.computeIfAbsent(c, k -> new TreeSet<>()).add(consumer));
        }
        newFor.forEach((capability, keys) ->
                changes.added.add(new SinglePointChange(capability, false, keys.size(), List.copyOf(keys))));
        fixedFor.forEach((capability, keys) -> changes.fixed.add(new SinglePointChange(
                capability,
                after.snapshot().indexOf(NodeKind.CAPABILITY, capability) < 0,
                keys.size(),
                List.copyOf(keys))));
        Comparator<SinglePointChange> order = Comparator.comparingInt(SinglePointChange::consumers)
                .reversed()
                .thenComparing(SinglePointChange::capabilityKey);
        changes.added.sort(order);
        changes.fixed.sort(order);
        return changes;
    }
}
