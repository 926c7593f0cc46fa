package dev.strata.analytics.risk;

import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The dependency structure as plain arrays: consumers to the capabilities they consume, capabilities to the
 * capabilities they DEPEND_ON. Capabilities and consumers are numbered in the order they were added.
 */
final class DependencyGraph {

    final List<String> capabilityKeys;
    final List<@Nullable String> capabilityNames;
    final List<@Nullable String> platformKeys;
    final List<@Nullable String> platformNames;
    final int[][] dependsOn;
    final List<String> consumerKeys;
    final int[][] consumes;

    private DependencyGraph(Builder builder) {
        this.capabilityKeys = List.copyOf(builder.capabilityKeys);
        this.capabilityNames = new ArrayList<>(builder.capabilityNames);
        this.platformKeys = new ArrayList<>(builder.platformKeys);
        this.platformNames = new ArrayList<>(builder.platformNames);
        this.dependsOn = resolve(builder.dependsOnKeys, builder.capabilityIndex);
        this.consumerKeys = List.copyOf(builder.consumerKeys);
        this.consumes = resolve(builder.consumesKeys, builder.capabilityIndex);
    }

    int capabilityCount() {
        return capabilityKeys.size();
    }

    int consumerCount() {
        return consumerKeys.size();
    }

    private static int[][] resolve(List<List<String>> keyLists, Map<String, Integer> index) {
        int[][] resolved = new int[keyLists.size()][];
        for (int i = 0; i < resolved.length; i++) {
            resolved[i] = keyLists.get(i).stream()
                    .map(index::get)
                    .filter(Objects::nonNull)
                    .mapToInt(Integer::intValue)
                    .distinct()
                    .toArray();
        }
        return resolved;
    }

    /**
     * The same graph the Cypher read of {@link CypherRisks} builds: capabilities and consumers in key order, each
     * capability with its providing platform (if any) and its DEPENDS_ON targets, each consumer with what it CONSUMES.
     */
    static DependencyGraph from(LandscapeSnapshot snapshot) {
        Builder builder = builder();
        Adjacency dependsOn = snapshot.out(EdgeType.DEPENDS_ON);
        for (int capability : snapshot.nodes(NodeKind.CAPABILITY)) {
            int platform = snapshot.providerOf(capability);
            builder.capability(
                    snapshot.key(capability),
                    snapshot.name(capability),
                    platform < 0 ? null : snapshot.key(platform),
                    platform < 0 ? null : snapshot.name(platform),
                    keys(snapshot, dependsOn, capability));
        }
        Adjacency consumes = snapshot.out(EdgeType.CONSUMES);
        for (int consumer : snapshot.nodes(NodeKind.CONSUMER)) {
            builder.consumer(snapshot.key(consumer), keys(snapshot, consumes, consumer));
        }
        return builder.build();
    }

    private static List<String> keys(LandscapeSnapshot snapshot, Adjacency adjacency, int node) {
        List<String> keys = new ArrayList<>(adjacency.degree(node));
        for (int position = adjacency.start(node); position < adjacency.end(node); position++) {
            keys.add(snapshot.key(adjacency.target(position)));
        }
        return keys;
    }

    static Builder builder() {
        return new Builder();
    }

    static final class Builder {

        private final Map<String, Integer> capabilityIndex = new HashMap<>();
        private final List<String> capabilityKeys = new ArrayList<>();
        private final List<@Nullable String> capabilityNames = new ArrayList<>();
        private final List<@Nullable String> platformKeys = new ArrayList<>();
        private final List<@Nullable String> platformNames = new ArrayList<>();
        private final List<List<String>> dependsOnKeys = new ArrayList<>();
        private final Map<String, Integer> consumerIndex = new HashMap<>();
        private final List<String> consumerKeys = new ArrayList<>();
        private final List<List<String>> consumesKeys = new ArrayList<>();

        /** Adds a capability; a key added twice keeps its first row. */
        Builder capability(
                String key,
                @Nullable String name,
                @Nullable String platformKey,
                @Nullable String platformName,
                List<String> dependsOn) {
            if (capabilityIndex.putIfAbsent(key, capabilityKeys.size()) == null) {
                capabilityKeys.add(key);
                capabilityNames.add(name);
                platformKeys.add(platformKey);
                platformNames.add(platformName);
                dependsOnKeys.add(List.copyOf(dependsOn));
            }
            return this;
        }

        /** Adds a consumer; a key added twice keeps its first row. */
        Builder consumer(String key, List<String> consumes) {
            if (consumerIndex.putIfAbsent(key, consumerKeys.size()) == null) {
                consumerKeys.add(key);
                consumesKeys.add(List.copyOf(consumes));
            }
            return this;
        }

        DependencyGraph build() {
            return new DependencyGraph(this);
        }
    }
}
