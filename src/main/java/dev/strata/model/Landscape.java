package dev.strata.model;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A landscape as plain data: nodes by kind and key with their managed properties, and relationships with theirs.
 * Used for what files declare, for what the graph holds, and for the graph after a change. Public so that other
 * producers of landscapes (files, Backstage catalogs, the scale generator) can build one.
 */
public final class Landscape {

    public static final Comparator<NodeRef> NODE_ORDER =
            Comparator.comparing((NodeRef id) -> id.kind().declarationRank()).thenComparing(NodeRef::key);
    public static final Comparator<EdgeId> EDGE_ORDER = Comparator.comparing(EdgeId::type)
            .thenComparing(EdgeId::from, NODE_ORDER).thenComparing(EdgeId::to, NODE_ORDER);

    final Map<NodeRef, Node> nodes = new TreeMap<>(NODE_ORDER);
    final Map<EdgeId, Edge> edges = new TreeMap<>(EDGE_ORDER);

    /** Adds or replaces a node. */
    public void put(Node node) {
        nodes.put(node.id(), node);
    }

    /** Adds or replaces a relationship. */
    public void put(Edge edge) {
        edges.put(edge.id(), edge);
    }

    /** Removes a node with every relationship at either end. */
    public void remove(NodeRef node) {
        nodes.remove(node);
        edges.keySet().removeIf(id -> id.from().equals(node) || id.to().equals(node));
    }

    /** Removes a relationship. */
    public void remove(EdgeId edge) {
        edges.remove(edge);
    }

    /** The nodes in export order (read-only view). */
    public Map<NodeRef, Node> nodes() {
        return Collections.unmodifiableMap(nodes);
    }

    /** The relationships in export order (read-only view). */
    public Map<EdgeId, Edge> edges() {
        return Collections.unmodifiableMap(edges);
    }

    public Landscape copy() {
        Landscape copy = new Landscape();
        copy.nodes.putAll(nodes);
        copy.edges.putAll(edges);
        return copy;
    }

    /** A node with its managed properties (absent = not set). */
    public record Node(NodeRef id, Map<String, Object> properties) {
        public Node {
            properties = new LinkedHashMap<>(properties);
        }
    }

    /** A relationship: at most one per type between two nodes. */
    public record EdgeId(EdgeType type, NodeRef from, NodeRef to) {

        /** The node whose document declares this relationship (the target for OWNS and PROVIDES). */
        public NodeRef declaredBy() {
            return type.declaredByTarget() ? to : from;
        }

        @Override
        public String toString() {
            return "(" + from.display() + ")-[:" + type + "]->(" + to.display() + ")";
        }
    }

    /** A relationship with its properties ({@code sourceFile}; {@code since} and {@code mode} on CONSUMES). */
    public record Edge(EdgeId id, Map<String, Object> properties) {
        public Edge {
            properties = new LinkedHashMap<>(properties);
        }
    }
}
