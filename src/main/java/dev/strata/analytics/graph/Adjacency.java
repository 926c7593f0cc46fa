package dev.strata.analytics.graph;

import org.jspecify.annotations.Nullable;

/**
 * One direction of one relationship type in compressed sparse row form: the neighbours of node {@code n} are
 * {@code target(p)} for {@code p} in {@code [start(n), end(n))}, ordered by the neighbours' keys. Iterate with
 * plain int loops; nothing is allocated.
 */
public final class Adjacency {

    private final int[] offsets;
    private final int[] targets;
    private final int @Nullable [] edges;

    Adjacency(int[] offsets, int[] targets, int @Nullable [] edges) {
        this.offsets = offsets;
        this.targets = targets;
        this.edges = edges;
    }

    /** First position of {@code node}'s neighbours. */
    public int start(int node) {
        return offsets[node];
    }

    /** One past the last position of {@code node}'s neighbours. */
    public int end(int node) {
        return offsets[node + 1];
    }

    public int degree(int node) {
        return offsets[node + 1] - offsets[node];
    }

    /** The neighbour at a position in {@code [start(n), end(n))}. */
    public int target(int position) {
        return targets[position];
    }

    /** The first neighbour of {@code node}, or -1 when it has none (for at-most-one relationships such as PROVIDES). */
    public int first(int node) {
        int start = offsets[node];
        return start < offsets[node + 1] ? targets[start] : -1;
    }

    /**
     * The relationship index at a position, for relationship properties (see
     * {@link LandscapeSnapshot#consumptionMode(int)}): outgoing positions are indexes themselves.
     */
    public int edge(int position) {
        return edges == null ? position : edges[position];
    }

    /** Number of relationships. */
    public int size() {
        return targets.length;
    }

    /** The same relationships over {@code nodeCount} nodes, the nodes added at the end having none. */
    Adjacency extended(int nodeCount) {
        int[] grown = java.util.Arrays.copyOf(offsets, nodeCount + 1);
        java.util.Arrays.fill(grown, offsets.length, grown.length, offsets[offsets.length - 1]);
        return new Adjacency(grown, targets, edges);
    }

    long bytes() {
        return 4L * offsets.length + 4L * targets.length + (edges == null ? 0 : 4L * edges.length);
    }
}
