package dev.strata.ingest;

import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import dev.strata.ingest.Landscape.Edge;
import dev.strata.ingest.Landscape.EdgeId;
import dev.strata.ingest.Landscape.Node;
import dev.strata.ingest.Landscape.NodeId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Reads the landscape part of the graph into a {@link Landscape} and writes the difference between two landscapes,
 * in the caller's transaction. Labels and relationship types come from the model's enums (fixed identifiers); every
 * value is a parameter.
 */
@Component
class LandscapeGraph {

    /** The relationship types with the node kinds they connect in the model. */
    static final List<EdgeKinds> EDGE_KINDS = List.of(
            new EdgeKinds(EdgeType.ALIGNED_TO, NodeKind.TEAM, NodeKind.VALUE_STREAM),
            new EdgeKinds(EdgeType.IN_LAYER, NodeKind.PLATFORM, NodeKind.LAYER),
            new EdgeKinds(EdgeType.OWNS, NodeKind.TEAM, NodeKind.PLATFORM),
            new EdgeKinds(EdgeType.PROVIDES, NodeKind.PLATFORM, NodeKind.CAPABILITY),
            new EdgeKinds(EdgeType.DEPENDS_ON, NodeKind.CAPABILITY, NodeKind.CAPABILITY),
            new EdgeKinds(EdgeType.OWNS, NodeKind.TEAM, NodeKind.CONSUMER),
            new EdgeKinds(EdgeType.CONSUMES, NodeKind.CONSUMER, NodeKind.CAPABILITY));
    private static final int BATCH = 5_000;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LandscapeGraph.class);

    private final Neo4jClient client;

    LandscapeGraph(Neo4jClient client) {
        this.client = client;
    }

    Landscape read() {
        Landscape landscape = new Landscape();
        for (Kind kind : Kind.values()) {
            List<String> managed = kind.properties();
            client.query("MATCH (n:$($label)) RETURN n.key AS key, properties(n) AS properties")
                    .bind(kind.nodeKind().label()).to("label")
                    .fetch().all().forEach(row -> {
                        NodeId id = new NodeId(kind.nodeKind(), (String) row.get("key"));
                        Map<String, Object> properties = new LinkedHashMap<>();
                        @SuppressWarnings("unchecked")
                        Map<String, Object> stored = (Map<String, Object>) row.get("properties");
                        for (String name : managed) {
                            Object value = stored.get(name);
                            if (value != null) {
                                properties.put(name, normalize(kind, name, value));
                            }
                        }
                        landscape.nodes.put(id, new Node(id, properties));
                    });
        }
        for (EdgeKinds edge : EDGE_KINDS) {
            client.query("""
                            MATCH (a:$($from))-[r:$($type)]->(b:$($to))
                            RETURN a.key AS from, b.key AS to, properties(r) AS properties
                            """).bindAll(edge.parameters())
                    .fetch().all().forEach(row -> {
                        EdgeId id = new EdgeId(edge.type(), new NodeId(edge.from(), (String) row.get("from")),
                                new NodeId(edge.to(), (String) row.get("to")));
                        @SuppressWarnings("unchecked")
                        Map<String, Object> stored = (Map<String, Object>) row.get("properties");
                        Map<String, Object> properties = new LinkedHashMap<>();
                        for (String name : List.of("since", "mode", "sourceFile")) {
                            if (stored.get(name) != null) {
                                properties.put(name, stored.get(name));
                            }
                        }
                        landscape.edges.put(id, new Edge(id, properties));
                    });
        }
        return landscape;
    }

    /** Integers stored as floats (and the other way round) compare as the field's type. */
    private static Object normalize(Kind kind, String name, Object value) {
        return kind.field(name).map(field -> switch (field.type()) {
            case INT -> value instanceof Number n ? (Object) n.longValue() : value;
            case FLOAT -> value instanceof Number n ? (Object) n.doubleValue() : value;
            default -> value;
        }).orElse(value);
    }

    /** Writes a diff: removals first, then nodes, then relationships, in batches of UNWIND rows. */
    void write(LandscapeDiff diff) {
        Progress progress = new Progress((long) diff.removedEdges().size() + diff.removedNodes().size()
                + diff.upsertNodes().size() + diff.upsertEdges().size());
        for (EdgeKinds edge : EDGE_KINDS) {
            List<Map<String, Object>> rows = diff.removedEdges().stream().filter(edge::matches).map(e -> row(e, null))
                    .toList();
            batches(rows, progress, batch -> client.query("""
                    UNWIND $rows AS row
                    MATCH (:$($from) {key: row.from})-[r:$($type)]->(:$($to) {key: row.to})
                    DELETE r
                    """).bindAll(edge.parameters()).bind(batch).to("rows").run());
        }
        for (Kind kind : Kind.values()) {
            List<String> keys = diff.removedNodes().stream().filter(id -> id.kind() == kind.nodeKind())
                    .map(NodeId::key).toList();
            batches(keys, progress, batch -> client.query("""
                    UNWIND $keys AS key
                    MATCH (n:$($label) {key: key})
                    DETACH DELETE n
                    """).bind(kind.nodeKind().label()).to("label").bind(batch).to("keys").run());
            List<Map<String, Object>> rows = diff.upsertNodes().stream().filter(n -> n.id().kind() == kind.nodeKind())
                    .map(n -> {
                        Map<String, Object> properties = new HashMap<>();
                        kind.properties().forEach(name -> properties.put(name, n.properties().get(name)));
                        return Map.<String, Object>of("key", n.id().key(), "properties", properties);
                    }).toList();
            batches(rows, progress, batch -> client.query("""
                    UNWIND $rows AS row
                    MERGE (n:$($label) {key: row.key})
                    ON CREATE SET n.createdAt = datetime()
                    SET n += row.properties, n.updatedAt = datetime()
                    """).bind(kind.nodeKind().label()).to("label").bind(batch).to("rows").run());
        }
        for (EdgeKinds edge : EDGE_KINDS) {
            List<Map<String, Object>> rows = diff.upsertEdges().stream().filter(e -> edge.matches(e.id()))
                    .map(e -> row(e.id(), e.properties())).toList();
            batches(rows, progress, batch -> client.query("""
                    UNWIND $rows AS row
                    MATCH (a:$($from) {key: row.from})
                    MATCH (b:$($to) {key: row.to})
                    MERGE (a)-[r:$($type)]->(b)
                    SET r += row.properties
                    """).bindAll(edge.parameters()).bind(batch).to("rows").run());
        }
    }

    private static Map<String, Object> row(EdgeId id, @Nullable Map<String, Object> properties) {
        Map<String, Object> values = new HashMap<>();
        for (String name : List.of("since", "mode", "sourceFile")) {
            values.put(name, properties == null ? null : properties.get(name));
        }
        if (id.type() != EdgeType.CONSUMES) {
            values.remove("since");
            values.remove("mode");
        }
        return Map.of("from", id.from().key(), "to", id.to().key(), "properties", values);
    }

    private static <T> void batches(List<T> rows, Progress progress, java.util.function.Consumer<List<T>> write) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<T> batch = new ArrayList<>(rows.subList(from, Math.min(rows.size(), from + BATCH)));
            write.accept(batch);
            progress.written(batch.size());
        }
    }

    /** Logs how far a large apply has come, batch by batch; small applies stay quiet. */
    private static final class Progress {

        private final long total;
        private long written;

        Progress(long total) {
            this.total = total;
        }

        void written(int rows) {
            written += rows;
            if (total > BATCH) {
                log.info("Applying: {} of {} changes written ({} %)", written, total, written * 100 / total);
            }
        }
    }

    /** A relationship type between two node kinds. */
    record EdgeKinds(EdgeType type, NodeKind from, NodeKind to) {
        boolean matches(EdgeId id) {
            return id.type() == type && id.from().kind() == from && id.to().kind() == to;
        }

        /** Labels and type as parameters of dynamic labels ({@code :$($from)}), never spliced into query text. */
        Map<String, Object> parameters() {
            return Map.of("from", from.label(), "to", to.label(), "type", type.name());
        }
    }
}
