package dev.strata.analytics.graph;

import java.util.Arrays;

/** Building blocks of the compressed sparse row arrays of {@link Adjacency}. */
final class Csr {

    private Csr() {}

    /**
     * Edge indexes grouped by source (counting sort), each group ordered by the target's key rank, packed as
     * {@code keyRank(target) << 32 | edge}.
     */
    static long[] sortedPositions(int[] sources, int[] targets, int m, int n, int[] keyRanks) {
        int[] cursor = offsets(sources, m, n);
        long[] packed = new long[m];
        for (int e = 0; e < m; e++) {
            packed[cursor[sources[e]]++] = ((long) keyRanks[targets[e]] << 32) | e;
        }
        int[] bounds = offsets(sources, m, n);
        for (int node = 0; node < n; node++) {
            if (bounds[node + 1] - bounds[node] > 1) {
                Arrays.sort(packed, bounds[node], bounds[node + 1]);
            }
        }
        return packed;
    }

    /** Offsets of a CSR whose rows are the given sources: {@code offsets[node]..offsets[node + 1]}. */
    static int[] offsets(int[] sources, int m, int n) {
        int[] offsets = new int[n + 1];
        for (int e = 0; e < m; e++) {
            offsets[sources[e] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            offsets[i + 1] += offsets[i];
        }
        return offsets;
    }

    /**
     * The reverse of an outgoing adjacency: each node's sources, ordered by their key rank because the sources are
     * visited in key order. With {@code positions}, each incoming position remembers the outgoing position it
     * mirrors (the relationship index that relationship properties are stored under).
     */
    static Adjacency transpose(Adjacency out, int n, int[] byKeyRank, boolean positions) {
        int m = out.size();
        int[] offsets = new int[n + 1];
        for (int p = 0; p < m; p++) {
            offsets[out.target(p) + 1]++;
        }
        for (int i = 0; i < n; i++) {
            offsets[i + 1] += offsets[i];
        }
        int[] cursor = Arrays.copyOf(offsets, n);
        int[] sources = new int[m];
        int[] edges = positions ? new int[m] : null;
        for (int rank = 0; rank < n; rank++) {
            int source = byKeyRank[rank];
            for (int p = out.start(source), end = out.end(source); p < end; p++) {
                int slot = cursor[out.target(p)]++;
                sources[slot] = source;
                if (edges != null) {
                    edges[slot] = p;
                }
            }
        }
        return new Adjacency(offsets, sources, edges);
    }
}
