package dev.strata.analytics.risk;

import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A breadth-first search down {@code DEPENDS_ON} from one consumer (hop 1 = what it consumes) or one capability (hop
 * 1 = what it depends on), bounded in hops: the fewest hops to every capability reached, and one shortest path to
 * each (the search tree, dependencies taken in key order). Reusable: stamps instead of clearing, so a search costs
 * only what it reaches. Not thread-safe.
 */
final class HopSearch {

    private final LandscapeSnapshot snapshot;
    private final Adjacency dependsOn;
    private final Adjacency consumes;
    private final int[] stamp;
    private final int[] depth;
    private final int[] parent;
    private final int[] queue;
    private int current;
    private int source = -1;
    private int reached;

    HopSearch(LandscapeSnapshot snapshot) {
        this.snapshot = snapshot;
        this.dependsOn = snapshot.out(EdgeType.DEPENDS_ON);
        this.consumes = snapshot.out(EdgeType.CONSUMES);
        int n = snapshot.nodeCount();
        stamp = new int[n];
        depth = new int[n];
        parent = new int[n];
        queue = new int[n];
    }

    /** Searches from a consumer or capability; returns how many capabilities it reaches within maxHops. */
    int run(int from, int maxHops) {
        current++;
        source = from;
        reached = 0;
        Adjacency first = snapshot.is(from, NodeKind.CONSUMER) ? consumes : dependsOn;
        for (int p = first.start(from), end = first.end(from); p < end; p++) {
            visit(first.target(p), 1, -1);
        }
        for (int head = 0; head < reached; head++) {
            int capability = queue[head];
            int next = depth[capability] + 1;
            if (next > maxHops) {
                break; // breadth-first: every later capability is at least as deep
            }
            for (int p = dependsOn.start(capability), end = dependsOn.end(capability); p < end; p++) {
                visit(dependsOn.target(p), next, capability);
            }
        }
        return reached;
    }

    private void visit(int capability, int hops, int from) {
        if (stamp[capability] != current) {
            stamp[capability] = current;
            depth[capability] = hops;
            parent[capability] = from;
            queue[reached++] = capability;
        }
    }

    /** The i-th capability reached, in breadth-first order. */
    int reached(int i) {
        return queue[i];
    }

    /** Hops from the source to a capability the last search reached. */
    int hops(int capability) {
        return depth[capability];
    }

    /** The reached capabilities accepted by the filter, ordered by key. */
    int[] sortedByKey(java.util.function.IntPredicate accept) {
        int[] ranks = new int[reached];
        int size = 0;
        for (int i = 0; i < reached; i++) {
            if (accept.test(queue[i])) {
                ranks[size++] = snapshot.keyRank(queue[i]);
            }
        }
        Arrays.sort(ranks, 0, size);
        int[] nodes = new int[size];
        for (int i = 0; i < size; i++) {
            nodes[i] = snapshot.nodeAtKeyRank(ranks[i]);
        }
        return nodes;
    }

    /** Keys from the source to a capability the last search reached, both included. */
    List<String> path(int capability) {
        List<String> path = new ArrayList<>(depth[capability] + 1);
        for (int step = capability; step >= 0; step = parent[step]) {
            path.add(snapshot.key(step));
        }
        path.add(snapshot.key(source));
        return path.reversed();
    }
}
