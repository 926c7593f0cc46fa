package dev.strata.analytics.hotspots;

import dev.strata.analytics.graph.LandscapeSnapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The hotspot figures of every capability and platform of one snapshot, ranked: highest severity first, then most
 * affected nodes, then by key (capabilities before platforms of the same key). Immutable.
 */
public final class Hotspots {

    private final LandscapeSnapshot snapshot;
    private final int[] nodes;
    private final int[] affected;
    private final int[] consumers;
    private final int[] tier1Consumers;
    private final long[] severity;
    private final int[] ranking;

    Hotspots(
            LandscapeSnapshot snapshot,
            int[] nodes,
            int[] affected,
            int[] consumers,
            int[] tier1Consumers,
            long[] severity) {
        this.snapshot = snapshot;
        this.nodes = nodes;
        this.affected = affected;
        this.consumers = consumers;
        this.tier1Consumers = tier1Consumers;
        this.severity = severity;
        Integer[] order = new Integer[nodes.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(
                order,
                Comparator.<Integer>comparingLong(i -> -severity[i])
                        .thenComparingInt(i -> -affected[i])
                        .thenComparing(i -> snapshot.key(nodes[i]))
                        .thenComparingInt(i -> snapshot.kindOrdinal(nodes[i])));
        this.ranking = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /** The snapshot these figures belong to. */
    public LandscapeSnapshot snapshot() {
        return snapshot;
    }

    /** Number of ranked capabilities and platforms. */
    public int size() {
        return nodes.length;
    }

    /** The first {@code first} of the ranking. */
    public List<Hotspot> top(int first) {
        List<Hotspot> top = new ArrayList<>(Math.min(first, ranking.length));
        for (int r = 0; r < ranking.length && r < first; r++) {
            top.add(hotspot(ranking[r]));
        }
        return top;
    }

    /** Every capability and platform, in ranking order. */
    public List<Hotspot> all() {
        return top(Integer.MAX_VALUE);
    }

    private Hotspot hotspot(int i) {
        int node = nodes[i];
        return new Hotspot(
                snapshot.kind(node),
                snapshot.key(node),
                snapshot.name(node),
                affected[i],
                consumers[i],
                tier1Consumers[i],
                severity[i]);
    }
}
