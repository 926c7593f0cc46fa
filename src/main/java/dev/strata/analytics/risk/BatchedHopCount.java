package dev.strata.analytics.risk;

import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;

/**
 * Counts (source, capability) pairs within a number of hops, as {@link HopSearch} defines them (hop 1 = what a
 * consumer consumes or a capability depends on, then down {@code DEPENDS_ON}), 64 sources at a time: one
 * breadth-first search carries a 64-bit mask per node, one bit per source, so the many sources that reach the same
 * capabilities walk their shared part of the graph once ("multi-source BFS", Then et al., VLDB 2014). A capability is
 * first seen by a source at its fewest hops, so each pair is counted exactly once, as the per-source search counts it.
 * Not thread-safe.
 */
final class BatchedHopCount {

    /** Which pairs count: a bit set of the batch's sources that count the capability just reached. */
    interface Accept {

        /** The bits of {@code sourcesOf} (bit i = the batch's i-th source) for which {@code capability} counts. */
        long bits(int capability, long sourcesOf);
    }

    private final LandscapeSnapshot snapshot;
    private final Adjacency dependsOn;
    private final Adjacency consumes;
    private final long[] seen;
    private final long[] frontier;
    private final long[] arriving;
    private final int[] frontierNodes;
    private final int[] arrivingNodes;
    private final int[] seenNodes;

    BatchedHopCount(LandscapeSnapshot snapshot) {
        this.snapshot = snapshot;
        this.dependsOn = snapshot.out(EdgeType.DEPENDS_ON);
        this.consumes = snapshot.out(EdgeType.CONSUMES);
        int n = snapshot.nodeCount();
        seen = new long[n];
        frontier = new long[n];
        arriving = new long[n];
        frontierNodes = new int[n];
        arrivingNodes = new int[n];
        seenNodes = new int[n];
    }

    /**
     * The number of pairs from {@code sources[0..]} within {@code maxHops} that {@code accept} counts;
     * {@code batchStarted} is told each batch's sources first, so that {@code accept} can prepare its masks.
     */
    long count(int[] sources, int maxHops, java.util.function.Consumer<int[]> batchStarted, Accept accept) {
        long count = 0;
        for (int from = 0; from < sources.length; from += Long.SIZE) {
            int[] batch = java.util.Arrays.copyOfRange(sources, from, Math.min(sources.length, from + Long.SIZE));
            batchStarted.accept(batch);
            count += batch(batch, maxHops, accept);
        }
        return count;
    }

    private long batch(int[] batch, int maxHops, Accept accept) {
        int arrivingCount = 0;
        for (int i = 0; i < batch.length; i++) {
            int source = batch[i];
            Adjacency first = snapshot.is(source, NodeKind.CONSUMER) ? consumes : dependsOn;
            for (int p = first.start(source), end = first.end(source); p < end; p++) {
                arrivingCount = arrive(first.target(p), 1L << i, arrivingCount);
            }
        }
        long count = 0;
        int seenCount = 0;
        for (int hops = 1; arrivingCount > 0; hops++) {
            int frontierCount = 0;
            for (int a = 0; a < arrivingCount; a++) {
                int capability = arrivingNodes[a];
                long fresh = arriving[capability] & ~seen[capability];
                arriving[capability] = 0;
                if (fresh == 0) {
                    continue;
                }
                if (seen[capability] == 0) {
                    seenNodes[seenCount++] = capability;
                }
                seen[capability] |= fresh;
                count += Long.bitCount(accept.bits(capability, fresh));
                frontier[capability] = fresh;
                frontierNodes[frontierCount++] = capability;
            }
            arrivingCount = 0;
            if (hops == maxHops) {
                for (int f = 0; f < frontierCount; f++) {
                    frontier[frontierNodes[f]] = 0;
                }
                break;
            }
            for (int f = 0; f < frontierCount; f++) {
                int capability = frontierNodes[f];
                long bits = frontier[capability];
                frontier[capability] = 0;
                for (int p = dependsOn.start(capability), end = dependsOn.end(capability); p < end; p++) {
                    arrivingCount = arrive(dependsOn.target(p), bits, arrivingCount);
                }
            }
        }
        for (int s = 0; s < seenCount; s++) {
            seen[seenNodes[s]] = 0;
        }
        return count;
    }

    private int arrive(int capability, long bits, int arrivingCount) {
        if (arriving[capability] == 0) {
            arrivingNodes[arrivingCount++] = capability;
        }
        arriving[capability] |= bits;
        return arrivingCount;
    }
}
