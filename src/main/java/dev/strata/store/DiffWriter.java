package dev.strata.store;

import dev.strata.model.EdgeType;
import dev.strata.model.Landscape.Edge;
import dev.strata.model.Landscape.EdgeId;
import dev.strata.model.Landscape.Node;
import dev.strata.model.LandscapeDiff;
import dev.strata.model.LandscapeDiff.Action;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Writes a diff in the caller's transaction: removed relationships first, then removed nodes, new and changed nodes,
 * new and changed relationships, in batches of {@code UNWIND} rows. Labels and types are dynamic-label parameters,
 * never spliced into query text.
 *
 * <p>Why it looks the way it does (measured at scale M, 100,000 nodes and 459,000 relationships, in one transaction):
 * {@code MERGE} of a relationship with a dynamic type is planned as a scan of every relationship of that type, so an
 * apply slowed to about 100 relationships per second as the transaction grew. The diff already knows what is new, so
 * new nodes and relationships are {@code CREATE}d; every node is found by its element id (known from the read of the
 * current state, or returned by the {@code CREATE}), and an existing relationship from its start node, whose
 * out-degree is small for every type of the model (the hubs are end nodes). Nodes the caller has no id for (one-node
 * edits read only a few documents) are looked up by key once, before writing.
 */
@Component
class DiffWriter {

    private static final Logger log = LoggerFactory.getLogger(DiffWriter.class);
    /** Rows per statement: larger batches cost fewer round trips; 10,000 rows of a node are a few MB of parameters. */
    static final int BATCH = 10_000;

    private final Neo4jClient client;
    private final StagedAdditions staged;

    DiffWriter(Neo4jClient client, StagedAdditions staged) {
        this.client = client;
        this.staged = staged;
    }

    /**
     * Writes the diff and answers the element ids of the nodes after it: {@code known} (ids of nodes that exist),
     * plus the nodes created, minus the nodes removed.
     */
    Map<NodeRef, String> write(
            LandscapeDiff diff, Map<NodeRef, String> known, ChangeProgress progress, StagedAdditions.Stage stage) {
        Set<NodeRef> added = new HashSet<>();
        diff.nodeChanges().forEach(change -> {
            if (change.action() == Action.ADD) {
                added.add(new NodeRef(change.kind(), change.key()));
            }
        });
        Set<EdgeId> addedEdges = new HashSet<>();
        diff.edgeChanges().forEach(change -> {
            if (change.action() == Action.ADD) {
                addedEdges.add(new EdgeId(
                        change.type(),
                        new NodeRef(change.fromKind(), change.fromKey()),
                        new NodeRef(change.toKind(), change.toKey())));
            }
        });
        Map<NodeRef, String> ids = new HashMap<>(known);
        resolve(ids, existingNodesNeeded(diff, added, ids));
        List<Edge> betweenAdded = diff.upsertEdges().stream()
                .filter(edge -> addedEdges.contains(edge.id())
                        && added.contains(edge.id().from())
                        && added.contains(edge.id().to()))
                .toList();
        boolean staging = staged.worthStaging((long) added.size() + betweenAdded.size());
        long total = (long) diff.removedEdges().size()
                + diff.removedNodes().size()
                + diff.upsertNodes().size()
                + diff.upsertEdges().size()
                + (staging ? added.size() : 0);
        progress.step(ChangeProgress.Step.WRITING, total);
        Batches batches = new Batches(total, progress);
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        Map<NodeKind, List<String>> stagedIds = new EnumMap<>(NodeKind.class);
        if (staging) {
            stage(diff, added, betweenAdded, ids, stagedIds, stage, batches, now);
        }

        for (Map.Entry<EdgeType, List<Map<String, Object>>> type : byType(
                        diff.removedEdges(), id -> id, id -> edgeRow(id, null, ids))
                .entrySet()) {
            batches.run(
                    type.getValue(),
                    batch -> client.query("""
                    UNWIND $rows AS row
                    MATCH (a) WHERE elementId(a) = row.from
                    MATCH (a)-[r:$($type)]->(b) WHERE elementId(endNode(r)) = row.to
                    DELETE r
                    """)
                            .bind(type.getKey().name())
                            .to("type")
                            .bind(batch)
                            .to("rows")
                            .run()
                            .counters()
                            .relationshipsDeleted(),
                    "relationships to delete");
        }
        List<Map<String, Object>> removed = diff.removedNodes().stream()
                .map(ref -> Map.<String, Object>of("id", id(ids, ref)))
                .toList();
        batches.run(
                removed,
                batch -> client.query("""
                UNWIND $rows AS row
                MATCH (n) WHERE elementId(n) = row.id
                DETACH DELETE n
                """)
                        .bind(batch)
                        .to("rows")
                        .run()
                        .counters()
                        .nodesDeleted(),
                "nodes to delete");
        diff.removedNodes().forEach(ids::remove);

        for (NodeKind kind : NodeKind.inDeclarationOrder()) {
            List<Map<String, Object>> created = new ArrayList<>();
            List<Map<String, Object>> changed = new ArrayList<>();
            for (Node node : diff.upsertNodes()) {
                if (node.id().kind() == kind) {
                    if (!added.contains(node.id())) {
                        changed.add(Map.of("id", id(ids, node.id()), "properties", properties(node)));
                    } else if (!staging) {
                        created.add(createdRow(node));
                    }
                }
            }
            if (staging) {
                batches.run(
                        stagedIds.getOrDefault(kind, List.of()),
                        batch -> stage.publish(kind, batch),
                        "nodes to publish");
            }
            batches.run(
                    created,
                    batch -> {
                        Collection<Map<String, Object>> rows = client.query("""
                        UNWIND $rows AS row
                        CREATE (n:$($label))
                        SET n = row.properties, n.createdAt = $now, n.updatedAt = $now
                        RETURN row.key AS key, elementId(n) AS id
                        """)
                                .bind(kind.label())
                                .to("label")
                                .bind(now)
                                .to("now")
                                .bind(batch)
                                .to("rows")
                                .fetch()
                                .all();
                        rows.forEach(
                                row -> ids.put(new NodeRef(kind, (String) row.get("key")), (String) row.get("id")));
                        return rows.size();
                    },
                    "nodes to create");
            batches.run(
                    changed,
                    batch -> client.query("""
                    UNWIND $rows AS row
                    MATCH (n) WHERE elementId(n) = row.id
                    SET n += row.properties, n.updatedAt = $now
                    RETURN count(n) AS changed
                    """)
                            .bind(now)
                            .to("now")
                            .bind(batch)
                            .to("rows")
                            .fetchAs(Long.class)
                            .one()
                            .orElse(0L)
                            .intValue(),
                    "nodes to change");
        }

        Set<EdgeId> stagedEdges = staging ? betweenAdded.stream().map(Edge::id).collect(Collectors.toSet()) : Set.of();
        Map<EdgeType, List<Map<String, Object>>> createdEdges = byType(
                diff.upsertEdges().stream()
                        .filter(edge -> addedEdges.contains(edge.id()) && !stagedEdges.contains(edge.id()))
                        .toList(),
                Edge::id,
                edge -> edgeRow(edge.id(), edge.properties(), ids));
        Map<EdgeType, List<Map<String, Object>>> changedEdges = byType(
                diff.upsertEdges().stream()
                        .filter(edge -> !addedEdges.contains(edge.id()))
                        .toList(),
                Edge::id,
                edge -> edgeRow(edge.id(), edge.properties(), ids));
        for (Map.Entry<EdgeType, List<Map<String, Object>>> type : createdEdges.entrySet()) {
            batches.run(
                    type.getValue(),
                    batch -> client.query("""
                    UNWIND $rows AS row
                    MATCH (a) WHERE elementId(a) = row.from
                    MATCH (b) WHERE elementId(b) = row.to
                    CREATE (a)-[:$($type) {since: row.since, mode: row.mode, sourceFile: row.sourceFile}]->(b)
                    """)
                            .bind(type.getKey().name())
                            .to("type")
                            .bind(batch)
                            .to("rows")
                            .run()
                            .counters()
                            .relationshipsCreated(),
                    "relationships to create");
        }
        for (Map.Entry<EdgeType, List<Map<String, Object>>> type : changedEdges.entrySet()) {
            batches.run(
                    type.getValue(),
                    batch -> client.query("""
                    UNWIND $rows AS row
                    MATCH (a) WHERE elementId(a) = row.from
                    MATCH (a)-[r:$($type)]->(b) WHERE elementId(endNode(r)) = row.to
                    SET r.since = row.since, r.mode = row.mode, r.sourceFile = row.sourceFile
                    RETURN count(r) AS changed
                    """)
                            .bind(type.getKey().name())
                            .to("type")
                            .bind(batch)
                            .to("rows")
                            .fetchAs(Long.class)
                            .one()
                            .orElse(0L)
                            .intValue(),
                    "relationships to change");
        }
        return ids;
    }

    /**
     * Stages the new nodes and the relationships between them ({@link StagedAdditions}): in transactions of their
     * own, invisible to readers until the change's transaction publishes the nodes. Fills {@code ids} with the new
     * nodes' element ids and {@code stagedIds} with them per kind, for publishing.
     */
    private static void stage(
            LandscapeDiff diff,
            Set<NodeRef> added,
            List<Edge> betweenAdded,
            Map<NodeRef, String> ids,
            Map<NodeKind, List<String>> stagedIds,
            StagedAdditions.Stage stage,
            Batches batches,
            ZonedDateTime now) {
        for (NodeKind kind : NodeKind.inDeclarationOrder()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Node node : diff.upsertNodes()) {
                if (node.id().kind() == kind && added.contains(node.id())) {
                    rows.add(createdRow(node));
                }
            }
            List<String> kindIds = stagedIds.computeIfAbsent(kind, k -> new ArrayList<>());
            batches.run(
                    rows,
                    batch -> {
                        List<Map<String, Object>> created = stage.createNodes(batch, now);
                        created.forEach(row -> {
                            String id = (String) row.get("id");
                            ids.put(new NodeRef(kind, (String) row.get("key")), id);
                            kindIds.add(id);
                        });
                        return created.size();
                    },
                    "nodes to stage");
        }
        for (Map.Entry<EdgeType, List<Map<String, Object>>> type : byType(
                        betweenAdded, Edge::id, edge -> edgeRow(edge.id(), edge.properties(), ids))
                .entrySet()) {
            batches.run(
                    type.getValue(),
                    batch -> stage.createRelationships(type.getKey(), batch),
                    "relationships to stage");
        }
    }

    /** A node's managed properties, absent ones as null (so that an update clears them). */
    private static Map<String, Object> properties(Node node) {
        Map<String, Object> properties = new HashMap<>();
        node.id()
                .kind()
                .properties()
                .forEach(name -> properties.put(name, node.properties().get(name)));
        return properties;
    }

    /** The row that creates a new node: its key, and its properties with the key. */
    private static Map<String, Object> createdRow(Node node) {
        Map<String, Object> properties = properties(node);
        properties.put("key", node.id().key());
        return Map.of("key", node.id().key(), "properties", properties);
    }

    /**
     * The nodes that must exist for the diff to be written (changed and removed nodes, the ends of relationships) and
     * whose ids the caller did not give; nodes the diff adds are created, not looked up.
     */
    private static Set<NodeRef> existingNodesNeeded(LandscapeDiff diff, Set<NodeRef> added, Map<NodeRef, String> ids) {
        Set<NodeRef> needed = new LinkedHashSet<>();
        diff.upsertNodes().forEach(node -> needed.add(node.id()));
        needed.addAll(diff.removedNodes());
        diff.removedEdges().forEach(id -> {
            needed.add(id.from());
            needed.add(id.to());
        });
        diff.upsertEdges().forEach(edge -> {
            needed.add(edge.id().from());
            needed.add(edge.id().to());
        });
        needed.removeIf(ref -> added.contains(ref) || ids.containsKey(ref));
        return needed;
    }

    /** Looks up the element ids of existing nodes by key, one statement per kind. */
    private void resolve(Map<NodeRef, String> ids, Set<NodeRef> refs) {
        for (NodeKind kind : NodeKind.inDeclarationOrder()) {
            List<String> keys = refs.stream()
                    .filter(ref -> ref.kind() == kind)
                    .map(NodeRef::key)
                    .toList();
            for (int from = 0; from < keys.size(); from += BATCH) {
                client.query("""
                                UNWIND $keys AS key
                                MATCH (n:$($label) {key: key})
                                RETURN key, elementId(n) AS id
                                """)
                        .bind(kind.label())
                        .to("label")
                        .bind(keys.subList(from, Math.min(keys.size(), from + BATCH)))
                        .to("keys")
                        .fetch()
                        .all()
                        .forEach(row -> ids.put(new NodeRef(kind, (String) row.get("key")), (String) row.get("id")));
            }
        }
    }

    private static String id(Map<NodeRef, String> ids, NodeRef ref) {
        String id = ids.get(ref);
        if (id == null) {
            throw new StaleLandscapeException(ref.display() + " is not in the graph any more");
        }
        return id;
    }

    private static Map<String, Object> edgeRow(
            EdgeId id, @Nullable Map<String, Object> properties, Map<NodeRef, String> ids) {
        Map<String, Object> row = new HashMap<>();
        row.put("from", id(ids, id.from()));
        row.put("to", id(ids, id.to()));
        for (String name : LandscapeReader.EDGE_PROPERTIES) {
            boolean managed = id.type() == EdgeType.CONSUMES || name.equals("sourceFile");
            row.put(name, managed && properties != null ? properties.get(name) : null);
        }
        return row;
    }

    /** Rows per relationship type (the type is a parameter of the statement, so one statement per type). */
    private static <T> Map<EdgeType, List<Map<String, Object>>> byType(
            Collection<T> items, Function<T, EdgeId> id, Function<T, Map<String, Object>> row) {
        Map<EdgeType, List<Map<String, Object>>> rows = new EnumMap<>(EdgeType.class);
        for (T item : items) {
            rows.computeIfAbsent(id.apply(item).type(), type -> new ArrayList<>())
                    .add(row.apply(item));
        }
        return rows;
    }

    /** Runs statements batch by batch, checks each wrote every row, reports progress, and stops when cancelled. */
    private static final class Batches {

        private final long total;
        private final ChangeProgress progress;
        private long written;
        private long lastLogged = System.nanoTime();

        Batches(long total, ChangeProgress progress) {
            this.total = total;
            this.progress = progress;
        }

        <T> void run(List<T> rows, Function<List<T>, Integer> statement, String what) {
            for (int from = 0; from < rows.size(); from += BATCH) {
                progress.checkCancelled();
                List<T> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
                int done = statement.apply(batch);
                if (done != batch.size()) {
                    // The state the diff was computed on is not the graph's: never commit half of a change.
                    throw new StaleLandscapeException(
                            "of " + batch.size() + " " + what + ", " + done + " were found in the graph");
                }
                written += batch.size();
                progress.advance(batch.size());
                if (total > BATCH && System.nanoTime() - lastLogged > 10_000_000_000L) {
                    lastLogged = System.nanoTime();
                    log.info("Applying: {} of {} changes written ({} %)", written, total, written * 100 / total);
                }
            }
        }
    }
}
