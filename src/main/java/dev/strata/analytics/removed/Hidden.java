package dev.strata.analytics.removed;

import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.EdgeType;
import dev.strata.model.InteractionMode;
import dev.strata.model.NodeKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The capabilities hidden from up to 64 teams at once: one bounded breadth-first search for all of them, a bit per
 * team in a long per node (the reach of team {@code b} is bit {@code b}), level by level so that depth is the
 * shortest distance from the team's X_AS_A_SERVICE consumptions, as in the reference's bounded pattern. What a
 * team consumes itself (in any mode) is not hidden from it.
 */
final class Hidden {

    private final LandscapeSnapshot s;
    private final Adjacency owns;
    private final Adjacency consumes;
    private final Adjacency dependsOn;
    private final long[] visited;
    private final long[] direct;
    private long[] frontier;
    private long[] next;
    private final int[] touched;
    private int touchedCount;
    private final int[] layerSlot;
    private final String[] layerKeys;
    private final int[][] perLayer = new int[Long.SIZE][];
    private final int[] counts = new int[Long.SIZE];

    Hidden(LandscapeSnapshot snapshot) {
        s = snapshot;
        owns = snapshot.out(EdgeType.OWNS);
        consumes = snapshot.out(EdgeType.CONSUMES);
        dependsOn = snapshot.out(EdgeType.DEPENDS_ON);
        int n = snapshot.nodeCount();
        visited = new long[n];
        direct = new long[n];
        frontier = new long[n];
        next = new long[n];
        touched = new int[n];
        int[] layers = snapshot.nodes(NodeKind.LAYER);
        layerKeys = new String[layers.length];
        layerSlot = new int[n];
        for (int l = 0; l < layers.length; l++) {
            layerSlot[layers[l]] = l;
            layerKeys[l] = snapshot.key(layers[l]);
        }
        for (int b = 0; b < Long.SIZE; b++) {
            perLayer[b] = new int[layers.length + 1];
        }
    }

    /**
     * Measures what lies below each of the capabilities {@code capabilities[from..to)} (at most 64), capability
     * {@code capabilities[from + b]} as bit b: {@link #count(int)} is then the number of distinct capabilities 1 to
     * MAX_DEPTH hops below it, itself excluded.
     */
    void measureBelow(int[] capabilities, int from, int to) {
        reset();
        IntBuffer seeds = new IntBuffer();
        for (int t = from; t < to; t++) {
            long bit = 1L << (t - from);
            int capability = capabilities[t];
            touch(capability);
            direct[capability] |= bit;
            visited[capability] |= bit;
            if (frontier[capability] == 0) {
                seeds.add(capability);
            }
            frontier[capability] |= bit;
        }
        propagate(seeds);
        tally(false);
    }

    private void reset() {
        for (int t = 0; t < touchedCount; t++) {
            int node = touched[t];
            visited[node] = 0;
            direct[node] = 0;
        }
        touchedCount = 0;
    }

    /** Measures the teams {@code teams[from..to)} (at most 64), team {@code teams[from + b]} as bit b. */
    void measure(int[] teams, int from, int to) {
        reset();
        IntBuffer seeds = new IntBuffer();
        for (int t = from; t < to; t++) {
            long bit = 1L << (t - from);
            int team = teams[t];
            for (int o = owns.start(team); o < owns.end(team); o++) {
                int consumer = owns.target(o);
                if (!s.is(consumer, NodeKind.CONSUMER)) {
                    continue;
                }
                for (int c = consumes.start(consumer); c < consumes.end(consumer); c++) {
                    int capability = consumes.target(c);
                    touch(capability);
                    direct[capability] |= bit;
                    if (s.consumptionMode(consumes.edge(c)) == InteractionMode.X_AS_A_SERVICE
                            && (visited[capability] & bit) == 0) {
                        visited[capability] |= bit;
                        if (frontier[capability] == 0) {
                            seeds.add(capability);
                        }
                        frontier[capability] |= bit;
                    }
                }
            }
        }
        propagate(seeds);
        tally(true);
    }

    /** Level by level from the seeds' frontier bits, MAX_DEPTH levels deep. */
    private void propagate(IntBuffer seeds) {
        int[] level = seeds.values;
        int levelSize = seeds.size;
        for (int depth = 1; depth <= LoadRemovedModel.MAX_DEPTH && levelSize > 0; depth++) {
            IntBuffer reached = new IntBuffer();
            for (int i = 0; i < levelSize; i++) {
                int node = level[i];
                long bits = frontier[node];
                frontier[node] = 0;
                for (int d = dependsOn.start(node); d < dependsOn.end(node); d++) {
                    int dependency = dependsOn.target(d);
                    long fresh = bits & ~visited[dependency];
                    if (fresh != 0) {
                        touch(dependency);
                        visited[dependency] |= fresh;
                        if (next[dependency] == 0) {
                            reached.add(dependency);
                        }
                        next[dependency] |= fresh;
                    }
                }
            }
            long[] swap = frontier;
            frontier = next;
            next = swap;
            level = reached.values;
            levelSize = reached.size;
        }
        for (int i = 0; i < levelSize; i++) {
            frontier[level[i]] = 0; // reached at the last depth, not expanded
        }
    }

    /** Counts, per bit, the nodes reached that are not its own (direct) ones; per layer when asked. */
    private void tally(boolean layers) {
        java.util.Arrays.fill(counts, 0);
        if (!layers) {
            for (int t = 0; t < touchedCount; t++) {
                int node = touched[t];
                long bits = visited[node] & ~direct[node];
                while (bits != 0) {
                    counts[Long.numberOfTrailingZeros(bits)]++;
                    bits &= bits - 1;
                }
            }
            return;
        }
        for (int[] layerCounts : perLayer) {
            java.util.Arrays.fill(layerCounts, 0);
        }
        int noLayer = layerKeys.length;
        for (int t = 0; t < touchedCount; t++) {
            int node = touched[t];
            long bits = visited[node] & ~direct[node];
            if (bits == 0) {
                continue;
            }
            int layer = s.layerOf(node);
            int slot = layer < 0 ? noLayer : layerSlot[layer];
            while (bits != 0) {
                int b = Long.numberOfTrailingZeros(bits);
                counts[b]++;
                perLayer[b][slot]++;
                bits &= bits - 1;
            }
        }
    }

    int count(int bit) {
        return counts[bit];
    }

    List<LayerCount> byLayer(int bit) {
        List<LayerCount> layers = new ArrayList<>();
        int[] layerCounts = perLayer[bit];
        for (int l = 0; l < layerKeys.length; l++) {
            if (layerCounts[l] > 0) {
                layers.add(new LayerCount(layerKeys[l], layerCounts[l]));
            }
        }
        if (layerCounts[layerKeys.length] > 0) {
            layers.add(new LayerCount(null, layerCounts[layerKeys.length]));
        }
        return layers;
    }

    private void touch(int node) {
        if (visited[node] == 0 && direct[node] == 0) {
            touched[touchedCount++] = node;
        }
    }
}
