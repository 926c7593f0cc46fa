package dev.strata.analytics.risk;

import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The number of tier inversions, the pairs {@link ReachRisks#tierInversions} lists, without listing them: for every
 * source (a capability or consumer with a tier), the capabilities of a less critical tier within the hop bound.
 *
 * <p>At scale M that is 7 million pairs from 94,000 sources, one bounded breadth-first search each. Three things make
 * it fast (433 ms at M before, 90 ms after, on two cores):
 *
 * <ul>
 *   <li>Searches run on a copy of DEPENDS_ON over the capabilities alone, numbered densely: marks, frontier and tiers
 *       of M's 30,000 capabilities stay in the processor's cache, where arrays over all 100,000 nodes did not.
 *   <li>Sources of the least critical tier any capability has cannot be inverted and are not searched (a third).
 *   <li>Searches are bit-parallel (a multi-source breadth-first search): 64 sources at once, one bit each, so a
 *       capability several of them reach is expanded once per hop for all of them. Sources are ordered by the first
 *       capability they reach, so that a batch shares as much as it can.
 * </ul>
 *
 * Batches are independent and only read the snapshot; they are split over the cores.
 */
final class TierInversionCount {

    static final int MAX_SOURCES_PER_BATCH = Long.SIZE;

    private final LandscapeSnapshot snapshot;
    private final int[] dense;
    private final byte[] tiers;
    private final int[] offsets;
    private final int[] targets;
    private final Adjacency consumes;
    private final Adjacency dependsOn;
    /** Sources that can be inverted, ordered by the first capability they reach. */
    private final int[] sources;

    private final int highestTier;

    private TierInversionCount(LandscapeSnapshot snapshot) {
        this.snapshot = snapshot;
        int[] capabilities = snapshot.nodes(NodeKind.CAPABILITY);
        dense = new int[snapshot.nodeCount()];
        tiers = new byte[capabilities.length];
        int highest = 0;
        for (int i = 0; i < capabilities.length; i++) {
            dense[capabilities[i]] = i;
            tiers[i] = (byte) snapshot.tier(capabilities[i]);
            highest = Math.max(highest, tiers[i]);
        }
        highestTier = highest;
        dependsOn = snapshot.out(EdgeType.DEPENDS_ON);
        consumes = snapshot.out(EdgeType.CONSUMES);
        offsets = new int[capabilities.length + 1];
        for (int i = 0; i < capabilities.length; i++) {
            offsets[i + 1] = offsets[i] + dependsOn.degree(capabilities[i]);
        }
        targets = new int[offsets[capabilities.length]];
        for (int i = 0; i < capabilities.length; i++) {
            int at = offsets[i];
            for (int p = dependsOn.start(capabilities[i]), end = dependsOn.end(capabilities[i]); p < end; p++) {
                targets[at++] = dense[dependsOn.target(p)];
            }
        }
        sources = orderedSources();
    }

    /** The count, with the batches split into {@code parts} and at most {@code sourcesPerBatch} sources each. */
    static long count(LandscapeSnapshot snapshot, int maxHops, int parts, int sourcesPerBatch) {
        if (sourcesPerBatch < 1 || sourcesPerBatch > MAX_SOURCES_PER_BATCH) {
            throw new IllegalArgumentException("sourcesPerBatch must be between 1 and 64, got " + sourcesPerBatch);
        }
        TierInversionCount count = new TierInversionCount(snapshot);
        int batches = (count.sources.length + sourcesPerBatch - 1) / sourcesPerBatch;
        int threads = Math.max(1, Math.min(parts, batches));
        return IntStream.range(0, threads)
                .parallel()
                .mapToLong(part -> {
                    Batch batch = count.new Batch();
                    long found = 0;
                    for (int b = part; b < batches; b += threads) {
                        int from = b * sourcesPerBatch;
                        found += batch.count(from, Math.min(count.sources.length, from + sourcesPerBatch), maxHops);
                    }
                    return found;
                })
                .sum();
    }

    private int[] orderedSources() {
        int[] capabilities = snapshot.nodes(NodeKind.CAPABILITY);
        int[] consumers = snapshot.nodes(NodeKind.CONSUMER);
        long[] byFirstHop = new long[capabilities.length + consumers.length];
        int size = 0;
        for (int[] kind : new int[][] {capabilities, consumers}) {
            for (int source : kind) {
                int tier = snapshot.tier(source);
                if (tier == 0 || tier >= highestTier) {
                    continue;
                }
                Adjacency first = firstHop(source);
                int lowest = Integer.MAX_VALUE;
                for (int p = first.start(source), end = first.end(source); p < end; p++) {
                    lowest = Math.min(lowest, dense[first.target(p)]);
                }
                byFirstHop[size++] = (long) lowest << 32 | source;
            }
        }
        Arrays.sort(byFirstHop, 0, size);
        int[] ordered = new int[size];
        for (int i = 0; i < size; i++) {
            ordered[i] = (int) byFirstHop[i];
        }
        return ordered;
    }

    private Adjacency firstHop(int source) {
        return snapshot.is(source, NodeKind.CONSUMER) ? consumes : dependsOn;
    }

    /**
     * One thread's bit-parallel searches. Per capability: the sources that have reached it ({@code seen}), those that
     * reached it in the last hop ({@code frontier}) and those reaching it in this one ({@code next}); a source's bit is
     * counted where it first reaches a capability of a less critical tier than its own.
     */
    private final class Batch {

        private final long[] seen = new long[tiers.length];
        private long[] frontierBits = new long[tiers.length];
        private long[] nextBits = new long[tiers.length];
        private int[] frontier = new int[tiers.length];
        private int[] next = new int[tiers.length];
        private final int[] touched = new int[tiers.length];
        /** Per tier: the bits of the batch's sources more critical than it (a lower tier number). */
        private final long[] moreCritical = new long[highestTier + 1];

        private int touchedCount;
        private int nextCount;
        private long found;

        long count(int from, int to, int maxHops) {
            Arrays.fill(moreCritical, 0L);
            for (int i = from; i < to; i++) {
                for (int tier = snapshot.tier(sources[i]) + 1; tier <= highestTier; tier++) {
                    moreCritical[tier] |= 1L << (i - from);
                }
            }
            found = 0;
            touchedCount = 0;
            nextCount = 0;
            for (int i = from; i < to; i++) {
                int source = sources[i];
                Adjacency first = firstHop(source);
                for (int p = first.start(source), end = first.end(source); p < end; p++) {
                    reach(dense[first.target(p)], 1L << (i - from));
                }
            }
            for (int hops = 2; hops <= maxHops && nextCount > 0; hops++) {
                long[] bits = frontierBits;
                frontierBits = nextBits;
                nextBits = bits;
                int[] nodes = frontier;
                frontier = next;
                next = nodes;
                int size = nextCount;
                nextCount = 0;
                for (int f = 0; f < size; f++) {
                    int capability = frontier[f];
                    long arriving = frontierBits[capability];
                    frontierBits[capability] = 0L;
                    for (int p = offsets[capability], end = offsets[capability + 1]; p < end; p++) {
                        reach(targets[p], arriving);
                    }
                }
            }
            for (int f = 0; f < nextCount; f++) {
                nextBits[next[f]] = 0L;
            }
            for (int t = 0; t < touchedCount; t++) {
                seen[touched[t]] = 0L;
            }
            return found;
        }

        /** The sources of {@code arriving} reach {@code capability} in this hop; those that had not are counted. */
        private void reach(int capability, long arriving) {
            long fresh = arriving & ~seen[capability];
            if (fresh == 0L) {
                return;
            }
            if (seen[capability] == 0L) {
                touched[touchedCount++] = capability;
            }
            seen[capability] |= fresh;
            if (nextBits[capability] == 0L) {
                next[nextCount++] = capability;
            }
            nextBits[capability] |= fresh;
            found += Long.bitCount(fresh & moreCritical[tiers[capability]]);
        }
    }
}
