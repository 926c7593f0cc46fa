package dev.strata.analytics.risk;

import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The capabilities critical for some consumers only: for each, what {@link RiskEngine#singlePointsOfFailure(
 * LandscapeSnapshot)} lists in {@code criticalByConsumer}, computed on the part of the graph those consumers reach.
 * The impact of a change needs the consumers it touches, not all of them.
 */
public final class ConsumerCriticalCapabilities {

    private ConsumerCriticalCapabilities() {
    }

    /**
     * Consumer key to its critical capabilities, ordered from the consumer towards the sinks (empty when it has
     * none); keys the snapshot does not hold are left out.
     */
    public static Map<String, List<String>> of(LandscapeSnapshot snapshot, Collection<String> consumerKeys) {
        Adjacency consumes = snapshot.out(EdgeType.CONSUMES);
        Adjacency dependsOn = snapshot.out(EdgeType.DEPENDS_ON);
        boolean[] seen = new boolean[snapshot.nodeCount()];
        int[] queue = new int[snapshot.nodeCount()];
        int tail = 0;
        List<Integer> consumers = new ArrayList<>();
        for (String key : consumerKeys) {
            int consumer = snapshot.indexOf(NodeKind.CONSUMER, key);
            if (consumer < 0) {
                continue;
            }
            consumers.add(consumer);
            for (int p = consumes.start(consumer); p < consumes.end(consumer); p++) {
                int capability = consumes.target(p);
                if (!seen[capability]) {
                    seen[capability] = true;
                    queue[tail++] = capability;
                }
            }
        }
        DependencyGraph.Builder builder = DependencyGraph.builder();
        for (int head = 0; head < tail; head++) {
            int capability = queue[head];
            List<String> dependencies = new ArrayList<>(dependsOn.degree(capability));
            for (int p = dependsOn.start(capability); p < dependsOn.end(capability); p++) {
                int dependency = dependsOn.target(p);
                dependencies.add(snapshot.key(dependency));
                if (!seen[dependency]) {
                    seen[dependency] = true;
                    queue[tail++] = dependency;
                }
            }
            builder.capability(snapshot.key(capability), null, null, null, dependencies);
        }
        for (int consumer : consumers) {
            List<String> consumed = new ArrayList<>(consumes.degree(consumer));
            for (int p = consumes.start(consumer); p < consumes.end(consumer); p++) {
                consumed.add(snapshot.key(consumes.target(p)));
            }
            builder.consumer(snapshot.key(consumer), consumed);
        }
        DependencyGraph graph = builder.build();
        CriticalCapabilities critical = new CriticalCapabilities(graph);
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (int consumer = 0; consumer < graph.consumerCount(); consumer++) {
            List<String> keys = new ArrayList<>();
            for (int capability : critical.of(consumer)) {
                keys.add(graph.capabilityKeys.get(capability));
            }
            result.put(graph.consumerKeys.get(consumer), List.copyOf(keys));
        }
        return result;
    }
}
