package dev.strata.analytics.risk;

import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import java.util.Arrays;

/**
 * One dominator tree for every consumer at once.
 *
 * <p>The graph: consumers {@code CONSUMES} capabilities, capabilities {@code DEPENDS_ON} capabilities, and every
 * capability that depends on nothing (a sink) leads to one virtual sink. A capability X is critical for consumer U
 * when every path from U to the virtual sink passes X: X post-dominates U. Post-dominators are the dominators of the
 * reversed graph rooted at the virtual sink, so one tree answers all consumers: U's critical capabilities are its
 * ancestors, nearest first, and the consumers X is critical for are the consumers in X's subtree. Consumers that
 * reach no sink (their paths all end in cycles) are not in the tree and have none.
 *
 * <p>Immediate dominators by the iterative algorithm of Cooper, Harvey and Kennedy ("A Simple, Fast Dominance
 * Algorithm", 2001) over a depth-first postorder of the reversed graph; on dependency graphs, which are nearly
 * acyclic, it settles in two or three passes. Vertices are snapshot node indexes, the virtual sink is
 * {@code nodeCount}. Time and memory linear in capabilities, consumers and their relationships.
 */
final class DominatorTree {

    static final int UNREACHED = -1;

    final LandscapeSnapshot snapshot;
    final int root;
    /** Immediate dominator per vertex; the root's is itself; UNREACHED for vertices the root does not reach. */
    final int[] idom;
    /** Reachable vertices in depth-first postorder (the root last). */
    final int[] postorder;

    final int reached;
    private final int[] postorderNumber;
    private final Adjacency dependsOn;
    private final Adjacency consumes;

    private DominatorTree(LandscapeSnapshot snapshot) {
        this.snapshot = snapshot;
        this.root = snapshot.nodeCount();
        this.dependsOn = snapshot.out(EdgeType.DEPENDS_ON);
        this.consumes = snapshot.out(EdgeType.CONSUMES);
        int size = root + 1;
        postorderNumber = new int[size];
        Arrays.fill(postorderNumber, UNREACHED);
        postorder = new int[size];
        reached = depthFirst();
        idom = new int[size];
        Arrays.fill(idom, UNREACHED);
        idom[root] = root;
        solve();
    }

    static DominatorTree of(LandscapeSnapshot snapshot) {
        return new DominatorTree(snapshot);
    }

    /** Depth-first search of the reversed graph from the root; returns the number of vertices reached. */
    private int depthFirst() {
        Adjacency dependents = snapshot.in(EdgeType.DEPENDS_ON);
        Adjacency consumers = snapshot.in(EdgeType.CONSUMES);
        int[] sinks = sinks();
        int size = root + 1;
        int[] stack = new int[size];
        int[] next = new int[size];
        boolean[] seen = new boolean[size];
        int top = 0;
        int ordered = 0;
        stack[top++] = root;
        seen[root] = true;
        while (top > 0) {
            int vertex = stack[top - 1];
            int child = -1;
            if (vertex == root) {
                while (next[root] < sinks.length && child < 0) {
                    int sink = sinks[next[root]++];
                    child = seen[sink] ? -1 : sink;
                }
            } else if (snapshot.is(vertex, NodeKind.CAPABILITY)) {
                int degree = dependents.degree(vertex);
                while (next[vertex] < degree + consumers.degree(vertex) && child < 0) {
                    int i = next[vertex]++;
                    int candidate = i < degree
                            ? dependents.target(dependents.start(vertex) + i)
                            : consumers.target(consumers.start(vertex) + i - degree);
                    child = seen[candidate] ? -1 : candidate;
                }
            }
            if (child >= 0) {
                seen[child] = true;
                stack[top++] = child;
            } else {
                top--;
                postorderNumber[vertex] = ordered;
                postorder[ordered++] = vertex;
            }
        }
        return ordered;
    }

    private int[] sinks() {
        int[] capabilities = snapshot.nodes(NodeKind.CAPABILITY);
        int count = 0;
        for (int capability : capabilities) {
            if (dependsOn.degree(capability) == 0) {
                count++;
            }
        }
        int[] sinks = new int[count];
        int i = 0;
        for (int capability : capabilities) {
            if (dependsOn.degree(capability) == 0) {
                sinks[i++] = capability;
            }
        }
        return sinks;
    }

    private void solve() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = reached - 2; i >= 0; i--) { // reverse postorder, the root (last) excluded
                int vertex = postorder[i];
                int newIdom = UNREACHED;
                // predecessors in the reversed graph: what the vertex depends on or consumes, and the root for sinks
                Adjacency successors = snapshot.is(vertex, NodeKind.CAPABILITY) ? dependsOn : consumes;
                if (successors.degree(vertex) == 0) {
                    newIdom = root;
                }
                for (int p = successors.start(vertex), end = successors.end(vertex); p < end; p++) {
                    int predecessor = successors.target(p);
                    if (idom[predecessor] != UNREACHED) {
                        newIdom = newIdom == UNREACHED ? predecessor : intersect(predecessor, newIdom);
                    }
                }
                if (idom[vertex] != newIdom) {
                    idom[vertex] = newIdom;
                    changed = true;
                }
            }
        }
    }

    private int intersect(int a, int b) {
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

    /** Whether the root reaches the vertex, i.e. it reaches a sink. */
    boolean reaches(int vertex) {
        return postorderNumber[vertex] != UNREACHED;
    }

    /**
     * Per vertex, the consumers in its subtree (a consumer counts itself): for a capability, the consumers it is
     * critical for. Summed up the tree in postorder, where every dominator comes after what it dominates.
     */
    int[] consumerCounts() {
        int[] counts = new int[root + 1];
        for (int i = 0; i < reached - 1; i++) {
            int vertex = postorder[i];
            if (snapshot.is(vertex, NodeKind.CONSUMER)) {
                counts[vertex]++;
            }
            counts[idom[vertex]] += counts[vertex];
        }
        return counts;
    }

    /** Children lists of the tree in CSR form, each in postorder: {@code [offsets, children]}. */
    int[][] children() {
        int[] offsets = new int[root + 2];
        for (int i = 0; i < reached - 1; i++) {
            offsets[idom[postorder[i]] + 1]++;
        }
        for (int v = 0; v <= root; v++) {
            offsets[v + 1] += offsets[v];
        }
        int[] cursor = Arrays.copyOf(offsets, root + 1);
        int[] children = new int[Math.max(0, reached - 1)];
        for (int i = 0; i < reached - 1; i++) {
            int vertex = postorder[i];
            children[cursor[idom[vertex]]++] = vertex;
        }
        return new int[][] {offsets, children};
    }
}
