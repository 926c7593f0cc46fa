package dev.strata.store;

import dev.strata.model.EdgeType;
import dev.strata.model.Landscape;
import dev.strata.model.Landscape.Edge;
import dev.strata.model.Landscape.EdgeId;
import dev.strata.model.Landscape.Node;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import dev.strata.neo4j.KernelTokens;
import java.lang.reflect.Array;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.internal.kernel.api.CursorFactory;
import org.neo4j.internal.kernel.api.NodeCursor;
import org.neo4j.internal.kernel.api.PropertyCursor;
import org.neo4j.internal.kernel.api.Read;
import org.neo4j.internal.kernel.api.RelationshipTraversalCursor;
import org.neo4j.internal.kernel.api.TokenRead;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.storageengine.api.PropertySelection;
import org.neo4j.storageengine.api.RelationshipSelection;
import org.neo4j.token.api.TokenConstants;
import org.neo4j.values.ElementIdMapper;

/**
 * Reads the whole landscape as model data straight from the embedded database's kernel, as
 * {@link LandscapeReader#readStored} does over Bolt: same nodes, properties (in the Java types the driver returns),
 * relationships and element ids. At scale M the Bolt read was 60-80 % of {@code strata export} and {@code strata
 * plan} (Cypher, Bolt encoding and one map per row for 560,000 rows); this is one scan over all nodes with a node, a
 * property and a relationship cursor, in its own read transaction, which also reads the landscape version the result
 * belongs to.
 *
 * <p>Neo4j's internal kernel API may change between versions, which is why {@code KernelLandscapeReaderIT} checks
 * this reader against the Bolt one on every build. Only an embedded database offers it.
 */
public final class KernelLandscapeReader {

    private static final List<NodeKind> KINDS = NodeKind.inDeclarationOrder();
    private static final EdgeType[] TYPES = EdgeType.values();
    /** Outgoing relationships of one type per node up to which an insertion sort orders them. */
    private static final int SMALL = 32;
    /** How many nodes and relationships between progress reports and cancellation checks. */
    private static final int BATCH = 10_000;

    private final GraphDatabaseService database;
    private final Duration timeout;

    public KernelLandscapeReader(GraphDatabaseService database, Duration timeout) {
        this.database = database;
        this.timeout = timeout;
    }

    /** The whole landscape with the version it is at, both read in one transaction. */
    public Result read(ChangeProgress progress) {
        try (InternalTransaction tx =
                (InternalTransaction) database.beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            org.neo4j.graphdb.Node head = tx.findNode(Label.label("StrataMeta"), "key", "landscape-head");
            long version = head != null && head.getProperty("version", null) instanceof Number n ? n.longValue() : 0;
            return new Result(new Scan(tx.kernelTransaction(), tx.elementIdMapper(), progress).read(), version);
        }
    }

    /** What a read returns: the landscape, and the landscape version in the same transaction. */
    public record Result(StoredLandscape landscape, long version) {}

    /** One scan of one transaction. */
    private static final class Scan {

        private final KernelTransaction ktx;
        private final ElementIdMapper elementIds;
        private final ChangeProgress progress;
        /** Label token per kind in declaration order. */
        private final int[] labels = new int[KINDS.size()];
        /** Relationship type token to edge type ordinal, -1 for other types. */
        private int[] edgeTypeOf = new int[0];
        /** Property key token to its name, for the properties the model reads; null for others. */
        private @Nullable String[] nodePropertyOf = new String[0];

        private @Nullable String[] edgePropertyOf = new String[0];

        /** Node reference to what the Bolt reader maps its element id to: the ref of its last kind with a key. */
        private final Map<Long, Found> found = new HashMap<>();

        private final Map<NodeRef, Node> nodes = new HashMap<>();
        private final Map<NodeRef, String> ids = new HashMap<>();
        private final List<Outgoing> outgoing = new ArrayList<>();

        Scan(KernelTransaction ktx, ElementIdMapper elementIds, ChangeProgress progress) {
            this.ktx = ktx;
            this.elementIds = elementIds;
            this.progress = progress;
            TokenRead tokens = ktx.tokenRead();
            for (int k = 0; k < KINDS.size(); k++) {
                labels[k] = tokens.nodeLabel(KINDS.get(k).label());
            }
            for (EdgeType type : TYPES) {
                int token = tokens.relationshipType(type.name());
                if (token != TokenConstants.NO_TOKEN) {
                    edgeTypeOf = KernelTokens.grow(edgeTypeOf, token);
                    edgeTypeOf[token] = type.ordinal();
                }
            }
            Set<String> nodeProperties = new LinkedHashSet<>();
            nodeProperties.add("key"); // not a field: the node's identity
            for (NodeKind kind : KINDS) {
                kind.propertyFields().forEach(field -> nodeProperties.add(field.name()));
            }
            nodePropertyOf = names(tokens, nodeProperties);
            edgePropertyOf = names(tokens, LandscapeReader.EDGE_PROPERTIES);
        }

        private static @Nullable String[] names(TokenRead tokens, Iterable<String> names) {
            @Nullable String[] byToken = new String[0];
            for (String name : names) {
                int token = tokens.propertyKey(name);
                if (token != TokenConstants.NO_TOKEN) {
                    if (token >= byToken.length) {
                        byToken = Arrays.copyOf(byToken, token + 1);
                    }
                    byToken[token] = name;
                }
            }
            return byToken;
        }

        StoredLandscape read() {
            progress.step(ChangeProgress.Step.READING_GRAPH, total());
            CursorFactory cursors = ktx.cursors();
            long reported = 0;
            try (NodeCursor node = cursors.allocateNodeCursor(ktx.cursorContext(), ktx.memoryTracker());
                    PropertyCursor properties =
                            cursors.allocatePropertyCursor(ktx.cursorContext(), ktx.memoryTracker());
                    RelationshipTraversalCursor relationships =
                            cursors.allocateRelationshipTraversalCursor(ktx.cursorContext(), ktx.memoryTracker())) {
                ktx.dataRead().allNodesScan(node);
                while (node.next()) {
                    // Progress counts landscape nodes and relationships, as the total from the count store does.
                    long scanned = nodes.size() + outgoing.size();
                    if (scanned - reported >= BATCH) {
                        progress.advance(scanned - reported);
                        progress.checkCancelled();
                        reported = scanned;
                    }
                    int kinds = kinds(node);
                    if (kinds == 0) {
                        continue;
                    }
                    node.properties(properties, PropertySelection.ALL_PROPERTIES);
                    Map<String, Object> stored = properties(properties, nodePropertyOf);
                    if (!(stored.get("key") instanceof String key)) {
                        continue;
                    }
                    String id = elementIds.nodeElementId(node.nodeReference());
                    @Nullable NodeRef last = null;
                    for (int k = 0; k < KINDS.size(); k++) {
                        if ((kinds & (1 << k)) != 0) {
                            last = new NodeRef(KINDS.get(k), key);
                            nodes.put(last, LandscapeReader.node(last, stored));
                            ids.put(last, id);
                        }
                    }
                    found.put(node.nodeReference(), new Found(Objects.requireNonNull(last), kinds));
                    node.relationships(relationships, RelationshipSelection.selection(Direction.OUTGOING));
                    while (relationships.next()) {
                        int type = relationships.type() < edgeTypeOf.length ? edgeTypeOf[relationships.type()] : -1;
                        if (type >= 0) {
                            relationships.properties(properties, PropertySelection.ALL_PROPERTIES);
                            outgoing.add(new Outgoing(
                                    node.nodeReference(),
                                    relationships.otherNodeReference(),
                                    TYPES[type],
                                    properties(properties, edgePropertyOf)));
                        }
                    }
                }
            }
            progress.advance(nodes.size() + outgoing.size() - reported);
            List<Node> sortedNodes = new ArrayList<>(nodes.values());
            sortedNodes.sort((a, b) -> Landscape.NODE_ORDER.compare(a.id(), b.id()));
            return new StoredLandscape(Landscape.ofSorted(sortedNodes, edges(sortedNodes)), ids);
        }

        /**
         * The relationships the Bolt reader's {@code (a:From)-[r:TYPE]->(b:To)} matches return: both ends landscape
         * nodes with a key, carrying labels the type allows at each end; in {@link Landscape#EDGE_ORDER} (type, then
         * source, then target, nodes in {@link Landscape#NODE_ORDER}). Sorting 460,000 relationships with that
         * comparator took over half of this read at scale M; here they are bucketed by type and source position (a
         * counting sort) and only each source's few targets are sorted, which gives the same order in linear time.
         * Of parallel relationships of one type between the same nodes the last one scanned stays, as in a map.
         */
        private List<Edge> edges(List<Node> sortedNodes) {
            Map<NodeRef, Integer> positionOf = new HashMap<>(sortedNodes.size() * 2);
            for (int i = 0; i < sortedNodes.size(); i++) {
                positionOf.put(sortedNodes.get(i).id(), i);
            }
            for (Found node : found.values()) {
                node.position = positionOf.get(node.ref);
            }
            int nodeCount = sortedNodes.size();
            int count = 0;
            int[] bucket = new int[outgoing.size()];
            int[] target = new int[outgoing.size()];
            Edge[] edges = new Edge[outgoing.size()];
            for (Outgoing relationship : outgoing) {
                Found from = found.get(relationship.from());
                Found to = found.get(relationship.to());
                if (from == null
                        || to == null
                        || !allows(relationship.type().sourceKinds(), from.kinds)
                        || !allows(relationship.type().targetKinds(), to.kinds)) {
                    continue;
                }
                EdgeId id = new EdgeId(relationship.type(), from.ref, to.ref);
                bucket[count] = relationship.type().ordinal() * nodeCount + from.position;
                target[count] = to.position;
                edges[count] = LandscapeReader.edge(id, relationship.properties());
                count++;
            }
            int[] start = new int[TYPES.length * nodeCount + 1];
            for (int e = 0; e < count; e++) {
                start[bucket[e] + 1]++;
            }
            for (int b = 1; b < start.length; b++) {
                start[b] += start[b - 1];
            }
            int[] order = new int[count];
            int[] fill = Arrays.copyOf(start, start.length);
            for (int e = 0; e < count; e++) {
                order[fill[bucket[e]]++] = e;
            }
            List<Edge> sorted = new ArrayList<>(count);
            for (int b = 0; b + 1 < start.length; b++) {
                int from = start[b];
                int to = start[b + 1];
                sortByTarget(order, from, to, target);
                for (int k = from; k < to; k++) {
                    if (k + 1 < to && target[order[k + 1]] == target[order[k]]) {
                        continue; // a parallel relationship: the later one stays
                    }
                    sorted.add(edges[order[k]]);
                }
            }
            return sorted;
        }

        /** Sorts {@code order[from, to)} by target position, stably (scan order among equal targets). */
        private static void sortByTarget(int[] order, int from, int to, int[] target) {
            if (to - from > SMALL) {
                // A node with many outgoing relationships (a team owning hundreds): a primitive sort of
                // (target, index) pairs instead of the insertion sort's quadratic time.
                long[] keyed = new long[to - from];
                for (int i = 0; i < keyed.length; i++) {
                    keyed[i] = ((long) target[order[from + i]] << 32) | i;
                }
                Arrays.sort(keyed);
                int[] copy = Arrays.copyOfRange(order, from, to);
                for (int i = 0; i < keyed.length; i++) {
                    order[from + i] = copy[(int) keyed[i]];
                }
                return;
            }
            for (int i = from + 1; i < to; i++) {
                int e = order[i];
                int j = i - 1;
                while (j >= from && target[order[j]] > target[e]) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = e;
            }
        }

        private static boolean allows(Set<NodeKind> allowed, int kinds) {
            for (int k = 0; k < KINDS.size(); k++) {
                if ((kinds & (1 << k)) != 0 && allowed.contains(KINDS.get(k))) {
                    return true;
                }
            }
            return false;
        }

        /** The kinds whose labels the node carries, one bit per position in declaration order. */
        private int kinds(NodeCursor node) {
            int kinds = 0;
            for (int k = 0; k < labels.length; k++) {
                if (labels[k] != TokenConstants.NO_TOKEN && node.hasLabel(labels[k])) {
                    kinds |= 1 << k;
                }
            }
            return kinds;
        }

        private static Map<String, Object> properties(PropertyCursor cursor, @Nullable String[] names) {
            Map<String, Object> stored = new HashMap<>();
            while (cursor.next()) {
                int token = cursor.propertyKey();
                String name = token < names.length ? names[token] : null;
                if (name != null) {
                    stored.put(name, asDriverValue(cursor.propertyValue().asObjectCopy()));
                }
            }
            return stored;
        }

        /** Landscape nodes and relationships in the graph, from the count store: the total of a full read. */
        private long total() {
            TokenRead tokens = ktx.tokenRead();
            Read read = ktx.dataRead();
            long total = 0;
            for (NodeKind kind : KINDS) {
                total += KernelTokens.nodeCount(tokens, read, kind);
            }
            for (EdgeType type : TYPES) {
                total += KernelTokens.relationshipCount(tokens, read, type);
            }
            return total;
        }
    }

    /**
     * A stored value as the Java driver returns it, so both readers answer equal landscapes: integers as
     * {@code Long}, floating point as {@code Double}, a character as a {@code String}, arrays as lists; strings,
     * booleans and temporal values are the same objects either way.
     */
    static Object asDriverValue(Object value) {
        return switch (value) {
            case Byte n -> n.longValue();
            case Short n -> n.longValue();
            case Integer n -> n.longValue();
            case Float n -> n.doubleValue();
            case Character c -> c.toString();
            case byte[] bytes -> bytes;
            default -> {
                if (!value.getClass().isArray()) {
                    yield value;
                }
                List<Object> list = new ArrayList<>(Array.getLength(value));
                for (int i = 0; i < Array.getLength(value); i++) {
                    list.add(asDriverValue(Array.get(value, i)));
                }
                yield list;
            }
        };
    }

    /** A landscape node seen by the scan: the ref its element id maps to, its kinds, its position once sorted. */
    private static final class Found {
        final NodeRef ref;
        final int kinds;
        int position;

        Found(NodeRef ref, int kinds) {
            this.ref = ref;
            this.kinds = kinds;
        }
    }

    /** An outgoing relationship of a known type, its ends as node references. */
    private record Outgoing(long from, long to, EdgeType type, Map<String, Object> properties) {}
}
