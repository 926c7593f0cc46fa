package dev.strata.plan;

import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Breadth-first walks along the dependency structure of one snapshot, at any depth: what a consumer or capability
 * relies on (with one shortest path to each), and who relies on given capabilities. Reuses its int arrays from walk
 * to walk, so thousands of walks allocate almost nothing. Not thread-safe.
 */
final class DependencyWalk {

    private final LandscapeSnapshot snapshot;
    private final Adjacency dependsOn;
    private final Adjacency consumes;
    private final int[] seen;
    private final int[] parent;
    private final int[] depth;
    private final int[] queue;
    private int stamp;
    private int reached;

    DependencyWalk(LandscapeSnapshot snapshot) {
        this.snapshot = snapshot;
        this.dependsOn = snapshot.out(EdgeType.DEPENDS_ON);
        this.consumes = snapshot.out(EdgeType.CONSUMES);
        int n = snapshot.nodeCount();
        seen = new int[n];
        parent = new int[n];
        depth = new int[n];
        queue = new int[n];
    }

    LandscapeSnapshot snapshot() {
        return snapshot;
    }

    /**
     * Walks from a consumer (the capabilities it consumes, then everything they depend on) or a capability
     * (everything it depends on). The capabilities reached are {@link #reached(int)} for {@code i < count}, in
     * breadth-first order, so that {@link #hops(int)} and {@link #path(int)} give a shortest path.
     *
     * @return how many capabilities were reached
     */
    int from(int source) {
        stamp++;
        reached = 0;
        seen[source] = stamp;
        depth[source] = 0;
        int head = 0;
        int tail = 0;
        if (snapshot.is(source, NodeKind.CONSUMER)) {
            for (int p = consumes.start(source); p < consumes.end(source); p++) {
                tail = visit(consumes.target(p), source, tail);
            }
        } else {
            queue[tail++] = source;
            head = 1;
            tail = expand(source, tail);
        }
        int first = head;
        while (head < tail) {
            tail = expand(queue[head++], tail);
        }
        // the source capability itself is not reached (unless a cycle leads back to it, which needs no path)
        System.arraycopy(queue, first, queue, 0, tail - first);
        reached = tail - first;
        return reached;
    }

    /** The i-th capability reached by the last walk. */
    int reached(int i) {
        return queue[i];
    }

    /** Relationships on the shortest path of the last walk from its source to a reached node. */
    int hops(int node) {
        return depth[node];
    }

    /** Keys from the last walk's source to a reached node, on one shortest path. */
    List<String> path(int node) {
        List<String> path = new ArrayList<>(depth[node] + 1);
        for (int at = node, steps = depth[node]; ; at = parent[at], steps--) {
            path.add(snapshot.key(at));
            if (steps == 0) {
                break;
            }
        }
        return path.reversed();
    }

    private int expand(int capability, int tail) {
        for (int p = dependsOn.start(capability); p < dependsOn.end(capability); p++) {
            tail = visit(dependsOn.target(p), capability, tail);
        }
        return tail;
    }

    private int visit(int node, int from, int tail) {
        if (seen[node] == stamp) {
            return tail;
        }
        seen[node] = stamp;
        parent[node] = from;
        depth[node] = depth[from] + 1;
        queue[tail] = node;
        return tail + 1;
    }

    /**
     * Keys of the consumers and capabilities that rely on any of the given capabilities (directly or at any depth),
     * the capabilities themselves included; keys this snapshot does not hold are skipped.
     */
    static Reliant reliantOn(LandscapeSnapshot snapshot, Collection<String> capabilityKeys) {
        Adjacency dependents = snapshot.in(EdgeType.DEPENDS_ON);
        Adjacency consumers = snapshot.in(EdgeType.CONSUMES);
        boolean[] seen = new boolean[snapshot.nodeCount()];
        int[] queue = new int[snapshot.nodeCount()];
        int tail = 0;
        for (String key : capabilityKeys) {
            int capability = snapshot.indexOf(NodeKind.CAPABILITY, key);
            if (capability >= 0 && !seen[capability]) {
                seen[capability] = true;
                queue[tail++] = capability;
            }
        }
        Set<String> capabilities = new HashSet<>();
        Set<String> consumerKeys = new HashSet<>();
        for (int head = 0; head < tail; head++) {
            int capability = queue[head];
            capabilities.add(snapshot.key(capability));
            for (int p = dependents.start(capability); p < dependents.end(capability); p++) {
                int dependent = dependents.target(p);
                if (!seen[dependent]) {
                    seen[dependent] = true;
                    queue[tail++] = dependent;
                }
            }
            for (int p = consumers.start(capability); p < consumers.end(capability); p++) {
                int consumer = consumers.target(p);
                if (!seen[consumer]) {
                    seen[consumer] = true;
                    consumerKeys.add(snapshot.key(consumer));
                }
            }
        }
        return new Reliant(capabilities, consumerKeys);
    }

    /** Capabilities and consumers that rely on something, by key (unordered). */
    record Reliant(Set<String> capabilities, Set<String> consumers) {

        Reliant with(Reliant other) {
            Set<String> allCapabilities = new HashSet<>(capabilities);
            allCapabilities.addAll(other.capabilities);
            Set<String> allConsumers = new HashSet<>(consumers);
            allConsumers.addAll(other.consumers);
            return new Reliant(allCapabilities, allConsumers);
        }
    }
}
