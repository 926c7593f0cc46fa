package dev.strata.analytics.risk;

import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The capabilities critical for some consumers only: for each, the capabilities {@link RiskEngine#singlePointsOfFailure(
 * LandscapeSnapshot)} lists in {@code criticalByConsumer}, computed on the part of the graph those consumers reach.
 * The impact of a change needs the consumers it touches, not all of them.
 *
 * <p>Many consumers consume the same few capabilities, so the dominators are computed once per consumed capability
 * c: D(c), the capabilities on every path from c to the bottom of the stack (c itself included when c reaches it).
 * Every path of a consumer starts with one of its consumptions, so the capabilities critical for it are those in
 * D(c) for every consumed c that reaches the bottom (none when no consumed capability does).
 */
public final class ConsumerCriticalCapabilities {

    private ConsumerCriticalCapabilities() {
    }

    /** Consumer key to its critical capabilities, sorted by key (empty when none); unknown keys are left out. */
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
        int roots = tail;
        // The part of the graph the consumed capabilities reach, with one pseudo-consumer per consumed capability.
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
        for (int root = 0; root < roots; root++) {
            builder.consumer(snapshot.key(queue[root]), List.of(snapshot.key(queue[root])));
        }
        DependencyGraph graph = builder.build();
        CriticalCapabilities critical = new CriticalCapabilities(graph);
        Map<Integer, Set<String>> dominators = new HashMap<>();
        for (int root = 0; root < roots; root++) {
            Set<String> keys = new HashSet<>();
            for (int capability : critical.of(root)) {
                keys.add(graph.capabilityKeys.get(capability));
            }
            dominators.put(queue[root], keys);
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (int consumer : consumers) {
            Set<String> common = null;
            for (int p = consumes.start(consumer); p < consumes.end(consumer); p++) {
                Set<String> of = dominators.get(consumes.target(p));
                if (of.isEmpty()) {
                    continue; // reaches no bottom capability: its paths end in cycles and constrain nothing
                }
                if (common == null) {
                    common = new TreeSet<>(of);
                } else {
                    common.retainAll(of);
                }
            }
            result.put(snapshot.key(consumer), common == null ? List.of() : List.copyOf(common));
        }
        return result;
    }
}
