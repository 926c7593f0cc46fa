package dev.strata.store;

import dev.strata.model.EdgeType;
import dev.strata.model.Field;
import dev.strata.model.Landscape;
import dev.strata.model.Landscape.Edge;
import dev.strata.model.Landscape.EdgeId;
import dev.strata.model.Landscape.Node;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Reads the landscape part of the graph as model data: all of it, or the documents of some nodes (a node with the
 * relationships it declares). Runs in the caller's transaction, so a writer reads what it holds the lock on. Labels
 * and relationship types come from the model's enums and are passed as dynamic-label parameters.
 */
@Component
public class LandscapeReader {

    /** The properties a relationship may carry. */
    static final List<String> EDGE_PROPERTIES = List.of("since", "mode", "sourceFile");

    private final Neo4jClient client;

    public LandscapeReader(Neo4jClient client) {
        this.client = client;
    }

    /** The whole landscape: every node of the model's kinds and every relationship the model knows. */
    public Landscape readAll() {
        return readStored(ChangeProgress.NONE).landscape();
    }

    /**
     * The whole landscape with the element id of every node. Relationships come back as pairs of element ids and are
     * mapped to nodes in memory: reading two keys per relationship took most of the time at scale M.
     */
    public StoredLandscape readStored(ChangeProgress progress) {
        progress.step(ChangeProgress.Step.READING_GRAPH, count());
        Landscape landscape = new Landscape();
        Map<NodeRef, String> ids = new HashMap<>();
        Map<String, NodeRef> refs = new HashMap<>();
        // Each row goes into the landscape as the driver streams it (mappedBy), never a list of all rows of a kind:
        // at scale L a list of CONSUMES rows alone held 2.5 million maps beside the landscape being built.
        for (NodeKind kind : NodeKind.inDeclarationOrder()) {
            int rows = client.query("""
                            MATCH (n:$($label))
                            RETURN elementId(n) AS id, properties(n) AS properties
                            """)
                    .bind(kind.label())
                    .to("label")
                    .fetchAs(Boolean.class)
                    .mappedBy((types, row) -> {
                        Map<String, Object> properties = row.get("properties").asMap();
                        if (properties.get("key") instanceof String key) {
                            NodeRef ref = new NodeRef(kind, key);
                            String id = row.get("id").asString();
                            landscape.put(node(ref, properties));
                            ids.put(ref, id);
                            refs.put(id, ref);
                        }
                        return Boolean.TRUE;
                    })
                    .all()
                    .size();
            progress.advance(rows);
            progress.checkCancelled();
        }
        for (EdgeType.Endpoints endpoints : EdgeType.endpoints()) {
            int rows = client.query("""
                            MATCH (a:$($from))-[r:$($type)]->(b:$($to))
                            RETURN elementId(a) AS from, elementId(b) AS to, properties(r) AS properties
                            """)
                    .bindAll(parameters(endpoints))
                    .fetchAs(Boolean.class)
                    .mappedBy((types, row) -> {
                        NodeRef from = refs.get(row.get("from").asString());
                        NodeRef to = refs.get(row.get("to").asString());
                        if (from != null && to != null) {
                            landscape.put(edge(
                                    new EdgeId(endpoints.type(), from, to),
                                    row.get("properties").asMap()));
                        }
                        return Boolean.TRUE;
                    })
                    .all()
                    .size();
            progress.advance(rows);
            progress.checkCancelled();
        }
        return new StoredLandscape(landscape, ids);
    }

    /** Landscape nodes and relationships in the graph, from Neo4j's counts: the total of a full read. */
    private long count() {
        long total = 0;
        for (NodeKind kind : NodeKind.inDeclarationOrder()) {
            total += client.query("MATCH (n:$($label)) RETURN count(n) AS count")
                    .bind(kind.label())
                    .to("label")
                    .fetchAs(Long.class)
                    .one()
                    .orElse(0L);
        }
        // From the start node's label, as the kernel's counts (neo4j.KernelTokens): relationships a large apply has
        // staged join only unlabelled staged nodes and are not the landscape's yet.
        for (EdgeType type : EdgeType.values()) {
            total += client.query("MATCH (:$($from))-[r:$($type)]->() RETURN count(r) AS count")
                    .bindAll(Map.of("from", type.sourceKind().label(), "type", type.name()))
                    .fetchAs(Long.class)
                    .one()
                    .orElse(0L);
        }
        return total;
    }

    /**
     * The documents of the given nodes: each existing node with the relationships it declares (for a capability: its
     * platform and dependencies; for a platform: its layer and owner), and the nodes at their other ends as bare
     * references. Nodes that do not exist are absent.
     */
    public Landscape documents(Collection<NodeRef> refs) {
        Landscape documents = new Landscape();
        for (NodeRef ref : refs) {
            client.query("MATCH (n:$($label) {key: $key}) RETURN properties(n) AS properties")
                    .bindAll(Map.of("label", ref.kind().label(), "key", ref.key()))
                    .fetch()
                    .one()
                    .ifPresent(row -> documents.put(node(ref, properties(row))));
            if (!documents.nodes().containsKey(ref)) {
                continue;
            }
            for (Field field : ref.kind().relationshipFields()) {
                String query = field.outgoing() ? """
                        MATCH (:$($label) {key: $key})-[r:$($type)]->(m:$($other))
                        RETURN m.key AS key, properties(r) AS properties
                        """ : """
                        MATCH (:$($label) {key: $key})<-[r:$($type)]-(m:$($other))
                        RETURN m.key AS key, properties(r) AS properties
                        """;
                client.query(query)
                        .bindAll(Map.of(
                                "label",
                                ref.kind().label(),
                                "key",
                                ref.key(),
                                "type",
                                field.edge().name(),
                                "other",
                                field.target().label()))
                        .fetch()
                        .all()
                        .forEach(row -> {
                            NodeRef other = new NodeRef(field.target(), (String) row.get("key"));
                            EdgeId id = field.outgoing()
                                    ? new EdgeId(field.edge(), ref, other)
                                    : new EdgeId(field.edge(), other, ref);
                            documents.put(edge(id, properties(row)));
                        });
            }
        }
        return documents;
    }

    /** Which of the given nodes exist. */
    public List<NodeRef> existing(Collection<NodeRef> refs) {
        return refs.stream()
                .filter(ref -> client.query("RETURN EXISTS { MATCH (:$($label) {key: $key}) } AS found")
                        .bindAll(Map.of("label", ref.kind().label(), "key", ref.key()))
                        .fetchAs(Boolean.class)
                        .one()
                        .orElse(false))
                .toList();
    }

    /**
     * Relationships that other nodes' documents declare towards this node (dependents, consumers, owned platforms...),
     * counted per (declaring kind, field): what keeps the node from being deleted alone.
     */
    public Map<Referrer, Long> referrers(NodeRef ref) {
        Map<Referrer, Long> counts = new LinkedHashMap<>();
        for (NodeKind declaring : NodeKind.inDeclarationOrder()) {
            for (Field field : declaring.relationshipFields()) {
                if (field.target() != ref.kind()) {
                    continue;
                }
                String query = field.outgoing() ? """
                        MATCH (n:$($label) {key: $key})
                        RETURN COUNT { (n)<-[:$($type)]-(:$($other)) } AS referrers
                        """ : """
                        MATCH (n:$($label) {key: $key})
                        RETURN COUNT { (n)-[:$($type)]->(:$($other)) } AS referrers
                        """;
                long count = client.query(query)
                        .bindAll(Map.of(
                                "label",
                                ref.kind().label(),
                                "key",
                                ref.key(),
                                "type",
                                field.edge().name(),
                                "other",
                                declaring.label()))
                        .fetchAs(Long.class)
                        .one()
                        .orElse(0L);
                if (count > 0) {
                    counts.put(new Referrer(declaring, field), count);
                }
            }
        }
        return counts;
    }

    /** A kind of document that refers to a node through one of its fields. */
    public record Referrer(NodeKind kind, Field field) {}

    private static Map<String, Object> parameters(EdgeType.Endpoints endpoints) {
        return Map.of(
                "from",
                endpoints.from().label(),
                "to",
                endpoints.to().label(),
                "type",
                endpoints.type().name());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> row) {
        return (Map<String, Object>) row.get("properties");
    }

    /** The node with the properties the model manages, numbers in the field's type. */
    static Node node(NodeRef ref, Map<String, Object> stored) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Field field : ref.kind().propertyFields()) {
            Object value = stored.get(field.name());
            if (value != null) {
                properties.put(field.name(), field.stored(value));
            }
        }
        return new Node(ref, properties);
    }

    static Edge edge(EdgeId id, Map<String, Object> stored) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String name : EDGE_PROPERTIES) {
            if (stored.get(name) != null && (id.type() == EdgeType.CONSUMES || name.equals("sourceFile"))) {
                properties.put(name, stored.get(name));
            }
        }
        return new Edge(id, properties);
    }
}
