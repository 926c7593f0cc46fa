package dev.strata.ingest;

import dev.strata.analytics.graph.EdgeType;
import dev.strata.analytics.graph.NodeKind;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A landscape as plain data: nodes by kind and key with their managed properties, and relationships with theirs.
 * Used for what files declare, for what the graph holds, and for the graph after a change.
 */
final class Landscape {

    static final Comparator<NodeId> NODE_ORDER =
            Comparator.comparing((NodeId id) -> Kind.of(id.kind()).ordinal()).thenComparing(NodeId::key);
    static final Comparator<EdgeId> EDGE_ORDER = Comparator.comparing(EdgeId::type)
            .thenComparing(EdgeId::from, NODE_ORDER).thenComparing(EdgeId::to, NODE_ORDER);

    final Map<NodeId, Node> nodes = new TreeMap<>(NODE_ORDER);
    final Map<EdgeId, Edge> edges = new TreeMap<>(EDGE_ORDER);

    Landscape copy() {
        Landscape copy = new Landscape();
        copy.nodes.putAll(nodes);
        copy.edges.putAll(edges);
        return copy;
    }

    /** A node: kind and key. */
    record NodeId(NodeKind kind, String key) {
        @Override
        public String toString() {
            return Kind.of(kind).yamlName() + " '" + key + "'";
        }
    }

    /** A node with its managed properties (absent = not set). */
    record Node(NodeId id, Map<String, Object> properties) {
        Node {
            properties = new LinkedHashMap<>(properties);
        }
    }

    /** A relationship: at most one per type between two nodes. */
    record EdgeId(EdgeType type, NodeId from, NodeId to) {

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
    record Edge(EdgeId id, Map<String, Object> properties) {
        Edge {
            properties = new LinkedHashMap<>(properties);
        }
    }
}
