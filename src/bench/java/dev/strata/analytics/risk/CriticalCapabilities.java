package dev.strata.analytics.risk;

import java.util.Arrays;

/**
 * Finds the capabilities critical for a consumer: the dominators of a virtual sink in the consumer's reachable
 * dependency graph, where every reachable capability without dependencies (a sink) has an edge to the virtual sink.
 * X dominates the virtual sink exactly when no path leads from the consumer to any of its sinks without passing X.
 * A consumer that reaches no sink (all its dependency paths end in cycles) has no critical capabilities.
 *
 * <p>Dominators by the iterative algorithm of Cooper, Harvey and Kennedy ("A Simple, Fast Dominance Algorithm",
 * 2001), run once per consumer on its reachable subgraph. Not thread-safe: holds scratch arrays.
 */
final class CriticalCapabilities {

    private static final int UNSEEN = -1;

    private final DependencyGraph graph;
    /** Global capability index to local node id, or UNSEEN; reset after every consumer. */
    private final int[] localOf;

    CriticalCapabilities(DependencyGraph graph) {
        this.graph = graph;
        this.localOf = new int[graph.capabilityCount()];
        Arrays.fill(localOf, UNSEEN);
    }

    /** Capability indexes critical for the consumer, ordered from the consumer towards the sinks. */
    int[] of(int consumer) {
        // local ids: 0 = the consumer, 1..k = reachable capabilities in discovery order, k + 1 = the virtual sink
        int[] globalOf = new int[graph.capabilityCount() + 1];
        int count = 0;
        int[] queue = new int[graph.capabilityCount()];
        int head = 0;
        int tail = 0;
        for (int capability : graph.consumes[consumer]) {
            if (localOf[capability] == UNSEEN) {
                localOf[capability] = ++count;
                globalOf[count] = capability;
                queue[tail++] = capability;
            }
        }
        boolean reachesSink = false;
        while (head < tail) {
            int capability = queue[head++];
            if (graph.dependsOn[capability].length == 0) {
                reachesSink = true;
            }
            for (int dependency : graph.dependsOn[capability]) {
                if (localOf[dependency] == UNSEEN) {
                    localOf[dependency] = ++count;
                    globalOf[count] = dependency;
                    queue[tail++] = dependency;
                }
            }
        }
        try {
            return reachesSink ? dominatorsOfSink(consumer, count, globalOf) : new int[0];
        } finally {
            for (int i = 0; i < tail; i++) {
                localOf[queue[i]] = UNSEEN;
            }
        }
    }

    private int[] dominatorsOfSink(int consumer, int count, int[] globalOf) {
        int size = count + 2;
        int sink = count + 1;
        int[][] successors = new int[size][];
        successors[0] = localIds(graph.consumes[consumer]);
        for (int local = 1; local <= count; local++) {
            int[] dependencies = graph.dependsOn[globalOf[local]];
            successors[local] = dependencies.length == 0 ? new int[] {sink} : localIds(dependencies);
        }
        successors[sink] = new int[0];

        int[][] predecessors = predecessors(successors);
        int[] postorderNumber = new int[size];
        int[] postorder = postorder(successors, postorderNumber);

        int[] idom = new int[size];
        Arrays.fill(idom, UNSEEN);
        idom[0] = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = size - 1; i >= 0; i--) { // reverse postorder
                int node = postorder[i];
                if (node == 0) {
                    continue;
                }
                int newIdom = UNSEEN;
                for (int predecessor : predecessors[node]) {
                    if (idom[predecessor] != UNSEEN) {
                        newIdom = newIdom == UNSEEN
                                ? predecessor
                                : intersect(predecessor, newIdom, idom, postorderNumber);
                    }
                }
                if (idom[node] != newIdom) {
                    idom[node] = newIdom;
                    changed = true;
                }
            }
        }

        int[] chain = new int[count];
        int length = 0;
        for (int node = idom[sink]; node != 0; node = idom[node]) {
            chain[length++] = globalOf[node];
        }
        int[] fromConsumer = new int[length];
        for (int i = 0; i < length; i++) {
            fromConsumer[i] = chain[length - 1 - i];
        }
        return fromConsumer;
    }

    private int[] localIds(int[] capabilities) {
        int[] ids = new int[capabilities.length];
        for (int i = 0; i < capabilities.length; i++) {
            ids[i] = localOf[capabilities[i]];
        }
        return ids;
    }

    private static int intersect(int a, int b, int[] idom, int[] postorderNumber) {
        int left = a;
        int right = b;
        while (left != right) {
            while (postorderNumber[left] < postorderNumber[right]) {
                left = idom[left];
            }
            while (postorderNumber[right] < postorderNumber[left]) {
                right = idom[right];
            }
        }
        return left;
    }

    private static int[][] predecessors(int[][] successors) {
        int[] counts = new int[successors.length];
        for (int[] targets : successors) {
            for (int target : targets) {
                counts[target]++;
            }
        }
        int[][] predecessors = new int[successors.length][];
        for (int node = 0; node < successors.length; node++) {
            predecessors[node] = new int[counts[node]];
        }
        int[] filled = new int[successors.length];
        for (int node = 0; node < successors.length; node++) {
            for (int target : successors[node]) {
                predecessors[target][filled[target]++] = node;
            }
        }
        return predecessors;
    }

    /** Depth-first postorder from node 0 (all nodes are reachable from it); fills each node's postorder number. */
    private static int[] postorder(int[][] successors, int[] postorderNumber) {
        int size = successors.length;
        int[] order = new int[size];
        int ordered = 0;
        boolean[] visited = new boolean[size];
        int[] stack = new int[size];
        int[] nextEdge = new int[size];
        int top = 0;
        stack[top++] = 0;
        visited[0] = true;
        while (top > 0) {
            int node = stack[top - 1];
            if (nextEdge[node] < successors[node].length) {
                int next = successors[node][nextEdge[node]++];
                if (!visited[next]) {
                    visited[next] = true;
                    stack[top++] = next;
                }
            } else {
                top--;
                postorderNumber[node] = ordered;
                order[ordered++] = node;
            }
        }
        return order;
    }
}
