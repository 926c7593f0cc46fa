package dev.strata.analytics.graph;

import dev.strata.model.NodeKind;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeRef;
import dev.strata.model.Lifecycle;
import dev.strata.model.TeamType;
import dev.strata.model.InteractionMode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, int-indexed copy of the landscape graph for analytics.
 *
 * <p>Nodes are numbered {@code 0..nodeCount()-1}; per-node attributes live in parallel primitive arrays and every
 * relationship type is held twice in compressed sparse row form ({@link #out(EdgeType)}, {@link #in(EdgeType)}),
 * neighbours ordered by key so that every traversal is deterministic. Memory: 8 bytes per relationship (one int
 * each way) plus, for {@code CONSUMES} only, 9 bytes of properties and reverse index; 8 bytes per node per type for
 * the offsets; 8 bytes per node for the precomputed layer and owning team. See {@link #adjacencyBytes()} and
 * {@link #estimatedBytes()}.
 *
 * <p>Safe to share between threads. Build one with {@link LandscapeSnapshotLoader} or {@link #builder()}.
 */
public final class LandscapeSnapshot {

    /** {@link #layerRank(int)} of a cross-cutting layer (rank {@code null}) and of every node that is not a layer. */
    public static final int NO_RANK = Integer.MIN_VALUE;

    private static final NodeKind[] KINDS = NodeKind.values();
    private static final EdgeType[] TYPES = EdgeType.values();
    private static final Lifecycle[] LIFECYCLES = Lifecycle.values();
    private static final TeamType[] TEAM_TYPES = TeamType.values();
    private static final InteractionMode[] MODES = InteractionMode.values();
    private static final int NO_DATE = Integer.MIN_VALUE;
    private static final byte CROSS_CUTTING = 1;

    private final int nodeCount;
    private final byte[] kinds;
    private final String[] keys;
    private final String[] names;
    private final byte[] tiers;
    private final byte[] lifecycles;
    private final int[] layerRanks;
    private final byte[] flags;
    private final byte[] teamTypes;
    private final int[] teamSizes;
    private final int[] keyRanks;
    private final int[] byKeyRank;
    private final int[][] nodesByKind;
    private final List<Map<String, Integer>> index;
    private final Adjacency[] out;
    private final Adjacency[] in;
    private final byte[] consumesModes;
    private final int[] consumesSince;
    private final int[] layers;
    private final int[] owningTeams;
    private final Instant createdAt;

    private LandscapeSnapshot(Builder b) {
        nodeCount = b.count;
        kinds = Arrays.copyOf(b.kinds, nodeCount);
        keys = Arrays.copyOf(b.keys, nodeCount);
        names = Arrays.copyOf(b.names, nodeCount);
        tiers = Arrays.copyOf(b.tiers, nodeCount);
        lifecycles = Arrays.copyOf(b.lifecycles, nodeCount);
        layerRanks = Arrays.copyOf(b.layerRanks, nodeCount);
        flags = Arrays.copyOf(b.flags, nodeCount);
        teamTypes = Arrays.copyOf(b.teamTypes, nodeCount);
        teamSizes = Arrays.copyOf(b.teamSizes, nodeCount);

        Integer[] order = new Integer[nodeCount];
        for (int i = 0; i < nodeCount; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer, String>comparing(i -> keys[i]).thenComparingInt(i -> kinds[i]));
        keyRanks = new int[nodeCount];
        byKeyRank = new int[nodeCount];
        int[] kindCounts = new int[KINDS.length];
        for (int rank = 0; rank < nodeCount; rank++) {
            int node = order[rank];
            keyRanks[node] = rank;
            byKeyRank[rank] = node;
            kindCounts[kinds[node]]++;
        }
        nodesByKind = new int[KINDS.length][];
        for (int k = 0; k < KINDS.length; k++) {
            nodesByKind[k] = new int[kindCounts[k]];
        }
        int[] fill = new int[KINDS.length];
        for (int rank = 0; rank < nodeCount; rank++) {
            int node = byKeyRank[rank];
            nodesByKind[kinds[node]][fill[kinds[node]]++] = node;
        }
        List<Map<String, Integer>> maps = new ArrayList<>();
        for (int k = 0; k < KINDS.length; k++) {
            maps.add(Map.copyOf(b.index.get(k)));
        }
        index = List.copyOf(maps);

        out = new Adjacency[TYPES.length];
        in = new Adjacency[TYPES.length];
        byte[] modes = new byte[0];
        int[] since = new int[0];
        for (EdgeType type : TYPES) {
            Builder.Edges edges = b.edges.get(type);
            int m = edges.size;
            long[] forward = sortedPositions(edges.from, edges.to, m);
            int[] offsetsOut = offsets(edges.from, m);
            int[] targetsOut = new int[m];
            int[] forwardPosition = new int[m];
            for (int p = 0; p < m; p++) {
                int e = (int) forward[p];
                targetsOut[p] = edges.to[e];
                forwardPosition[e] = p;
            }
            long[] backward = sortedPositions(edges.to, edges.from, m);
            int[] offsetsIn = offsets(edges.to, m);
            int[] targetsIn = new int[m];
            int[] edgesIn = type == EdgeType.CONSUMES ? new int[m] : null;
            for (int p = 0; p < m; p++) {
                int e = (int) backward[p];
                targetsIn[p] = edges.from[e];
                if (edgesIn != null) {
                    edgesIn[p] = forwardPosition[e];
                }
            }
            if (type == EdgeType.CONSUMES) {
                modes = new byte[m];
                since = new int[m];
                for (int e = 0; e < m; e++) {
                    modes[forwardPosition[e]] = edges.modes[e];
                    since[forwardPosition[e]] = edges.since[e];
                }
            }
            out[type.ordinal()] = new Adjacency(offsetsOut, targetsOut, null);
            in[type.ordinal()] = new Adjacency(offsetsIn, targetsIn, edgesIn);
        }
        consumesModes = modes;
        consumesSince = since;

        layers = new int[nodeCount];
        owningTeams = new int[nodeCount];
        Arrays.fill(layers, -1);
        Arrays.fill(owningTeams, -1);
        for (int node = 0; node < nodeCount; node++) {
            if (kinds[node] == NodeKind.PLATFORM.ordinal()) {
                layers[node] = out(EdgeType.IN_LAYER).first(node);
                owningTeams[node] = in(EdgeType.OWNS).first(node);
            } else if (kinds[node] == NodeKind.CONSUMER.ordinal()) {
                owningTeams[node] = in(EdgeType.OWNS).first(node);
            }
        }
        for (int node = 0; node < nodeCount; node++) {
            int platform = kinds[node] == NodeKind.CAPABILITY.ordinal() ? in(EdgeType.PROVIDES).first(node) : -1;
            if (platform >= 0) {
                layers[node] = layers[platform];
                owningTeams[node] = owningTeams[platform];
            }
        }
        createdAt = Instant.now();
    }

    /** Edge indexes grouped by source (counting sort), each group ordered by the target's key rank. */
    private long[] sortedPositions(int[] sources, int[] targets, int m) {
        int[] cursor = offsets(sources, m);
        long[] packed = new long[m];
        for (int e = 0; e < m; e++) {
            packed[cursor[sources[e]]++] = ((long) keyRanks[targets[e]] << 32) | e;
        }
        int[] bounds = offsets(sources, m);
        for (int node = 0; node < nodeCount; node++) {
            if (bounds[node + 1] - bounds[node] > 1) {
                Arrays.sort(packed, bounds[node], bounds[node + 1]);
            }
        }
        return packed;
    }

    private int[] offsets(int[] sources, int m) {
        int[] offsets = new int[nodeCount + 1];
        for (int e = 0; e < m; e++) {
            offsets[sources[e] + 1]++;
        }
        for (int i = 0; i < nodeCount; i++) {
            offsets[i + 1] += offsets[i];
        }
        return offsets;
    }

    /** The snapshot of a landscape held in memory (parsed files, a planned change): no database involved. */
    public static LandscapeSnapshot of(dev.strata.model.Landscape landscape) {
        return LandscapeConversion.snapshot(landscape);
    }

    public static Builder builder() {
        return new Builder();
    }

    // ---------------------------------------------------------------------------------------------- nodes

    public int nodeCount() {
        return nodeCount;
    }

    /** Node of the given kind and key, or -1. */
    public int indexOf(NodeKind kind, String key) {
        Integer node = index.get(kind.ordinal()).get(key);
        return node == null ? -1 : node;
    }

    public int indexOf(NodeRef ref) {
        return indexOf(ref.kind(), ref.key());
    }

    /** All nodes of a kind, ordered by key. The array is shared: do not modify it. */
    public int[] nodes(NodeKind kind) {
        return nodesByKind[kind.ordinal()];
    }

    public int count(NodeKind kind) {
        return nodesByKind[kind.ordinal()].length;
    }

    public NodeKind kind(int node) {
        return KINDS[kinds[node]];
    }

    /** {@code kind(node).ordinal()}, for tight loops. */
    public int kindOrdinal(int node) {
        return kinds[node];
    }

    /** {@code kind(node) == kind} without a lookup. */
    public boolean is(int node, NodeKind kind) {
        return kinds[node] == kind.ordinal();
    }

    public String key(int node) {
        return keys[node];
    }

    public String name(int node) {
        return names[node];
    }

    public NodeRef ref(int node) {
        return new NodeRef(kind(node), keys[node]);
    }

    /** Tier 1..3 of a capability, platform or consumer; 0 when absent or not applicable. */
    public int tier(int node) {
        return tiers[node];
    }

    public @Nullable Lifecycle lifecycle(int node) {
        return lifecycles[node] == 0 ? null : LIFECYCLES[lifecycles[node] - 1];
    }

    /** Rank of a layer (1 = bottom), or {@link #NO_RANK} for cross-cutting layers and non-layers. */
    public int layerRank(int node) {
        return layerRanks[node];
    }

    public boolean crossCutting(int node) {
        return (flags[node] & CROSS_CUTTING) != 0;
    }

    public @Nullable TeamType teamType(int node) {
        return teamTypes[node] == 0 ? null : TEAM_TYPES[teamTypes[node] - 1];
    }

    /** Team size in people; 0 when absent. */
    public int teamSize(int node) {
        return teamSizes[node];
    }

    /**
     * Position of the node in the order of all nodes by (key, kind): a total order usable as a primitive sort key.
     */
    public int keyRank(int node) {
        return keyRanks[node];
    }

    /** Inverse of {@link #keyRank(int)}. */
    public int nodeAtKeyRank(int rank) {
        return byKeyRank[rank];
    }

    // ---------------------------------------------------------------------------------------------- relationships

    /** Outgoing relationships of a type (source to target), e.g. {@code out(DEPENDS_ON)} gives dependencies. */
    public Adjacency out(EdgeType type) {
        return out[type.ordinal()];
    }

    /** Incoming relationships of a type (target to source), e.g. {@code in(DEPENDS_ON)} gives dependents. */
    public Adjacency in(EdgeType type) {
        return in[type.ordinal()];
    }

    public int relationshipCount(EdgeType type) {
        return out[type.ordinal()].size();
    }

    public int relationshipCount() {
        int total = 0;
        for (Adjacency adjacency : out) {
            total += adjacency.size();
        }
        return total;
    }

    /** Mode of the {@code CONSUMES} relationship with the given index ({@link Adjacency#edge(int)}), or null. */
    public @Nullable InteractionMode consumptionMode(int consumesEdge) {
        byte mode = consumesModes[consumesEdge];
        return mode == 0 ? null : MODES[mode - 1];
    }

    /** {@code since} of the {@code CONSUMES} relationship with the given index, or null. */
    public @Nullable LocalDate consumedSince(int consumesEdge) {
        int day = consumesSince[consumesEdge];
        return day == NO_DATE ? null : LocalDate.ofEpochDay(day);
    }

    /** The platform providing a capability, or -1 when unowned. */
    public int providerOf(int capability) {
        return in(EdgeType.PROVIDES).first(capability);
    }

    /** The team owning a platform or consumer, or -1 when unowned. */
    public int ownerOf(int node) {
        return in(EdgeType.OWNS).first(node);
    }

    /** The layer of a platform, or of a capability through its providing platform; -1 otherwise or when none. */
    public int layerOf(int node) {
        return layers[node];
    }

    /**
     * The team owning a platform or consumer, or a capability's providing platform; -1 otherwise or when unowned.
     */
    public int owningTeamOf(int node) {
        return owningTeams[node];
    }

    /** The value stream a team is aligned to, or -1. */
    public int valueStreamOf(int team) {
        return out(EdgeType.ALIGNED_TO).first(team);
    }

    // ---------------------------------------------------------------------------------------------- footprint

    /** Bytes held by the adjacency arrays (both directions, offsets, CONSUMES properties). */
    public long adjacencyBytes() {
        long bytes = consumesModes.length + 4L * consumesSince.length;
        for (int t = 0; t < TYPES.length; t++) {
            bytes += out[t].bytes() + in[t].bytes();
        }
        return bytes;
    }

    /**
     * Approximate bytes held by the snapshot: primitive arrays exactly, strings and the key index estimated
     * (compact Latin-1 strings, 48 bytes per index entry).
     */
    public long estimatedBytes() {
        long bytes = adjacencyBytes();
        bytes += nodeCount * (1L + 1 + 1 + 1 + 1 + 4 + 4 + 4 + 4 + 4 + 4 + 4 + 8 + 8); // attributes, derived, refs
        for (int node = 0; node < nodeCount; node++) {
            bytes += 2L * (40 + keys[node].length()) + (names[node] == keys[node] ? 0 : 40 + names[node].length());
        }
        return bytes + 48L * nodeCount;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "LandscapeSnapshot[" + nodeCount + " nodes, " + relationshipCount() + " relationships]";
    }

    // ---------------------------------------------------------------------------------------------- builder

    /**
     * Collects nodes and relationships, then {@link #build()}s a snapshot. Not thread-safe; usable once.
     */
    public static final class Builder {

        private int count;
        private byte[] kinds = new byte[64];
        private String[] keys = new String[64];
        private String[] names = new String[64];
        private byte[] tiers = new byte[64];
        private byte[] lifecycles = new byte[64];
        private int[] layerRanks = filled(64);
        private byte[] flags = new byte[64];
        private byte[] teamTypes = new byte[64];
        private int[] teamSizes = new int[64];
        private final List<Map<String, Integer>> index = new ArrayList<>();
        private final Map<EdgeType, Edges> edges = new EnumMap<>(EdgeType.class);

        private Builder() {
            for (int k = 0; k < KINDS.length; k++) {
                index.add(new HashMap<>());
            }
            for (EdgeType type : TYPES) {
                edges.put(type, new Edges(type == EdgeType.CONSUMES));
            }
        }

        private static int[] filled(int size) {
            int[] ranks = new int[size];
            Arrays.fill(ranks, NO_RANK);
            return ranks;
        }

        /**
         * Adds a node and returns its index.
         *
         * @throws IllegalArgumentException if a node of the same kind and key exists
         */
        public int addNode(NodeKind kind, String key, @Nullable String name) {
            Objects.requireNonNull(key, "key");
            Map<String, Integer> byKey = index.get(kind.ordinal());
            if (byKey.containsKey(key)) {
                throw new IllegalArgumentException("duplicate " + kind + " key '" + key + "'");
            }
            if (count == kinds.length) {
                int size = count * 2;
                kinds = Arrays.copyOf(kinds, size);
                keys = Arrays.copyOf(keys, size);
                names = Arrays.copyOf(names, size);
                tiers = Arrays.copyOf(tiers, size);
                lifecycles = Arrays.copyOf(lifecycles, size);
                int[] ranks = filled(size);
                System.arraycopy(layerRanks, 0, ranks, 0, count);
                layerRanks = ranks;
                flags = Arrays.copyOf(flags, size);
                teamTypes = Arrays.copyOf(teamTypes, size);
                teamSizes = Arrays.copyOf(teamSizes, size);
            }
            int node = count++;
            kinds[node] = (byte) kind.ordinal();
            keys[node] = key;
            names[node] = name == null ? key : name;
            byKey.put(key, node);
            return node;
        }

        /** Index of a node added before, or -1. */
        public int indexOf(NodeKind kind, String key) {
            Integer node = index.get(kind.ordinal()).get(key);
            return node == null ? -1 : node;
        }

        /** Tier 1..3; anything else is stored as "no tier". */
        public Builder tier(int node, @Nullable Integer tier) {
            tiers[node] = tier != null && tier >= 1 && tier <= 3 ? tier.byteValue() : 0;
            return this;
        }

        public Builder lifecycle(int node, @Nullable Lifecycle lifecycle) {
            lifecycles[node] = lifecycle == null ? 0 : (byte) (lifecycle.ordinal() + 1);
            return this;
        }

        /** Rank (null for cross-cutting layers) and the cross-cutting flag of a layer. */
        public Builder layer(int node, @Nullable Integer rank, boolean crossCutting) {
            layerRanks[node] = rank == null ? NO_RANK : rank;
            flags[node] = (byte) (crossCutting ? flags[node] | CROSS_CUTTING : flags[node] & ~CROSS_CUTTING);
            return this;
        }

        public Builder team(int node, @Nullable TeamType type, @Nullable Integer size) {
            teamTypes[node] = type == null ? 0 : (byte) (type.ordinal() + 1);
            teamSizes[node] = size == null ? 0 : size;
            return this;
        }

        /**
         * Adds a relationship between two nodes added before.
         *
         * @throws IllegalArgumentException if the node kinds do not fit the type
         */
        public Builder addEdge(EdgeType type, int from, int to) {
            check(type, from, to);
            edges.get(type).add(from, to, (byte) 0, NO_DATE);
            return this;
        }

        /** Adds a relationship by the keys of its end nodes; each key must name exactly one allowed kind. */
        public Builder addEdge(EdgeType type, String fromKey, String toKey) {
            return addEdge(type, resolve(type.sourceKinds(), fromKey), resolve(type.targetKinds(), toKey));
        }

        /** Adds a {@code CONSUMES} relationship with its properties. */
        public Builder addConsumes(int consumer, int capability, @Nullable InteractionMode mode,
                                   @Nullable LocalDate since) {
            check(EdgeType.CONSUMES, consumer, capability);
            edges.get(EdgeType.CONSUMES).add(consumer, capability,
                    mode == null ? 0 : (byte) (mode.ordinal() + 1),
                    since == null ? NO_DATE : Math.toIntExact(since.toEpochDay()));
            return this;
        }

        private int resolve(java.util.Set<NodeKind> kindsAllowed, String key) {
            int found = -1;
            for (NodeKind kind : kindsAllowed) {
                int node = indexOf(kind, key);
                if (node >= 0) {
                    if (found >= 0) {
                        throw new IllegalArgumentException("key '" + key + "' is ambiguous among " + kindsAllowed);
                    }
                    found = node;
                }
            }
            if (found < 0) {
                throw new IllegalArgumentException("no " + kindsAllowed + " with key '" + key + "'");
            }
            return found;
        }

        private void check(EdgeType type, int from, int to) {
            Objects.checkIndex(from, count);
            Objects.checkIndex(to, count);
            if (!type.sourceKinds().contains(KINDS[kinds[from]]) || !type.targetKinds().contains(KINDS[kinds[to]])) {
                throw new IllegalArgumentException(type + " cannot connect " + KINDS[kinds[from]] + " '" + keys[from]
                        + "' to " + KINDS[kinds[to]] + " '" + keys[to] + "'");
            }
        }

        public LandscapeSnapshot build() {
            return new LandscapeSnapshot(this);
        }

        private static final class Edges {
            private int size;
            private int[] from = new int[16];
            private int[] to = new int[16];
            private byte[] modes;
            private int[] since;

            Edges(boolean withProperties) {
                modes = new byte[withProperties ? 16 : 0];
                since = new int[withProperties ? 16 : 0];
            }

            void add(int source, int target, byte mode, int day) {
                if (size == from.length) {
                    from = Arrays.copyOf(from, size * 2);
                    to = Arrays.copyOf(to, size * 2);
                    if (modes.length > 0) {
                        modes = Arrays.copyOf(modes, size * 2);
                        since = Arrays.copyOf(since, size * 2);
                    }
                }
                from[size] = source;
                to[size] = target;
                if (modes.length > 0) {
                    modes[size] = mode;
                    since[size] = day;
                }
                size++;
            }
        }
    }
}
