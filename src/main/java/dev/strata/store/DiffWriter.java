package dev.strata.store;

import dev.strata.model.EdgeType;
import dev.strata.model.Landscape.EdgeId;
import dev.strata.model.LandscapeDiff;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Writes a diff in the caller's transaction: removed relationships first, then nodes, then relationships, in
 * batches of {@code UNWIND} rows. Labels and types are dynamic-label parameters, never spliced into query text.
 */
@Component
class DiffWriter {

    private static final Logger log = LoggerFactory.getLogger(DiffWriter.class);
    private static final int BATCH = 5_000;

    private final Neo4jClient client;

    DiffWriter(Neo4jClient client) {
        this.client = client;
    }

    void write(LandscapeDiff diff) {
        Progress progress = new Progress((long) diff.removedEdges().size() + diff.removedNodes().size()
                + diff.upsertNodes().size() + diff.upsertEdges().size());
        for (EdgeType.Endpoints edge : EdgeType.endpoints()) {
            List<Map<String, Object>> rows = diff.removedEdges().stream().filter(e -> matches(edge, e))
                    .map(e -> row(e, null)).toList();
            batches(rows, progress, batch -> client.query("""
                    UNWIND $rows AS row
                    MATCH (:$($from) {key: row.from})-[r:$($type)]->(:$($to) {key: row.to})
                    DELETE r
                    """).bindAll(parameters(edge)).bind(batch).to("rows").run());
        }
        for (NodeKind kind : NodeKind.inDeclarationOrder()) {
            List<String> keys = diff.removedNodes().stream().filter(id -> id.kind() == kind).map(NodeRef::key).toList();
            batches(keys, progress, batch -> client.query("""
                    UNWIND $keys AS key
                    MATCH (n:$($label) {key: key})
                    DETACH DELETE n
                    """).bind(kind.label()).to("label").bind(batch).to("keys").run());
            List<Map<String, Object>> rows = diff.upsertNodes().stream().filter(n -> n.id().kind() == kind)
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
                    """).bind(kind.label()).to("label").bind(batch).to("rows").run());
        }
        for (EdgeType.Endpoints edge : EdgeType.endpoints()) {
            List<Map<String, Object>> rows = diff.upsertEdges().stream().filter(e -> matches(edge, e.id()))
                    .map(e -> row(e.id(), e.properties())).toList();
            batches(rows, progress, batch -> client.query("""
                    UNWIND $rows AS row
                    MATCH (a:$($from) {key: row.from})
                    MATCH (b:$($to) {key: row.to})
                    MERGE (a)-[r:$($type)]->(b)
                    SET r += row.properties
                    """).bindAll(parameters(edge)).bind(batch).to("rows").run());
        }
    }

    private static boolean matches(EdgeType.Endpoints endpoints, EdgeId id) {
        return id.type() == endpoints.type() && id.from().kind() == endpoints.from() && id.to().kind() == endpoints.to();
    }

    private static Map<String, Object> parameters(EdgeType.Endpoints endpoints) {
        return Map.of("from", endpoints.from().label(), "to", endpoints.to().label(), "type", endpoints.type().name());
    }

    private static Map<String, Object> row(EdgeId id, @Nullable Map<String, Object> properties) {
        Map<String, Object> values = new HashMap<>();
        for (String name : LandscapeReader.EDGE_PROPERTIES) {
            if (id.type() == EdgeType.CONSUMES || name.equals("sourceFile")) {
                values.put(name, properties == null ? null : properties.get(name));
            }
        }
        return Map.of("from", id.from().key(), "to", id.to().key(), "properties", values);
    }

    private static <T> void batches(List<T> rows, Progress progress, Consumer<List<T>> write) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<T> batch = new ArrayList<>(rows.subList(from, Math.min(rows.size(), from + BATCH)));
            write.accept(batch);
            progress.written(batch.size());
        }
    }

    /** Logs how far a large write has come, batch by batch; small writes stay quiet. */
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
}
