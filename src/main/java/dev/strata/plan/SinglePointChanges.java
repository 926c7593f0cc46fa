package dev.strata.plan;

import dev.strata.analytics.risk.ConsumerCriticalCapabilities;
import dev.strata.model.NodeKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Single points of failure a change creates or removes, by the dominator definition of the Risks view: a capability
 * is critical for a consumer when every dependency path from the consumer to the bottom of the stack passes through
 * it. Computed before and after only for the consumers that rely on a capability whose dependencies change.
 */
final class SinglePointChanges {

    /** Most consumers first, then by capability. */
    final List<SinglePointChange> added;
    /** Most consumers first, then by capability. */
    final List<SinglePointChange> fixed;
    /** Capabilities that become single points of failure, all of them. */
    final int addedTotal;
    /** Capabilities that stop being one, all of them. */
    final int fixedTotal;

    private SinglePointChanges(
            List<SinglePointChange> added, int addedTotal, List<SinglePointChange> fixed, int fixedTotal) {
        this.added = added;
        this.addedTotal = addedTotal;
        this.fixed = fixed;
        this.fixedTotal = fixedTotal;
    }

    static SinglePointChanges of(ChangeScope scope, DependencyWalk before, DependencyWalk after, int listLimit) {
        Set<String> seeds = scope.structure();
        Set<String> consumers = new TreeSet<>(scope.consumersChanged);
        if (!seeds.isEmpty()) {
            consumers.addAll(DependencyWalk.reliantOn(before.snapshot(), seeds).consumers());
            consumers.addAll(DependencyWalk.reliantOn(after.snapshot(), seeds).consumers());
        }
        consumers.removeIf(key -> after.snapshot().indexOf(NodeKind.CONSUMER, key) < 0);
        if (consumers.isEmpty()) {
            return new SinglePointChanges(List.of(), 0, List.of(), 0);
        }
        Map<String, List<String>> criticalBefore = ConsumerCriticalCapabilities.of(before.snapshot(), consumers);
        Map<String, List<String>> criticalAfter = ConsumerCriticalCapabilities.of(after.snapshot(), consumers);
        Map<String, ConsumersOf> newFor = new HashMap<>();
        Map<String, ConsumersOf> fixedFor = new HashMap<>();
        for (String consumer : consumers) { // in key order, so each capability keeps its first consumers
            List<String> then = criticalBefore.getOrDefault(consumer, List.of());
            List<String> now = criticalAfter.getOrDefault(consumer, List.of());
            now.stream()
                    .filter(c -> !then.contains(c))
                    .forEach(c -> newFor.computeIfAbsent(c, k -> new ConsumersOf(listLimit))
                            .add(consumer));
            then.stream()
                    .filter(c -> !now.contains(c))
                    .forEach(c -> fixedFor.computeIfAbsent(c, k -> new ConsumersOf(listLimit))
                            .add(consumer));
        }
        return new SinglePointChanges(
                first(newFor, capability -> false, listLimit),
                newFor.size(),
                first(fixedFor, capability -> after.snapshot().indexOf(NodeKind.CAPABILITY, capability) < 0, listLimit),
                fixedFor.size());
    }

    private static List<SinglePointChange> first(
            Map<String, ConsumersOf> byCapability, Predicate<String> removed, int listLimit) {
        List<SinglePointChange> changes = new ArrayList<>();
        byCapability.forEach((capability, consumers) -> changes.add(new SinglePointChange(
                capability, removed.test(capability), consumers.count, List.copyOf(consumers.first))));
        changes.sort(Comparator.comparingInt(SinglePointChange::consumers)
                .reversed()
                .thenComparing(SinglePointChange::capabilityKey));
        return FirstInOrder.first(changes, listLimit);
    }

    /** How many consumers a capability is (or stops being) critical for, and the first of them by key. */
    private static final class ConsumersOf {
        private final int limit;
        private final List<String> first = new ArrayList<>();
        private int count;

        ConsumersOf(int limit) {
            this.limit = limit;
        }

        void add(String consumer) {
            count++;
            if (first.size() < limit) {
                first.add(consumer);
            }
        }
    }
}
