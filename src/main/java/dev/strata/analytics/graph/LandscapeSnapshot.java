package dev.strata.analytics.graph;

import dev.strata.model.EdgeType;
import dev.strata.model.InteractionMode;
import dev.strata.model.Landscape;
import dev.strata.model.LandscapeDiff;
import dev.strata.model.Lifecycle;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import dev.strata.model.TeamType;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, int-indexed copy of the landscape graph for analytics.
 *
 * <p>Nodes are numbered {@code 0..nodeCount()-1}; per-node attributes live in parallel primitive arrays and every
 * relationship type is held twice in compressed sparse row form ({@link #out(EdgeType)}, {@link #in(EdgeType)}),
 * neighbours ordered by key so that every traversal is deterministic. Nodes are found by key with a binary search
 * over the key order (no hash maps: nothing to copy when a change makes the next snapshot). Memory: 8 bytes per
 * relationship (one int each way) plus, for {@code CONSUMES} only, 9 bytes of properties and reverse index; 8 bytes
 * per node per type for the offsets; about 60 bytes of primitive attributes per node besides its strings. See
 * {@link #adjacencyBytes()} and {@link #estimatedBytes()}.
 *
 * <p>Safe to share between threads. Build one with {@link #builder()}, from model data with
 * {@link #of(Landscape)}, or from a previous snapshot and a committed change with {@link #apply(LandscapeDiff)}.
 */
public final class LandscapeSnapshot {

    /** {@link #layerRank(int)} of a cross-cutting layer (rank {@code null}) and of every node that is not a layer. */
    public static final int NO_RANK = Integer.MIN_VALUE;

    private static final NodeKind[] KINDS = NodeKind.values();
    private static final EdgeType[] TYPES = EdgeType.values();
    private static final Lifecycle[] LIFECYCLES = Lifecycle.values();
    private static final TeamType[] TEAM_TYPES = TeamType.values();
    private static final InteractionMode[] MODES = InteractionMode.values();

    private final SnapshotParts parts;
    private final int nodeCount;
    private final byte[] kinds;
    private final String[] keys;
    private final String[] names;
    private final byte[] tiers;
    private final int[] keyRanks;
    private final int[] byKeyRank;
    private final int[][] nodesByKind;
    private final Adjacency[] out;
    private final Adjacency[] in;
    private final int[] layers;
    private final int[] owningTeams;
    private final Instant createdAt;

    LandscapeSnapshot(SnapshotParts parts) {
        this.parts = parts;
        nodeCount = parts.count;
        kinds = parts.kinds;
        keys = parts.keys;
        names = parts.names;
        tiers = parts.tiers;
        byKeyRank = parts.byKeyRank;
        out = parts.out;
        in = parts.in;

        keyRanks = new int[nodeCount];
        int[] kindCounts = new int[KINDS.length];
        for (int rank = 0; rank < nodeCount; rank++) {
            int node = byKeyRank[rank];
            keyRanks[node] = rank;
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

        layers = new int[nodeCount];
        owningTeams = new int[nodeCount];
        Adjacency inLayer = out(EdgeType.IN_LAYER);
        Adjacency owners = in(EdgeType.OWNS);
        Adjacency providers = in(EdgeType.PROVIDES);
        for (int node = 0; node < nodeCount; node++) {
            boolean platform = kinds[node] == NodeKind.PLATFORM.ordinal();
            layers[node] = platform ? inLayer.first(node) : -1;
            owningTeams[node] = platform || kinds[node] == NodeKind.CONSUMER.ordinal() ? owners.first(node) : -1;
        }
        for (int node = 0; node < nodeCount; node++) {
            int platform = kinds[node] == NodeKind.CAPABILITY.ordinal() ? providers.first(node) : -1;
            if (platform >= 0) {
                layers[node] = layers[platform];
                owningTeams[node] = owningTeams[platform];
            }
        }
        createdAt = Instant.now();
    }

    /** The snapshot of a landscape held in memory (parsed files, a planned change): no database involved. */
    public static LandscapeSnapshot of(Landscape landscape) {
        return LandscapeConversion.snapshot(landscape);
    }

    public static SnapshotBuilder builder() {
        return new SnapshotBuilder();
    }

    /**
     * The snapshot after a committed change: this one with the diff's nodes and relationships written and its
     * removed nodes (with all their relationships) and relationships deleted, as {@code store.DiffWriter} writes
     * them. Idempotent per element: applying a diff whose changes are already in the snapshot changes nothing. Costs
     * one pass over the nodes and over the relationship types the change touches, not a reload.
     *
     * @throws IllegalArgumentException if a relationship of the diff names a node this snapshot does not hold
     */
    public LandscapeSnapshot apply(LandscapeDiff diff) {
        return SnapshotPatch.apply(this, diff);
    }

    SnapshotParts parts() {
        return parts;
    }

    // ---------------------------------------------------------------------------------------------- nodes

    public int nodeCount() {
        return nodeCount;
    }

    /** Node of the given kind and key, or -1: a binary search over the key order. */
    public int indexOf(NodeKind kind, String key) {
        int low = 0;
        int high = nodeCount - 1;
        int wanted = kind.ordinal();
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int node = byKeyRank[mid];
            int order = keys[node].compareTo(key);
            if (order == 0) {
                order = Integer.compare(kinds[node], wanted);
            }
            if (order < 0) {
                low = mid + 1;
            } else if (order > 0) {
                high = mid - 1;
            } else {
                return node;
            }
        }
        return -1;
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
        byte lifecycle = parts.lifecycles[node];
        return lifecycle == 0 ? null : LIFECYCLES[lifecycle - 1];
    }

    /** Whether a capability is DEPRECATED or RETIRED. */
    public boolean deprecatedOrRetired(int node) {
        byte lifecycle = parts.lifecycles[node];
        return lifecycle == Lifecycle.DEPRECATED.ordinal() + 1 || lifecycle == Lifecycle.RETIRED.ordinal() + 1;
    }

    /** Rank of a layer (1 = bottom), or {@link #NO_RANK} for cross-cutting layers and non-layers. */
    public int layerRank(int node) {
        return parts.layerRanks[node];
    }

    public boolean crossCutting(int node) {
        return (parts.flags[node] & SnapshotParts.CROSS_CUTTING) != 0;
    }

    /** Whether a platform declares a documentation link. */
    public boolean documented(int node) {
        return (parts.flags[node] & SnapshotParts.DOCUMENTED) != 0;
    }

    /** Whether a platform declares a support channel. */
    public boolean supported(int node) {
        return (parts.flags[node] & SnapshotParts.SUPPORTED) != 0;
    }

    /** Whether a platform declares an on-call rotation. */
    public boolean onCall(int node) {
        return (parts.flags[node] & SnapshotParts.ON_CALL) != 0;
    }

    public @Nullable TeamType teamType(int node) {
        byte type = parts.teamTypes[node];
        return type == 0 ? null : TEAM_TYPES[type - 1];
    }

    /** Team size in people; 0 when absent. */
    public int teamSize(int node) {
        return parts.teamSizes[node];
    }

    /** A capability's GA date, or null. */
    public @Nullable LocalDate gaDate(int node) {
        int day = parts.gaDays[node];
        return day == SnapshotParts.NO_DATE ? null : LocalDate.ofEpochDay(day);
    }

    /** A capability's SLO target in percent, or null. */
    public @Nullable Double sloTarget(int node) {
        double value = parts.sloTargets[node];
        return Double.isNaN(value) ? null : value;
    }

    /** A capability's measured SLO attainment in percent, or null. */
    public @Nullable Double sloAttainment(int node) {
        double value = parts.sloAttainments[node];
        return Double.isNaN(value) ? null : value;
    }

    /** A capability's compliance assessment, or null when not assessed. */
    public @Nullable Boolean compliant(int node) {
        byte value = parts.compliance[node];
        return value == 0 ? null : value == 2;
    }

    /** A capability's category, or null. */
    public @Nullable String category(int node) {
        return parts.categories[node];
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
        byte mode = parts.consumesModes[consumesEdge];
        return mode == 0 ? null : MODES[mode - 1];
    }

    /** {@code since} of the {@code CONSUMES} relationship with the given index, or null. */
    public @Nullable LocalDate consumedSince(int consumesEdge) {
        int day = parts.consumesSince[consumesEdge];
        return day == SnapshotParts.NO_DATE ? null : LocalDate.ofEpochDay(day);
    }

    /** {@code since} of a {@code CONSUMES} relationship as an epoch day, or {@link Integer#MIN_VALUE} when absent. */
    public int consumedSinceDay(int consumesEdge) {
        return parts.consumesSince[consumesEdge];
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
        long bytes = parts.consumesModes.length + 4L * parts.consumesSince.length;
        for (int t = 0; t < TYPES.length; t++) {
            bytes += out[t].bytes() + in[t].bytes();
        }
        return bytes;
    }

    /**
     * Approximate bytes held by the snapshot: primitive arrays exactly, strings estimated (compact Latin-1 strings).
     */
    public long estimatedBytes() {
        long bytes = adjacencyBytes();
        // attributes (kind, tier, lifecycle, flags, team type, compliance; rank, size, GA day; two doubles), derived
        // (key rank, key order, by kind, layer, owning team) and four references
        bytes += nodeCount * (6L + 4 * 3 + 8 * 2 + 4 * 5 + 8 * 4);
        for (int node = 0; node < nodeCount; node++) {
            bytes += 40 + keys[node].length() + (names[node] == keys[node] ? 0 : 40 + names[node].length());
            String category = parts.categories[node];
            bytes += category == null ? 0 : 40 + category.length();
        }
        return bytes;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "LandscapeSnapshot[" + nodeCount + " nodes, " + relationshipCount() + " relationships]";
    }
}
