package dev.strata.edit;

import dev.strata.audit.AuditTrail;
import dev.strata.graphql.NodeFinder;
import dev.strata.graphql.UserError;
import dev.strata.graphql.UserError.ErrorCode;
import dev.strata.model.EdgeType;
import dev.strata.model.Field;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import dev.strata.model.Violation;
import dev.strata.security.Actors;
import dev.strata.store.LandscapeWriter;
import dev.strata.store.NodeEdits;
import dev.strata.store.NodeEdits.NodeEdit;
import dev.strata.store.NodeEdits.Outcome;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Every landscape mutation of the API, generated from the model instead of written per entity: for each node kind
 * {@code create<Kind>}, {@code update<Kind>} and {@code delete<Kind>}, and for each list relationship
 * {@code add<Name>}/{@code remove<Name>} ({@code addDependency}, {@code addConsumption}). Each is a one-node edit
 * ({@link NodeEdits}) run by the one landscape writer: checked under the landscape lock, written with its audit record,
 * refusals returned as typed errors in the payload with nothing written.
 */
@Component
class NodeMutations implements RuntimeWiringConfigurer {

    /** How long a one-node edit may take, waiting for the landscape lock (held by a large apply) included. */
    private static final Duration EDIT_TIMEOUT = Duration.ofSeconds(30);

    /** The list relationships edited one item at a time, with the GraphQL names of their ends. */
    private static final List<RelationshipMutation> RELATIONSHIPS = List.of(
            new RelationshipMutation("Dependency", NodeKind.CAPABILITY, "dependsOn", "capabilityKey", "dependsOnKey"),
            new RelationshipMutation("Consumption", NodeKind.CONSUMER, "consumes", "consumerKey", "capabilityKey"));

    private final LandscapeWriter writer;
    private final AuditTrail audit;
    private final Map<NodeKind, NodeFinder> finders = new EnumMap<>(NodeKind.class);

    NodeMutations(LandscapeWriter writer, AuditTrail audit, List<NodeFinder> finders) {
        this.writer = writer;
        this.audit = audit;
        finders.forEach(finder -> this.finders.put(finder.kind(), finder));
    }

    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        wiring.type("Mutation", type -> {
            for (NodeKind kind : NodeKind.values()) {
                type.dataFetcher(
                        "create" + kind.label(),
                        nodeEdit(
                                kind,
                                input -> NodeEdits.create(new NodeRef(kind, key(input)), values(kind, input, false))));
                type.dataFetcher(
                        "update" + kind.label(),
                        nodeEdit(
                                kind,
                                input -> NodeEdits.update(new NodeRef(kind, key(input)), values(kind, input, true))));
                type.dataFetcher("delete" + kind.label(), delete(kind));
            }
            for (RelationshipMutation relationship : RELATIONSHIPS) {
                type.dataFetcher("add" + relationship.name(), relationshipEdit(relationship, true));
                type.dataFetcher("remove" + relationship.name(), relationshipEdit(relationship, false));
            }
            return type;
        });
    }

    private DataFetcher<Map<String, Object>> nodeEdit(NodeKind kind, Function<Map<String, Object>, NodeEdit> edit) {
        return env -> {
            Map<String, Object> input = input(env);
            String key = key(input);
            return run(
                    env,
                    edit.apply(input),
                    kind,
                    key,
                    field -> field.equals("key")
                            ? "key"
                            : kind.field(field).map(Field::inputName).orElse(field));
        };
    }

    private DataFetcher<Map<String, Object>> delete(NodeKind kind) {
        return env -> {
            String key = key(input(env));
            Map<String, Object> result = run(env, NodeEdits.delete(new NodeRef(kind, key)), kind, key, field -> field);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("deletedKey", ((List<?>) result.get("errors")).isEmpty() ? key : null);
            payload.put("errors", result.get("errors"));
            return payload;
        };
    }

    private DataFetcher<Map<String, Object>> relationshipEdit(RelationshipMutation relationship, boolean add) {
        NodeKind kind = relationship.kind();
        Field field = kind.field(relationship.field()).orElseThrow();
        return env -> {
            Map<String, Object> input = input(env);
            String key = (String) input.get(relationship.keyInput());
            String other = (String) input.get(relationship.otherInput());
            NodeRef node = new NodeRef(kind, key);
            NodeEdit edit;
            if (add) {
                Map<String, Object> properties = new HashMap<>(input);
                properties.remove(relationship.keyInput());
                properties.remove(relationship.otherInput());
                if (field.edge() == EdgeType.CONSUMES) {
                    // a consumption added without a date starts today
                    properties.putIfAbsent("since", LocalDate.now());
                }
                edit = NodeEdits.relate(node, field, other, properties);
            } else {
                edit = NodeEdits.unrelate(node, field, other);
            }
            return run(
                    env,
                    edit,
                    kind,
                    key,
                    name -> name.equals("key")
                            ? relationship.keyInput()
                            : name.equals(field.name()) ? relationship.otherInput() : name);
        };
    }

    /**
     * Runs the edit under the landscape lock and answers with the payload: the node as it is after the write (read
     * in the same transaction) and no errors, or no node and the refusals, with nothing written.
     */
    private Map<String, Object> run(
            DataFetchingEnvironment env, NodeEdit edit, NodeKind kind, String key, Function<String, String> inputName) {
        String operation = env.getField().getName();
        String input = audit.json(env.getArguments());
        return writer.write(operation, Actors.of(env.getGraphQlContext()), EDIT_TIMEOUT, change -> {
            Outcome outcome = edit.evaluate(change.reader());
            if (outcome.refused()) {
                return payload(
                        kind,
                        null,
                        outcome.violations().stream()
                                .map(v -> error(v, inputName))
                                .toList());
            }
            change.write(outcome.diff(), input, kind.label(), key, json(outcome.before()), json(outcome.after()));
            return payload(
                    kind,
                    outcome.after() == null ? null : finders.get(kind).find(key).orElse(null),
                    List.of());
        });
    }

    private @Nullable String json(@Nullable Map<String, Object> document) {
        return document == null ? null : audit.json(document);
    }

    private static Map<String, Object> payload(NodeKind kind, @Nullable Object node, List<UserError> errors) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put(fieldName(kind), node);
        payload.put("errors", errors);
        return payload;
    }

    private static UserError error(Violation violation, Function<String, String> inputName) {
        ErrorCode code = switch (violation.code()) {
            case INVALID_VALUE, MISSING_FIELD -> ErrorCode.INVALID_VALUE;
            case NOT_FOUND -> ErrorCode.NOT_FOUND;
            case DUPLICATE_KEY -> ErrorCode.DUPLICATE_KEY;
            case SELF_DEPENDENCY -> ErrorCode.SELF_DEPENDENCY;
            case STILL_REFERENCED -> ErrorCode.STILL_REFERENCED;
        };
        return new UserError(code, List.of("input", inputName.apply(violation.field())), violation.message());
    }

    /**
     * The model values of a create or update input: GraphQL names mapped to fields ({@code platformKey} to
     * {@code platform}). In an update, an absent or null field is unchanged, and an empty reference (or a layer
     * rank of 0) clears it.
     */
    private static Map<String, Object> values(NodeKind kind, Map<String, Object> input, boolean update) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : kind.fields()) {
            Object value = input.get(field.inputName());
            if (value == null || field.internal()) {
                continue;
            }
            boolean clears = field.type() == Field.Type.REF && "".equals(value)
                    || update
                            && kind == NodeKind.LAYER
                            && field.name().equals("rank")
                            && Integer.valueOf(0).equals(value);
            values.put(field.name(), clears ? NodeEdits.CLEAR : value);
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> input(DataFetchingEnvironment env) {
        return (Map<String, Object>) env.getArgument("input");
    }

    private static String key(Map<String, Object> input) {
        return (String) input.get("key");
    }

    /** The payload field holding the node: the label in lower camel case ({@code valueStream}). */
    private static String fieldName(NodeKind kind) {
        return Character.toLowerCase(kind.label().charAt(0)) + kind.label().substring(1);
    }

    /** A list relationship edited one item at a time: {@code add<name>}, {@code remove<name>}. */
    private record RelationshipMutation(String name, NodeKind kind, String field, String keyInput, String otherInput) {}
}
