package dev.strata.analytics.snapshot;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.graph.SnapshotBuilder;
import dev.strata.model.EdgeType;
import dev.strata.model.InteractionMode;
import dev.strata.model.Lifecycle;
import dev.strata.model.NodeKind;
import dev.strata.model.TeamType;
import dev.strata.neo4j.KernelTokens;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.internal.kernel.api.CursorFactory;
import org.neo4j.internal.kernel.api.NodeCursor;
import org.neo4j.internal.kernel.api.PropertyCursor;
import org.neo4j.internal.kernel.api.RelationshipTraversalCursor;
import org.neo4j.internal.kernel.api.TokenRead;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.storageengine.api.PropertySelection;
import org.neo4j.storageengine.api.RelationshipSelection;
import org.neo4j.token.api.TokenConstants;
import org.neo4j.values.storable.Value;

/**
 * Reads the snapshot straight from the embedded database's kernel, in the application's own process: one scan over
 * all nodes with a node, a property and a relationship cursor, no query planning, no Bolt encoding, no objects per
 * node or relationship. Relationships are found from their source node's outgoing chain and resolved by internal
 * node reference, so no key is looked up. Counts come from the count store.
 *
 * <p>This is Neo4j's internal kernel API: it may change between Neo4j versions, which is why only this class uses it
 * and {@code LandscapeSnapshotsIT} checks it against the Bolt reader on every build.
 */
final class KernelSnapshotSource implements SnapshotSource {

    private static final NodeKind[] KINDS = NodeKind.values();
    private static final EdgeType[] TYPES = EdgeType.values();
    private static final String[] PROPERTIES = {
        "key",
        "name",
        "tier",
        "lifecycle",
        "rank",
        "crossCutting",
        "type",
        "size",
        "gaDate",
        "sloTarget",
        "sloAttainment",
        "compliant",
        "category",
        "since",
        "mode",
        "documentation",
        "supportChannel",
        "onCall"
    };
    private static final int KEY = 0;
    private static final int NAME = 1;
    private static final int TIER = 2;
    private static final int LIFECYCLE = 3;
    private static final int RANK = 4;
    private static final int CROSS_CUTTING = 5;
    private static final int TYPE = 6;
    private static final int SIZE = 7;
    private static final int GA_DATE = 8;
    private static final int SLO_TARGET = 9;
    private static final int SLO_ATTAINMENT = 10;
    private static final int COMPLIANT = 11;
    private static final int CATEGORY = 12;
    private static final int SINCE = 13;
    private static final int MODE = 14;
    private static final int DOCUMENTATION = 15;
    private static final int SUPPORT_CHANNEL = 16;
    private static final int ON_CALL = 17;
    private static final int ATTEMPTS = 3;

    private final GraphDatabaseService database;
    private final Duration readTimeout;
    private final Duration probeTimeout;

    /** Reads the whole landscape within {@code readTimeout}; a probe (two counts) within {@code probeTimeout}. */
    KernelSnapshotSource(GraphDatabaseService database, Duration readTimeout, Duration probeTimeout) {
        this.database = database;
        this.readTimeout = readTimeout;
        this.probeTimeout = probeTimeout;
    }

    KernelSnapshotSource(GraphDatabaseService database, Duration timeout) {
        this(database, timeout, timeout);
    }

    @Override
    public String describe() {
        return "the embedded database's kernel";
    }

    @Override
    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public Read read() {
        for (int attempt = 1; ; attempt++) {
            try (InternalTransaction tx =
                    (InternalTransaction) database.beginTx(readTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                long before = version(tx);
                LandscapeSnapshot snapshot = new Scan(tx.kernelTransaction()).snapshot();
                LandscapeCounts counts = counts(tx.kernelTransaction());
                long after = version(tx);
                if (before == after || attempt == ATTEMPTS) {
                    return new Read(snapshot, before, before == after ? counts : null);
                }
            }
        }
    }

    @Override
    public Probe probe() {
        try (InternalTransaction tx =
                (InternalTransaction) database.beginTx(probeTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return new Probe(version(tx), counts(tx.kernelTransaction()));
        }
    }

    private static long version(InternalTransaction tx) {
        Node head = tx.findNode(Label.label("StrataMeta"), "key", "landscape-head");
        return head != null && head.getProperty("version", null) instanceof Number n ? n.longValue() : 0;
    }

    private static LandscapeCounts counts(KernelTransaction ktx) {
        TokenRead tokens = ktx.tokenRead();
        org.neo4j.internal.kernel.api.Read read = ktx.dataRead();
        long[] nodes = new long[KINDS.length];
        for (NodeKind kind : KINDS) {
            nodes[kind.ordinal()] = KernelTokens.nodeCount(tokens, read, kind);
        }
        long[] relationships = new long[TYPES.length];
        for (EdgeType type : TYPES) {
            relationships[type.ordinal()] = KernelTokens.relationshipCount(tokens, read, type);
        }
        return LandscapeCounts.of(nodes, relationships);
    }

    /** One scan of one transaction. */
    private static final class Scan {

        private final KernelTransaction ktx;
        private final int[] labels = new int[KINDS.length];
        private final int[] types = new int[TYPES.length];
        /** Relationship type token to edge type ordinal, -1 for other types. */
        private int[] edgeTypeOf = new int[0];

        private final int[] propertyIds = new int[PROPERTIES.length];
        /** Property key token to the index in PROPERTIES, -1 for other keys. */
        private int[] propertyOf = new int[0];

        private final Object[] values = new Object[PROPERTIES.length];
        private final SnapshotBuilder builder = LandscapeSnapshot.builder();
        private final NodeReferences references = new NodeReferences();
        private byte[] kindOf = new byte[1024];
        private final EdgeBuffer edges = new EdgeBuffer();

        Scan(KernelTransaction ktx) {
            this.ktx = ktx;
            TokenRead tokens = ktx.tokenRead();
            for (NodeKind kind : KINDS) {
                labels[kind.ordinal()] = tokens.nodeLabel(kind.label());
            }
            for (EdgeType type : TYPES) {
                int token = tokens.relationshipType(type.name());
                types[type.ordinal()] = token;
                if (token != TokenConstants.NO_TOKEN) {
                    edgeTypeOf = KernelTokens.grow(edgeTypeOf, token);
                    edgeTypeOf[token] = type.ordinal();
                }
            }
            for (int p = 0; p < PROPERTIES.length; p++) {
                int token = tokens.propertyKey(PROPERTIES[p]);
                propertyIds[p] = token;
                if (token != TokenConstants.NO_TOKEN) {
                    propertyOf = KernelTokens.grow(propertyOf, token);
                    propertyOf[token] = p;
                }
            }
        }

        LandscapeSnapshot snapshot() {
            CursorFactory cursors = ktx.cursors();
            try (NodeCursor node = cursors.allocateNodeCursor(ktx.cursorContext(), ktx.memoryTracker());
                    PropertyCursor properties =
                            cursors.allocatePropertyCursor(ktx.cursorContext(), ktx.memoryTracker());
                    RelationshipTraversalCursor relationships =
                            cursors.allocateRelationshipTraversalCursor(ktx.cursorContext(), ktx.memoryTracker())) {
                ktx.dataRead().allNodesScan(node);
                while (node.next()) {
                    NodeKind kind = kind(node);
                    if (kind == null) {
                        continue;
                    }
                    node.properties(properties, PropertySelection.ALL_PROPERTIES);
                    readProperties(properties);
                    if (!(values[KEY] instanceof String key)) {
                        continue;
                    }
                    int index = addNode(kind, key);
                    references.put(node.nodeReference(), index);
                    node.relationships(relationships, RelationshipSelection.selection(Direction.OUTGOING));
                    while (relationships.next()) {
                        int type = relationships.type() < edgeTypeOf.length ? edgeTypeOf[relationships.type()] : -1;
                        if (type < 0) {
                            continue;
                        }
                        byte mode = 0;
                        int since = Integer.MIN_VALUE;
                        if (type == EdgeType.CONSUMES.ordinal()) {
                            relationships.properties(properties, PropertySelection.ALL_PROPERTIES);
                            readProperties(properties);
                            InteractionMode interaction = constant(InteractionMode.class, values[MODE]);
                            mode = interaction == null ? 0 : (byte) (interaction.ordinal() + 1);
                            LocalDate date = date(values[SINCE]);
                            since = date == null ? Integer.MIN_VALUE : Math.toIntExact(date.toEpochDay());
                        }
                        edges.add(index, relationships.otherNodeReference(), type, mode, since);
                    }
                }
            }
            for (int e = 0; e < edges.size; e++) {
                int to = references.get(edges.targets[e]);
                EdgeType type = TYPES[edges.types[e]];
                if (to < 0
                        || !type.sourceKinds().contains(KINDS[kindOf[edges.sources[e]]])
                        || !type.targetKinds().contains(KINDS[kindOf[to]])) {
                    continue; // not a landscape node, or not a relationship the model knows between these kinds
                }
                if (type == EdgeType.CONSUMES) {
                    byte mode = edges.modes[e];
                    int since = edges.since[e];
                    builder.addConsumes(
                            edges.sources[e],
                            to,
                            mode == 0 ? null : InteractionMode.values()[mode - 1],
                            since == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(since));
                } else {
                    builder.addEdge(type, edges.sources[e], to);
                }
            }
            return builder.build();
        }

        private @Nullable NodeKind kind(NodeCursor node) {
            for (int k = 0; k < KINDS.length; k++) {
                if (labels[k] != TokenConstants.NO_TOKEN && node.hasLabel(labels[k])) {
                    return KINDS[k];
                }
            }
            return null;
        }

        private void readProperties(PropertyCursor properties) {
            Arrays.fill(values, null);
            while (properties.next()) {
                int key = properties.propertyKey();
                int p = key < propertyOf.length ? propertyOf[key] : -1;
                if (p >= 0) {
                    Value value = properties.propertyValue();
                    values[p] = value.asObjectCopy();
                }
            }
        }

        private int addNode(NodeKind kind, String key) {
            if (builder.indexOf(kind, key) >= 0) {
                return builder.indexOf(kind, key); // a second node with the same key: the first one wins
            }
            int index = builder.addNode(kind, key, values[NAME] instanceof String name ? name : null);
            if (index >= kindOf.length) {
                kindOf = Arrays.copyOf(kindOf, kindOf.length * 2);
            }
            kindOf[index] = (byte) kind.ordinal();
            switch (kind) {
                case CAPABILITY ->
                    builder.tier(index, integer(values[TIER]))
                            .lifecycle(index, constant(Lifecycle.class, values[LIFECYCLE]))
                            .capability(
                                    index,
                                    date(values[GA_DATE]),
                                    decimal(values[SLO_TARGET]),
                                    decimal(values[SLO_ATTAINMENT]),
                                    values[COMPLIANT] instanceof Boolean b ? b : null,
                                    values[CATEGORY] instanceof String c ? c : null);
                case PLATFORM ->
                    builder.tier(index, integer(values[TIER]))
                            .product(
                                    index,
                                    values[DOCUMENTATION] instanceof String,
                                    values[SUPPORT_CHANNEL] instanceof String,
                                    values[ON_CALL] instanceof String);
                case CONSUMER -> builder.tier(index, integer(values[TIER]));
                case TEAM -> builder.team(index, constant(TeamType.class, values[TYPE]), integer(values[SIZE]));
                case LAYER -> {
                    Integer rank = integer(values[RANK]);
                    builder.layer(index, rank, values[CROSS_CUTTING] instanceof Boolean b ? b : rank == null);
                }
                case VALUE_STREAM -> {}
            }
            return index;
        }
    }

    private static @Nullable Integer integer(@Nullable Object value) {
        return value instanceof Number n ? n.intValue() : null;
    }

    private static @Nullable Double decimal(@Nullable Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }

    private static @Nullable LocalDate date(@Nullable Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof String text) {
            try {
                return LocalDate.parse(text);
            } catch (RuntimeException notADate) {
                return null;
            }
        }
        return null;
    }

    private static <E extends Enum<E>> @Nullable E constant(Class<E> type, @Nullable Object value) {
        if (value instanceof String name) {
            try {
                return Enum.valueOf(type, name);
            } catch (IllegalArgumentException unknown) {
                return null;
            }
        }
        return null;
    }

    /** Outgoing relationships seen during the scan, their targets still as node references. */
    private static final class EdgeBuffer {
        int size;
        int[] sources = new int[1024];
        long[] targets = new long[1024];
        byte[] types = new byte[1024];
        byte[] modes = new byte[1024];
        int[] since = new int[1024];

        void add(int source, long target, int type, byte mode, int day) {
            if (size == sources.length) {
                int grown = size * 2;
                sources = Arrays.copyOf(sources, grown);
                targets = Arrays.copyOf(targets, grown);
                types = Arrays.copyOf(types, grown);
                modes = Arrays.copyOf(modes, grown);
                since = Arrays.copyOf(since, grown);
            }
            sources[size] = source;
            targets[size] = target;
            types[size] = (byte) type;
            modes[size] = mode;
            since[size] = day;
            size++;
        }
    }
}
