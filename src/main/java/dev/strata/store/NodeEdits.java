package dev.strata.store;

import dev.strata.model.EdgeType;
import dev.strata.model.Field;
import dev.strata.model.Keys;
import dev.strata.model.Landscape;
import dev.strata.model.Landscape.Edge;
import dev.strata.model.Landscape.EdgeId;
import dev.strata.model.Landscape.Node;
import dev.strata.model.LandscapeDiff;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import dev.strata.model.Violation;
import dev.strata.model.Violation.Code;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Edits of one node's document (create, update, delete, add or remove one declared relationship), checked with the
 * model's rules against the current graph and turned into the same kind of diff a landscape apply writes. An edit
 * reads through the {@link LandscapeReader} it is given: inside {@link LandscapeWriter#write} that is the state under
 * the lock, so the check holds when the diff is written.
 */
public final class NodeEdits {

    /** A value meaning "clear this field" in an update (an optional reference or value set to nothing). */
    public static final Object CLEAR = new Object() {
        @Override
        public String toString() {
            return "CLEAR";
        }
    };

    private NodeEdits() {}

    /** What an edit would do: the refusals, or the diff with the node's document before and after. */
    public record Outcome(
            List<Violation> violations,
            @Nullable LandscapeDiff diff,
            @Nullable Map<String, Object> before,
            @Nullable Map<String, Object> after) {

        static Outcome refused(List<Violation> violations) {
            return new Outcome(List.copyOf(violations), null, null, null);
        }

        public boolean refused() {
            return !violations.isEmpty();
        }
    }

    /** One edit of one node's document. */
    @FunctionalInterface
    public interface NodeEdit {
        Outcome evaluate(LandscapeReader reader);
    }

    /**
     * A new node with the given values (model field names; references as the key of the node they name). Refused
     * when the key is taken or invalid, a value breaks its field's rule, or a referenced node does not exist.
     */
    public static NodeEdit create(NodeRef node, Map<String, Object> values) {
        return reader -> {
            Landscape current = reader.documents(List.of(node));
            List<Violation> violations = new ArrayList<>();
            if (!Keys.isKey(node.key())) {
                violations.add(new Violation(Code.INVALID_VALUE, "key", Keys.invalid(node.key())));
            } else if (current.nodes().containsKey(node)) {
                violations.add(new Violation(
                        Code.DUPLICATE_KEY,
                        "key",
                        "a " + node.kind().noun() + " with key '" + node.key() + "' already exists"));
            }
            return edited(reader, current, node, values, violations);
        };
    }

    /** Changes the given fields of a node; absent fields stay, {@link #CLEAR} clears. */
    public static NodeEdit update(NodeRef node, Map<String, Object> values) {
        return reader -> {
            Landscape current = reader.documents(List.of(node));
            if (!current.nodes().containsKey(node)) {
                return Outcome.refused(List.of(notFound("key", node)));
            }
            return edited(reader, current, node, values, new ArrayList<>());
        };
    }

    /**
     * Removes a node with the relationships its document declares. Refused while other documents refer to it (its
     * dependents, consumers, owned platforms...): those have to change first.
     */
    public static NodeEdit delete(NodeRef node) {
        return reader -> {
            Landscape current = reader.documents(List.of(node));
            if (!current.nodes().containsKey(node)) {
                return Outcome.refused(List.of(notFound("key", node)));
            }
            Map<LandscapeReader.Referrer, Long> referrers = reader.referrers(node);
            if (!referrers.isEmpty()) {
                return Outcome.refused(
                        List.of(new Violation(Code.STILL_REFERENCED, "key", stillReferenced(node, referrers))));
            }
            Landscape before = withEnds(current);
            Landscape after = before.copy();
            after.remove(node);
            return new Outcome(List.of(), LandscapeDiff.of(before, after), document(before, node), null);
        };
    }

    /**
     * Adds one relationship to a node's list field ({@code dependsOn}, {@code consumes}) or changes its properties;
     * adding what is there with the same properties changes nothing.
     */
    public static NodeEdit relate(NodeRef node, Field field, String otherKey, Map<String, Object> properties) {
        return reader -> {
            Landscape current = reader.documents(List.of(node));
            List<Violation> violations = checkEnds(reader, current, node, field, otherKey);
            for (Field property : Field.consumptionFields()) {
                String problem = property.check(properties.get(property.name()));
                if (problem != null) {
                    violations.add(new Violation(Code.INVALID_VALUE, property.name(), problem));
                }
            }
            if (!violations.isEmpty()) {
                return Outcome.refused(violations);
            }
            Landscape before = withEnds(current);
            EdgeId id = edgeId(node, field, otherKey);
            if (!before.nodes().containsKey(other(id, node))) {
                before.put(new Node(other(id, node), Map.of()));
            }
            Landscape after = before.copy();
            Map<String, Object> edgeProperties = new LinkedHashMap<>();
            Edge existing = before.edges().get(id);
            for (String name : LandscapeReader.EDGE_PROPERTIES) {
                Object value = properties.containsKey(name)
                        ? field.stored(properties.get(name))
                        : existing == null ? null : existing.properties().get(name);
                if (value != null) {
                    edgeProperties.put(name, value instanceof Enum<?> e ? e.name() : value);
                }
            }
            after.put(new Edge(id, edgeProperties));
            return outcome(before, after, node);
        };
    }

    /** Removes one relationship from a node's list field; refused when it is not there. */
    public static NodeEdit unrelate(NodeRef node, Field field, String otherKey) {
        return reader -> {
            Landscape current = reader.documents(List.of(node));
            List<Violation> violations = checkEnds(reader, current, node, field, otherKey);
            EdgeId id = edgeId(node, field, otherKey);
            if (violations.isEmpty() && !current.edges().containsKey(id)) {
                violations.add(new Violation(
                        Code.NOT_FOUND,
                        field.name(),
                        node.kind().noun() + " '" + node.key() + "' does not " + field.verb() + " '" + otherKey + "'"));
            }
            if (!violations.isEmpty()) {
                return Outcome.refused(violations);
            }
            Landscape before = withEnds(current);
            Landscape after = before.copy();
            after.remove(id);
            return outcome(before, after, node);
        };
    }

    private static Outcome edited(
            LandscapeReader reader,
            Landscape current,
            NodeRef node,
            Map<String, Object> values,
            List<Violation> violations) {
        Node old = current.nodes().get(node);
        Map<String, Object> properties = new LinkedHashMap<>(old == null ? Map.of() : old.properties());
        List<Edge> edges = new ArrayList<>(current.edges().values());
        List<NodeRef> referenced = new ArrayList<>();
        values.forEach((name, value) -> {
            Field field = node.kind()
                    .field(name)
                    .orElseThrow(() -> new IllegalArgumentException(node.kind() + " has no field " + name));
            if (field.internal() || field.type() == Field.Type.REFS || field.type() == Field.Type.CONSUMES) {
                throw new IllegalArgumentException(name + " is not edited through a node edit");
            }
            if (field.isProperty()) {
                properties.remove(name);
                if (name.equals("rank") && node.kind() == NodeKind.LAYER) {
                    properties.remove("crossCutting");
                }
                if (value != CLEAR) {
                    String problem = field.check(value);
                    if (problem != null) {
                        violations.add(new Violation(Code.INVALID_VALUE, name, problem));
                    }
                    properties.put(name, field.stored(value));
                }
                return;
            }
            edges.removeIf(edge ->
                    edge.id().type() == field.edge() && other(edge.id(), node).kind() == field.target());
            if (value != CLEAR) {
                String problem = field.check(value);
                if (problem != null) {
                    violations.add(new Violation(Code.INVALID_VALUE, name, problem));
                    return;
                }
                EdgeId id = edgeId(node, field, (String) value);
                edges.add(new Edge(id, Map.of()));
                referenced.add(other(id, node));
            }
        });
        node.kind().applyDefaults(properties);
        for (Field field : node.kind().fields()) {
            boolean present = field.isProperty()
                    ? properties.containsKey(field.name())
                    : edges.stream()
                            .anyMatch(e -> e.id().type() == field.edge()
                                    && other(e.id(), node).kind() == field.target());
            if (field.required()
                    && !present
                    && violations.stream().noneMatch(v -> v.field().equals(field.name()))) {
                violations.add(new Violation(Code.MISSING_FIELD, field.name(), field.check(null)));
            }
        }
        List<NodeRef> found = reader.existing(referenced);
        for (NodeRef ref : referenced) {
            if (!found.contains(ref)) {
                String field = node.kind().fields().stream()
                        .filter(f -> f.target() == ref.kind() && !f.isProperty())
                        .map(Field::name)
                        .findFirst()
                        .orElse("key");
                violations.add(notFound(field, ref));
            }
        }
        if (!violations.isEmpty()) {
            return Outcome.refused(violations);
        }
        Landscape before = withEnds(current);
        Landscape after = before.copy();
        after.remove(node);
        after.put(new Node(node, properties));
        for (Edge edge : edges) {
            NodeRef end = other(edge.id(), node);
            if (!after.nodes().containsKey(end)) {
                after.put(new Node(end, Map.of()));
                before.put(new Node(end, Map.of()));
            }
            after.put(edge);
        }
        return outcome(before, after, node);
    }

    private static List<Violation> checkEnds(
            LandscapeReader reader, Landscape current, NodeRef node, Field field, String otherKey) {
        List<Violation> violations = new ArrayList<>();
        if (field.edge() == EdgeType.DEPENDS_ON && node.key().equals(otherKey)) {
            violations.add(new Violation(
                    Code.SELF_DEPENDENCY,
                    field.name(),
                    node.kind().noun() + " '" + node.key() + "' cannot depend on itself"));
            return violations;
        }
        if (!current.nodes().containsKey(node)) {
            violations.add(notFound("key", node));
        }
        NodeRef other = new NodeRef(field.target(), otherKey);
        if (reader.existing(List.of(other)).isEmpty()) {
            violations.add(notFound(field.name(), other));
        }
        return violations;
    }

    private static Outcome outcome(Landscape before, Landscape after, NodeRef node) {
        return new Outcome(List.of(), LandscapeDiff.of(before, after), document(before, node), document(after, node));
    }

    /** The current documents with every node at the other end of their relationships, as a bare reference. */
    private static Landscape withEnds(Landscape documents) {
        Landscape landscape = documents.copy();
        for (EdgeId id : documents.edges().keySet()) {
            for (NodeRef end : List.of(id.from(), id.to())) {
                if (!landscape.nodes().containsKey(end)) {
                    landscape.put(new Node(end, Map.of()));
                }
            }
        }
        return landscape;
    }

    private static EdgeId edgeId(NodeRef node, Field field, String otherKey) {
        NodeRef other = new NodeRef(field.target(), otherKey);
        return field.outgoing() ? new EdgeId(field.edge(), node, other) : new EdgeId(field.edge(), other, node);
    }

    private static NodeRef other(EdgeId id, NodeRef node) {
        return id.from().equals(node) ? id.to() : id.from();
    }

    private static Violation notFound(String field, NodeRef ref) {
        return new Violation(
                Code.NOT_FOUND, field, "no " + ref.kind().noun() + " with key '" + Keys.printable(ref.key()) + "'");
    }

    /**
     * A node's document as recorded in the audit trail: its properties, and the relationships it declares with the
     * node at the other end ({@code KIND:key}) and their properties. Null when the node does not exist.
     */
    static @Nullable Map<String, Object> document(Landscape landscape, NodeRef node) {
        Node found = landscape.nodes().get(node);
        if (found == null) {
            return null;
        }
        List<Map<String, Object>> relationships = new ArrayList<>();
        for (Edge edge : landscape.edges().values()) {
            if (edge.id().declaredBy().equals(node)) {
                Map<String, Object> relationship = new LinkedHashMap<>();
                relationship.put("type", edge.id().type().name());
                relationship.put("from", edge.id().from().toString());
                relationship.put("to", edge.id().to().toString());
                relationship.put("properties", new TreeMap<>(edge.properties()));
                relationships.add(relationship);
            }
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("properties", new TreeMap<>(found.properties()));
        document.put("relationships", relationships);
        return document;
    }

    private static String stillReferenced(NodeRef node, Map<LandscapeReader.Referrer, Long> referrers) {
        List<String> reasons = new ArrayList<>();
        referrers.forEach((referrer, count) -> {
            String what = count + " " + referrer.kind().noun() + (count == 1 ? "" : "s");
            reasons.add(
                    switch (referrer.field().edge()) {
                        case OWNS -> "still owns " + what;
                        case PROVIDES -> "still provides " + what;
                        case DEPENDS_ON -> "is still a dependency of " + what;
                        case CONSUMES -> "is still consumed by " + what;
                        case IN_LAYER -> "still holds " + what;
                        case ALIGNED_TO -> "still has " + what + " aligned to it";
                    });
        });
        return node.kind().noun() + " '" + node.key() + "' " + String.join(" and ", reasons)
                + "; change or delete them first";
    }
}
