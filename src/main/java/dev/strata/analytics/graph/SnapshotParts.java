package dev.strata.analytics.graph;

import java.util.Arrays;

/**
 * The raw arrays a {@link LandscapeSnapshot} is made of, filled by {@link SnapshotBuilder} (from scratch) or by
 * {@link SnapshotPatch} (from a previous snapshot and a change). Node attributes are parallel arrays indexed by node;
 * {@code byKeyRank} lists the nodes ordered by (key, kind). Mutable and package-private: only the two producers touch
 * it, and the snapshot constructor takes it over.
 */
final class SnapshotParts {

    static final int NO_DATE = Integer.MIN_VALUE;
    static final byte CROSS_CUTTING = 1;
    /** A platform with a documentation link. */
    static final byte DOCUMENTED = 2;
    /** A platform with a support channel. */
    static final byte SUPPORTED = 4;
    /** A platform with an on-call rotation. */
    static final byte ON_CALL = 8;
    /** The flags that say what a platform comes with as a product. */
    static final byte PRODUCT_FLAGS = DOCUMENTED | SUPPORTED | ON_CALL;

    int count;
    byte[] kinds;
    String[] keys;
    String[] names;
    byte[] tiers;
    /** Lifecycle ordinal + 1; 0 = none. */
    byte[] lifecycles;

    int[] layerRanks;
    byte[] flags;
    /** Team type ordinal + 1; 0 = none. */
    byte[] teamTypes;

    int[] teamSizes;
    /** Epoch day of a capability's GA date, or {@link #NO_DATE}. */
    int[] gaDays;
    /** NaN = not set. */
    double[] sloTargets;

    double[] sloAttainments;
    /** 0 = not assessed, 1 = not compliant, 2 = compliant. */
    byte[] compliance;

    String[] categories;

    int[] byKeyRank;
    Adjacency[] out;
    Adjacency[] in;
    /** Per outgoing CONSUMES position: mode ordinal + 1 (0 = none) and since (epoch day or NO_DATE). */
    byte[] consumesModes;

    int[] consumesSince;

    SnapshotParts(int capacity) {
        kinds = new byte[capacity];
        keys = new String[capacity];
        names = new String[capacity];
        tiers = new byte[capacity];
        lifecycles = new byte[capacity];
        layerRanks = filled(capacity, LandscapeSnapshot.NO_RANK);
        flags = new byte[capacity];
        teamTypes = new byte[capacity];
        teamSizes = new int[capacity];
        gaDays = filled(capacity, NO_DATE);
        sloTargets = nans(capacity);
        sloAttainments = nans(capacity);
        compliance = new byte[capacity];
        categories = new String[capacity];
    }

    /** Makes room for at least {@code capacity} nodes, keeping the first {@link #count}. */
    void ensureCapacity(int capacity) {
        if (capacity <= kinds.length) {
            return;
        }
        int size = Math.max(capacity, kinds.length * 2);
        kinds = Arrays.copyOf(kinds, size);
        keys = Arrays.copyOf(keys, size);
        names = Arrays.copyOf(names, size);
        tiers = Arrays.copyOf(tiers, size);
        lifecycles = Arrays.copyOf(lifecycles, size);
        layerRanks = grown(layerRanks, size, LandscapeSnapshot.NO_RANK);
        flags = Arrays.copyOf(flags, size);
        teamTypes = Arrays.copyOf(teamTypes, size);
        teamSizes = Arrays.copyOf(teamSizes, size);
        gaDays = grown(gaDays, size, NO_DATE);
        double[] targets = nans(size);
        System.arraycopy(sloTargets, 0, targets, 0, sloTargets.length);
        sloTargets = targets;
        double[] attainments = nans(size);
        System.arraycopy(sloAttainments, 0, attainments, 0, sloAttainments.length);
        sloAttainments = attainments;
        compliance = Arrays.copyOf(compliance, size);
        categories = Arrays.copyOf(categories, size);
    }

    /** Copies node {@code from} of {@code source} to node {@code to} of this. */
    void copyNode(SnapshotParts source, int from, int to) {
        kinds[to] = source.kinds[from];
        keys[to] = source.keys[from];
        names[to] = source.names[from];
        tiers[to] = source.tiers[from];
        lifecycles[to] = source.lifecycles[from];
        layerRanks[to] = source.layerRanks[from];
        flags[to] = source.flags[from];
        teamTypes[to] = source.teamTypes[from];
        teamSizes[to] = source.teamSizes[from];
        gaDays[to] = source.gaDays[from];
        sloTargets[to] = source.sloTargets[from];
        sloAttainments[to] = source.sloAttainments[from];
        compliance[to] = source.compliance[from];
        categories[to] = source.categories[from];
    }

    /** Clears every attribute of a node but its kind, key and name. */
    void clearAttributes(int node) {
        tiers[node] = 0;
        lifecycles[node] = 0;
        layerRanks[node] = LandscapeSnapshot.NO_RANK;
        flags[node] = 0;
        teamTypes[node] = 0;
        teamSizes[node] = 0;
        gaDays[node] = NO_DATE;
        sloTargets[node] = Double.NaN;
        sloAttainments[node] = Double.NaN;
        compliance[node] = 0;
        categories[node] = null;
    }

    /** Cuts every node array to {@link #count}. */
    void trim() {
        kinds = Arrays.copyOf(kinds, count);
        keys = Arrays.copyOf(keys, count);
        names = Arrays.copyOf(names, count);
        tiers = Arrays.copyOf(tiers, count);
        lifecycles = Arrays.copyOf(lifecycles, count);
        layerRanks = Arrays.copyOf(layerRanks, count);
        flags = Arrays.copyOf(flags, count);
        teamTypes = Arrays.copyOf(teamTypes, count);
        teamSizes = Arrays.copyOf(teamSizes, count);
        gaDays = Arrays.copyOf(gaDays, count);
        sloTargets = Arrays.copyOf(sloTargets, count);
        sloAttainments = Arrays.copyOf(sloAttainments, count);
        compliance = Arrays.copyOf(compliance, count);
        categories = Arrays.copyOf(categories, count);
    }

    private static int[] filled(int size, int value) {
        int[] array = new int[size];
        Arrays.fill(array, value);
        return array;
    }

    private static int[] grown(int[] array, int size, int fill) {
        int[] grown = filled(size, fill);
        System.arraycopy(array, 0, grown, 0, array.length);
        return grown;
    }

    private static double[] nans(int size) {
        double[] array = new double[size];
        Arrays.fill(array, Double.NaN);
        return array;
    }
}
