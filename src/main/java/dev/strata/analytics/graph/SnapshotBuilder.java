package dev.strata.analytics.graph;

import dev.strata.model.EdgeType;
import dev.strata.model.InteractionMode;
import dev.strata.model.Landscape;
import dev.strata.model.Lifecycle;
import dev.strata.model.NodeKind;
import dev.strata.model.TeamType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Collects nodes and relationships, then {@link #build()}s a {@link LandscapeSnapshot}. Not thread-safe; usable
 * once. Attributes a node does not get stay "not set".
 */
public final class SnapshotBuilder {

    private static final NodeKind[] KINDS = NodeKind.values();
    private static final EdgeType[] TYPES = EdgeType.values();

    private final SnapshotParts parts = new SnapshotParts(64);
    private final List<Map<String, Integer>> index = new ArrayList<>();
    private final Map<EdgeType, EdgeList> edges = new EnumMap<>(EdgeType.class);
    private boolean built;

    SnapshotBuilder() {
        for (int k = 0; k < KINDS.length; k++) {
            index.add(new HashMap<>());
        }
        for (EdgeType type : TYPES) {
            edges.put(type, new EdgeList(type == EdgeType.CONSUMES));
        }
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
        parts.ensureCapacity(parts.count + 1);
        int node = parts.count++;
        parts.kinds[node] = (byte) kind.ordinal();
        parts.keys[node] = key;
        parts.names[node] = name == null ? key : name;
        byKey.put(key, node);
        return node;
    }

    /** Adds a node with every attribute its model properties give (see {@link Landscape.Node}). */
    int addNodeWith(NodeKind kind, String key, Map<String, Object> properties) {
        int node = addNode(kind, key, null);
        NodeAttributes.fromProperties(parts, node, kind, properties);
        return node;
    }

    /** Index of a node added before, or -1. */
    public int indexOf(NodeKind kind, String key) {
        Integer node = index.get(kind.ordinal()).get(key);
        return node == null ? -1 : node;
    }

    /** Tier 1..3; anything else is stored as "no tier". */
    public SnapshotBuilder tier(int node, @Nullable Integer tier) {
        NodeAttributes.tier(parts, node, tier);
        return this;
    }

    public SnapshotBuilder lifecycle(int node, @Nullable Lifecycle lifecycle) {
        parts.lifecycles[node] = lifecycle == null ? 0 : (byte) (lifecycle.ordinal() + 1);
        return this;
    }

    /** Rank (null for cross-cutting layers) and the cross-cutting flag of a layer. */
    public SnapshotBuilder layer(int node, @Nullable Integer rank, boolean crossCutting) {
        NodeAttributes.layer(parts, node, rank, crossCutting);
        return this;
    }

    /** Whether a platform has a documentation link, a support channel and an on-call rotation. */
    public SnapshotBuilder product(int node, boolean documented, boolean supported, boolean onCall) {
        NodeAttributes.product(parts, node, documented, supported, onCall);
        return this;
    }

    public SnapshotBuilder team(int node, @Nullable TeamType type, @Nullable Integer size) {
        parts.teamTypes[node] = type == null ? 0 : (byte) (type.ordinal() + 1);
        parts.teamSizes[node] = size == null ? 0 : size;
        return this;
    }

    /** What the adoption and ownership analytics read of a capability: GA date, SLO, compliance, category. */
    public SnapshotBuilder capability(
            int node,
            @Nullable LocalDate gaDate,
            @Nullable Double sloTarget,
            @Nullable Double sloAttainment,
            @Nullable Boolean compliant,
            @Nullable String category) {
        NodeAttributes.capability(parts, node, gaDate, sloTarget, sloAttainment, compliant, category);
        return this;
    }

    /**
     * Adds a relationship between two nodes added before.
     *
     * @throws IllegalArgumentException if the node kinds do not fit the type
     */
    public SnapshotBuilder addEdge(EdgeType type, int from, int to) {
        check(type, from, to);
        edges.get(type).add(from, to, (byte) 0, SnapshotParts.NO_DATE);
        return this;
    }

    /** Adds a relationship by the keys of its end nodes; each key must name exactly one allowed kind. */
    public SnapshotBuilder addEdge(EdgeType type, String fromKey, String toKey) {
        return addEdge(type, resolve(type.sourceKinds(), fromKey), resolve(type.targetKinds(), toKey));
    }

    /** Adds a {@code CONSUMES} relationship with its properties. */
    public SnapshotBuilder addConsumes(
            int consumer, int capability, @Nullable InteractionMode mode, @Nullable LocalDate since) {
        check(EdgeType.CONSUMES, consumer, capability);
        edges.get(EdgeType.CONSUMES).add(consumer, capability, NodeAttributes.mode(mode), NodeAttributes.day(since));
        return this;
    }

    private int resolve(Set<NodeKind> kindsAllowed, String key) {
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
        Objects.checkIndex(from, parts.count);
        Objects.checkIndex(to, parts.count);
        if (!type.sourceKinds().contains(KINDS[parts.kinds[from]])
                || !type.targetKinds().contains(KINDS[parts.kinds[to]])) {
            throw new IllegalArgumentException(type + " cannot connect " + KINDS[parts.kinds[from]] + " '"
                    + parts.keys[from] + "' to " + KINDS[parts.kinds[to]] + " '" + parts.keys[to] + "'");
        }
    }

    public LandscapeSnapshot build() {
        if (built) {
            throw new IllegalStateException("a SnapshotBuilder builds once");
        }
        built = true;
        parts.trim();
        int n = parts.count;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        String[] keys = parts.keys;
        byte[] kinds = parts.kinds;
        Arrays.sort(order, Comparator.<Integer, String>comparing(i -> keys[i]).thenComparingInt(i -> kinds[i]));
        int[] byKeyRank = new int[n];
        int[] keyRanks = new int[n];
        for (int rank = 0; rank < n; rank++) {
            byKeyRank[rank] = order[rank];
            keyRanks[order[rank]] = rank;
        }
        parts.byKeyRank = byKeyRank;
        parts.out = new Adjacency[TYPES.length];
        parts.in = new Adjacency[TYPES.length];
        parts.consumesModes = new byte[0];
        parts.consumesSince = new int[0];
        for (EdgeType type : TYPES) {
            EdgeList list = edges.get(type);
            int m = list.size;
            long[] forward = Csr.sortedPositions(list.from, list.to, m, n, keyRanks);
            int[] offsetsOut = Csr.offsets(list.from, m, n);
            int[] targetsOut = new int[m];
            int[] forwardPosition = new int[m];
            for (int p = 0; p < m; p++) {
                int e = (int) forward[p];
                targetsOut[p] = list.to[e];
                forwardPosition[e] = p;
            }
            Adjacency out = new Adjacency(offsetsOut, targetsOut, null);
            parts.out[type.ordinal()] = out;
            parts.in[type.ordinal()] = Csr.transpose(out, n, byKeyRank, type == EdgeType.CONSUMES);
            if (type == EdgeType.CONSUMES) {
                parts.consumesModes = new byte[m];
                parts.consumesSince = new int[m];
                for (int e = 0; e < m; e++) {
                    parts.consumesModes[forwardPosition[e]] = list.modes[e];
                    parts.consumesSince[forwardPosition[e]] = list.since[e];
                }
            }
        }
        return new LandscapeSnapshot(parts);
    }

    /** Relationships of one type in insertion order, with the CONSUMES properties when asked for. */
    private static final class EdgeList {
        private int size;
        private int[] from = new int[16];
        private int[] to = new int[16];
        private byte[] modes;
        private int[] since;

        EdgeList(boolean withProperties) {
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
