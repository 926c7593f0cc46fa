package dev.strata.history;

import dev.strata.model.EdgeType;
import dev.strata.model.Landscape;
import dev.strata.model.Landscape.Edge;
import dev.strata.model.Landscape.EdgeId;
import dev.strata.model.Landscape.Node;
import dev.strata.model.Lifecycle;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import dev.strata.store.LandscapeCodec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Delivery measures per platform, derived from one replay of the whole history (definitions in src/docs/history.md):
 *
 * <ul>
 *   <li><b>PLANNED to BETA, BETA to GA, PLANNED to GA</b>: days between the first versions in which a capability had
 *       each lifecycle, over the capabilities seen in both; averaged per platform.</li>
 *   <li><b>Deprecation to last consumer gone</b>: days from the first version in which a capability was DEPRECATED
 *       (while it had consumers) to the first version in which it had none; capabilities still consumed are counted.</li>
 *   <li><b>Time to first use</b>: days from the first version in which a capability was GA to the first version in
 *       which it had a consumer (0 when consumers came during beta).</li>
 *   <li><b>Change frequency</b>: versions that added, changed or removed the platform, one of its capabilities, or a
 *       relationship either declares, per 30 days of recorded history.</li>
 * </ul>
 * What the first recorded version holds counts as entered at its time (for a Git import: the first commit, when it
 * was declared). A capability belongs to the platform that provided it last.
 */
@Component
public class DeliveryMeasures {

    private static final double DAY_SECONDS = 86_400.0;

    private final LandscapeHistory history;

    DeliveryMeasures(LandscapeHistory history) {
        this.history = history;
    }

    /** The measures of one platform. */
    public record Measures(
            String platformKey,
            int capabilities,
            @Nullable Double meanDaysPlannedToBeta,
            @Nullable Double meanDaysBetaToGa,
            @Nullable Double meanDaysPlannedToGa,
            int plannedToGaMeasured,
            @Nullable Double meanDaysDeprecationToLastConsumerGone,
            int deprecatedStillConsumed,
            @Nullable Double meanDaysToFirstUse,
            int changes,
            double changesPer30Days) {}

    /** Every platform seen in history, by key, or only {@code platformKeys} when given. */
    public List<Measures> measure(@Nullable Collection<String> platformKeys) {
        LandscapeHistory.Version latest = history.latest().orElse(null);
        if (latest == null) {
            return List.of();
        }
        Walk walk = new Walk();
        history.replay(latest.version(), walk::visit);
        List<Measures> measures = new ArrayList<>();
        for (String platform : walk.platforms) {
            if (platformKeys == null || platformKeys.contains(platform)) {
                measures.add(walk.measures(platform));
            }
        }
        return measures;
    }

    /** The state one replay carries from version to version. */
    private static final class Walk {

        final Set<String> platforms = new java.util.TreeSet<>();
        final Map<String, Lifecycle> lifecycle = new HashMap<>();
        final Map<String, Map<Lifecycle, Instant>> entered = new HashMap<>();
        final Map<String, String> platformOf = new HashMap<>();
        final Map<String, Set<String>> consumersOf = new HashMap<>();
        final Map<String, Set<String>> consumedBy = new HashMap<>();
        final Map<String, Instant> firstConsumer = new HashMap<>();
        final Set<String> deprecatedWhileConsumed = new HashSet<>();
        final Map<String, Instant> lastConsumerGone = new HashMap<>();
        final Map<String, Integer> changes = new TreeMap<>();

        @Nullable
        Instant first;

        @Nullable
        Instant last;

        void visit(LandscapeHistory.Replayed replayed) {
            Instant at = replayed.version().at();
            if (first == null) {
                first = at;
            }
            last = at;
            LandscapeCodec.Changes changed = replayed.changes();
            if (changed == null) {
                start(replayed.landscape(), at);
                return;
            }
            Set<String> touched = new HashSet<>();
            for (Node node : changed.upsertNodes()) {
                if (node.id().kind() == NodeKind.CAPABILITY) {
                    lifecycle(node.id().key(), node.properties().get("lifecycle"), at);
                    touched.add(platformOf.getOrDefault(node.id().key(), ""));
                } else if (node.id().kind() == NodeKind.PLATFORM) {
                    platforms.add(node.id().key());
                    touched.add(node.id().key());
                }
            }
            Set<String> counted = new HashSet<>();
            for (NodeRef removed : changed.removedNodes()) {
                if (removed.kind() == NodeKind.CONSUMER) {
                    for (String capability : consumedBy.getOrDefault(removed.key(), Set.of())) {
                        consumersOf.getOrDefault(capability, new HashSet<>()).remove(removed.key());
                        counted.add(capability);
                    }
                    consumedBy.remove(removed.key());
                } else if (removed.kind() == NodeKind.CAPABILITY) {
                    touched.add(platformOf.getOrDefault(removed.key(), ""));
                } else if (removed.kind() == NodeKind.PLATFORM) {
                    touched.add(removed.key());
                }
            }
            for (EdgeId removed : changed.removedEdges()) {
                if (removed.type() == EdgeType.CONSUMES) {
                    consumersOf
                            .getOrDefault(removed.to().key(), new HashSet<>())
                            .remove(removed.from().key());
                    consumedBy
                            .getOrDefault(removed.from().key(), new HashSet<>())
                            .remove(removed.to().key());
                    counted.add(removed.to().key());
                }
                touched.add(declaringPlatform(removed));
            }
            for (Edge edge : changed.upsertEdges()) {
                EdgeId id = edge.id();
                if (id.type() == EdgeType.PROVIDES) {
                    platformOf.put(id.to().key(), id.from().key());
                    platforms.add(id.from().key());
                } else if (id.type() == EdgeType.CONSUMES) {
                    consume(id.from().key(), id.to().key());
                    counted.add(id.to().key());
                }
                touched.add(declaringPlatform(id));
            }
            for (String capability : counted) {
                consumersChanged(capability, at);
            }
            touched.remove("");
            touched.forEach(platform -> changes.merge(platform, 1, Integer::sum));
        }

        /** The first version: everything in it counts as entered (and changed) then. */
        void start(Landscape landscape, Instant at) {
            for (Node node : landscape.nodes().values()) {
                if (node.id().kind() == NodeKind.CAPABILITY) {
                    lifecycle(node.id().key(), node.properties().get("lifecycle"), at);
                } else if (node.id().kind() == NodeKind.PLATFORM) {
                    platforms.add(node.id().key());
                    changes.merge(node.id().key(), 1, Integer::sum);
                }
            }
            for (EdgeId id : landscape.edges().keySet()) {
                if (id.type() == EdgeType.PROVIDES) {
                    platformOf.put(id.to().key(), id.from().key());
                } else if (id.type() == EdgeType.CONSUMES) {
                    consume(id.from().key(), id.to().key());
                }
            }
            consumersOf.keySet().forEach(capability -> consumersChanged(capability, at));
        }

        private String declaringPlatform(EdgeId id) {
            NodeRef declaring = id.declaredBy();
            return switch (declaring.kind()) {
                case PLATFORM -> declaring.key();
                case CAPABILITY -> platformOf.getOrDefault(declaring.key(), "");
                default -> "";
            };
        }

        private void consume(String consumer, String capability) {
            consumersOf.computeIfAbsent(capability, c -> new HashSet<>()).add(consumer);
            consumedBy.computeIfAbsent(consumer, c -> new HashSet<>()).add(capability);
        }

        private void lifecycle(String capability, @Nullable Object value, Instant at) {
            if (value == null) {
                return;
            }
            Lifecycle now;
            try {
                now = Lifecycle.valueOf(value.toString());
            } catch (IllegalArgumentException e) {
                return;
            }
            if (lifecycle.put(capability, now) == now) {
                return;
            }
            entered.computeIfAbsent(capability, c -> new EnumMap<>(Lifecycle.class))
                    .putIfAbsent(now, at);
            if (now == Lifecycle.DEPRECATED
                    && !consumersOf.getOrDefault(capability, Set.of()).isEmpty()) {
                deprecatedWhileConsumed.add(capability);
            }
        }

        private void consumersChanged(String capability, Instant at) {
            boolean consumed = !consumersOf.getOrDefault(capability, Set.of()).isEmpty();
            if (consumed) {
                firstConsumer.putIfAbsent(capability, at);
            } else if (deprecatedWhileConsumed.contains(capability)) {
                lastConsumerGone.putIfAbsent(capability, at);
            }
        }

        Measures measures(String platform) {
            List<String> capabilities = platformOf.entrySet().stream()
                    .filter(e -> e.getValue().equals(platform))
                    .map(Map.Entry::getKey)
                    .sorted()
                    .toList();
            List<Double> plannedToBeta = new ArrayList<>();
            List<Double> betaToGa = new ArrayList<>();
            List<Double> plannedToGa = new ArrayList<>();
            List<Double> deprecationToGone = new ArrayList<>();
            List<Double> toFirstUse = new ArrayList<>();
            int stillConsumed = 0;
            for (String capability : capabilities) {
                Map<Lifecycle, Instant> times = entered.getOrDefault(capability, Map.of());
                days(times.get(Lifecycle.PLANNED), times.get(Lifecycle.BETA), plannedToBeta);
                days(times.get(Lifecycle.BETA), times.get(Lifecycle.GA), betaToGa);
                days(times.get(Lifecycle.PLANNED), times.get(Lifecycle.GA), plannedToGa);
                if (deprecatedWhileConsumed.contains(capability)) {
                    if (lastConsumerGone.containsKey(capability)) {
                        days(times.get(Lifecycle.DEPRECATED), lastConsumerGone.get(capability), deprecationToGone);
                    } else {
                        stillConsumed++;
                    }
                }
                Instant ga = times.get(Lifecycle.GA);
                Instant used = firstConsumer.get(capability);
                if (ga != null && used != null) {
                    toFirstUse.add(
                            used.isBefore(ga) ? 0.0 : Duration.between(ga, used).toSeconds() / DAY_SECONDS);
                }
            }
            int changed = changes.getOrDefault(platform, 0);
            double spanDays = first == null || last == null
                    ? 1
                    : Math.max(1, Duration.between(first, last).toSeconds() / DAY_SECONDS);
            return new Measures(
                    platform,
                    capabilities.size(),
                    mean(plannedToBeta),
                    mean(betaToGa),
                    mean(plannedToGa),
                    plannedToGa.size(),
                    mean(deprecationToGone),
                    stillConsumed,
                    mean(toFirstUse),
                    changed,
                    changed * 30 / spanDays);
        }

        private static void days(@Nullable Instant from, @Nullable Instant to, List<Double> into) {
            if (from != null && to != null && !to.isBefore(from)) {
                into.add(Duration.between(from, to).toSeconds() / DAY_SECONDS);
            }
        }

        private static @Nullable Double mean(List<Double> values) {
            return values.isEmpty()
                    ? null
                    : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        }
    }
}
