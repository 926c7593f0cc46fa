package dev.strata.analytics.removed;

import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.EdgeType;
import dev.strata.model.InteractionMode;
import dev.strata.model.NodeKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The capabilities hidden from up to {@link #SEEDS} teams at once: one bounded
 * breadth-first search for all of them, level by level so that depth is the shortest distance from the seeds, as in
 * the reference's bounded pattern. Seed {@code i} is bit {@code i % 64} of word {@code i / 64}; each capability holds
 * its {@link #WORDS} words side by side, so a DEPENDS_ON relationship costs one random memory access per pass for all
 * of them (the access, not the bit operation, is what a pass pays for). Capabilities are numbered densely
 * ({@link DenseDependencies}).
 *
 * <p>The counts per seed come from bit-sliced counters: each capability's words are added, per layer, into
 * {@code planes} (plane {@code i} holds bit {@code i} of every seed's count), so tallying costs a few word operations
 * per capability instead of one increment per (seed, hidden capability) pair.
 */
final class Hidden {

    /** Words per capability: 512 teams per pass, the 1,600 consuming teams at M in 4 passes instead of 25. */
    static final int WORDS = 8;

    static final int SEEDS = WORDS * Long.SIZE;

    private final LandscapeSnapshot s;
    private final Adjacency owns;
    private final Adjacency consumes;
    private final int[] dense;
    private final int[] capabilityNode;
    private final int[] depStart;
    private final int[] depTarget;
    private final int[] slotOf;
    private final String[] layerKeys;
    private final int slots;
    private final int planeCount;
    private final long[] visited;
    private final long[] direct;
    private long[] frontier;
    private long[] next;
    private final int[] touched;
    private final int[] touchedAt;
    private int touchedCount;
    private int pass;
    private final int[] queuedAt;
    private int[] level;
    private int[] reached;
    private final long[] planes;
    private final int[] counts;
    private final int[][] perLayer;

    Hidden(LandscapeSnapshot snapshot) {
        s = snapshot;
        owns = snapshot.out(EdgeType.OWNS);
        consumes = snapshot.out(EdgeType.CONSUMES);
        DenseDependencies dependencies = new DenseDependencies(snapshot);
        dense = dependencies.dense;
        capabilityNode = dependencies.node;
        depStart = dependencies.start;
        depTarget = dependencies.target;
        int m = capabilityNode.length;
        int[] layers = snapshot.nodes(NodeKind.LAYER);
        layerKeys = new String[layers.length];
        int[] layerSlot = new int[snapshot.nodeCount()];
        for (int l = 0; l < layers.length; l++) {
            layerSlot[layers[l]] = l;
            layerKeys[l] = snapshot.key(layers[l]);
        }
        slots = layers.length + 1; // the last one: no layer
        slotOf = new int[m];
        for (int i = 0; i < m; i++) {
            int layer = snapshot.layerOf(capabilityNode[i]);
            slotOf[i] = layer < 0 ? layers.length : layerSlot[layer];
        }
        planeCount = Integer.SIZE - Integer.numberOfLeadingZeros(m) + 1; // a count is at most m
        visited = new long[m * WORDS];
        direct = new long[m * WORDS];
        frontier = new long[m * WORDS];
        next = new long[m * WORDS];
        touched = new int[m];
        touchedAt = new int[m];
        queuedAt = new int[m];
        level = new int[m];
        reached = new int[m];
        planes = new long[slots * WORDS * planeCount];
        perLayer = new int[SEEDS][];
        counts = new int[SEEDS];
    }

    /** Measures the teams {@code teams[from..to)} (at most {@link #SEEDS}), team {@code teams[from + i]} as seed i. */
    void measure(int[] teams, int from, int to) {
        reset();
        int seeds = 0;
        for (int t = from; t < to; t++) {
            int word = (t - from) / Long.SIZE;
            long bit = 1L << ((t - from) % Long.SIZE);
            int team = teams[t];
            for (int o = owns.start(team); o < owns.end(team); o++) {
                int consumer = owns.target(o);
                if (!s.is(consumer, NodeKind.CONSUMER)) {
                    continue;
                }
                for (int c = consumes.start(consumer); c < consumes.end(consumer); c++) {
                    int capability = dense[consumes.target(c)];
                    int at = capability * WORDS + word;
                    touch(capability);
                    direct[at] |= bit;
                    if (s.consumptionMode(consumes.edge(c)) == InteractionMode.X_AS_A_SERVICE
                            && (visited[at] & bit) == 0) {
                        visited[at] |= bit;
                        if (queuedAt[capability] != pass) {
                            queuedAt[capability] = pass;
                            level[seeds++] = capability;
                        }
                        frontier[at] |= bit;
                    }
                }
            }
        }
        propagate(seeds);
        tally(to - from);
    }

    private void reset() {
        for (int t = 0; t < touchedCount; t++) {
            int at = touched[t] * WORDS;
            Arrays.fill(visited, at, at + WORDS, 0);
            Arrays.fill(direct, at, at + WORDS, 0);
        }
        touchedCount = 0;
        pass++;
    }

    /** Level by level from the seeds' frontier words, MAX_DEPTH levels deep. */
    private void propagate(int seeds) {
        int levelSize = seeds;
        // queuedAt marks "in the next level" with a stamp per (pass, depth): pass * (MAX_DEPTH + 1) + depth would
        // overflow sooner, so the stamps of a pass's levels are negative and distinct from every pass number
        for (int depth = 1; depth <= LoadRemovedModel.MAX_DEPTH && levelSize > 0; depth++) {
            int mark = -(pass * (LoadRemovedModel.MAX_DEPTH + 1) + depth);
            int reachedSize = 0;
            for (int i = 0; i < levelSize; i++) {
                int node = level[i];
                int from = node * WORDS;
                for (int d = depStart[node]; d < depStart[node + 1]; d++) {
                    int dependency = depTarget[d];
                    int to = dependency * WORDS;
                    long any = 0;
                    for (int w = 0; w < WORDS; w++) {
                        long fresh = frontier[from + w] & ~visited[to + w];
                        visited[to + w] |= fresh;
                        next[to + w] |= fresh;
                        any |= fresh;
                    }
                    if (any != 0 && queuedAt[dependency] != mark) {
                        queuedAt[dependency] = mark;
                        touch(dependency);
                        reached[reachedSize++] = dependency;
                    }
                }
                Arrays.fill(frontier, from, from + WORDS, 0);
            }
            long[] swapWords = frontier;
            frontier = next;
            next = swapWords;
            int[] swapLevel = level;
            level = reached;
            reached = swapLevel;
            levelSize = reachedSize;
        }
        for (int i = 0; i < levelSize; i++) {
            int at = level[i] * WORDS; // reached at the last depth, not expanded
            Arrays.fill(frontier, at, at + WORDS, 0);
        }
    }

    /** Counts, per seed and layer, the capabilities reached that are not its own (direct) ones. */
    private void tally(int seeds) {
        Arrays.fill(planes, 0);
        for (int t = 0; t < touchedCount; t++) {
            int node = touched[t];
            int at = node * WORDS;
            int counter = slotOf[node] * WORDS * planeCount;
            for (int w = 0; w < WORDS; w++, counter += planeCount) {
                long carry = visited[at + w] & ~direct[at + w];
                for (int p = counter; carry != 0; p++) {
                    long plane = planes[p];
                    planes[p] = plane ^ carry;
                    carry &= plane;
                }
            }
        }
        Arrays.fill(counts, 0);
        for (int seed = 0; seed < seeds; seed++) {
            perLayer[seed] = new int[slots];
            for (int slot = 0; slot < slots; slot++) {
                int c = count(slot, seed);
                perLayer[seed][slot] = c;
                counts[seed] += c;
            }
        }
    }

    private int count(int slot, int seed) {
        int counter = (slot * WORDS + seed / Long.SIZE) * planeCount;
        int shift = seed % Long.SIZE;
        int count = 0;
        for (int p = 0; p < planeCount; p++) {
            count |= (int) ((planes[counter + p] >>> shift) & 1L) << p;
        }
        return count;
    }

    int count(int seed) {
        return counts[seed];
    }

    List<LayerCount> byLayer(int seed) {
        List<LayerCount> layers = new ArrayList<>();
        int[] layerCounts = perLayer[seed];
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

    private void touch(int capability) {
        if (touchedAt[capability] != pass) {
            touchedAt[capability] = pass;
            touched[touchedCount++] = capability;
        }
    }
}
