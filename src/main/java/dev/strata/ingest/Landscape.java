package dev.strata.ingest;

import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A landscape as plain data: nodes by kind and key with their managed properties, and relationships with theirs.
 * Used for what files declare, for what the graph holds, and for the graph after a change. Public so that other
 * producers of landscapes (the scale generator) can build one and render it with {@link LandscapeExport}.
 */
public final class Landscape {

    static final Comparator<NodeId> NODE_ORDER =
            Comparator.comparing((NodeId id) -> Kind.of(id.kind()).ordinal()).thenComparing(NodeId::key);
    static final Comparator<EdgeId> EDGE_ORDER = Comparator.comparing(EdgeId::type)
            .thenComparing(EdgeId::from, NODE_ORDER).thenComparing(EdgeId::to, NODE_ORDER);

    final Map<NodeId, Node> nodes = new TreeMap<>(NODE_ORDER);
    final Map<EdgeId, Edge> edges = new TreeMap<>(EDGE_ORDER);

    /** Adds or replaces a node. */
    public void put(Node node) {
        nodes.put(node.id(), node);
    }

    /** Adds or replaces a relationship. */
    public void put(Edge edge) {
        edges.put(edge.id(), edge);
    }

    /** The nodes in export order (read-only view). */
    public Map<NodeId, Node> nodes() {
        return Collections.unmodifiableMap(nodes);
    }

    /** The relationships in export order (read-only view). */
    public Map<EdgeId, Edge> edges() {
        return Collections.unmodifiableMap(edges);
    }

    Landscape copy() {
        Landscape copy = new Landscape();
        copy.nodes.putAll(nodes);
        copy.edges.putAll(edges);
        return copy;
    }

    /** A node: kind and key. */
    public record NodeId(NodeKind kind, String key) {
        @Override
        public String toString() {
            return Kind.of(kind).yamlName() + " '" + key + "'";
        }
    }

    /** A node with its managed properties (absent = not set). */
    public record Node(NodeId id, Map<String, Object> properties) {
        public Node {
            properties = new LinkedHashMap<>(properties);
        }
    }

    /** A relationship: at most one per type between two nodes. */
    public record EdgeId(EdgeType type, NodeId from, NodeId to) {

        /** The node whose document declares this relationship (the target for OWNS and PROVIDES). */
        NodeId declaredBy() {
            return type == EdgeType.OWNS || type == EdgeType.PROVIDES ? to : from;
        }

        @Override
        public String toString() {
            return "(" + from + ")-[:" + type + "]->(" + to + ")";
        }
    }

    /** A relationship with its properties ({@code sourceFile}; {@code since} and {@code mode} on CONSUMES). */
    public record Edge(EdgeId id, Map<String, Object> properties) {
        public Edge {
            properties = new LinkedHashMap<>(properties);
        }
    }
}
