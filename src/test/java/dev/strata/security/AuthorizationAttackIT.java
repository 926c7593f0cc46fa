package dev.strata.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.StrataIntegrationTest;
import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The attacks of issue 10.1, generated from the loaded schema so that a new mutation or a new {@code @requiresRole}
 * field is attacked without anyone editing this class: every field that needs more than anonymous read (every
 * mutation, and every field whose role is above viewer), in seven shapes (plain, inline fragment, named fragment,
 * alias inside a fragment, {@code @include(if: true)}, {@code @skip(if: $no)} with a variable, and a fragment spread
 * inside an included inline fragment), for every caller whose role is too low: anonymous, viewer, editor. Each is
 * refused before anything runs (no {@code data}, an UNAUTHORIZED or FORBIDDEN error naming the role), nothing is
 * written (nodes, relationships, audit events, tokens and revocations counted before and after) and nothing is listed.
 */
class AuthorizationAttackIT extends StrataIntegrationTest {

    private static final String VIEWER_NAME = "t-attack-viewer";
    private static final String EDITOR_NAME = "t-attack-editor";

    @Autowired
    GraphQlSource graphQlSource;

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @AfterEach
    void removeTokens() {
        cypher("MATCH (t:ApiToken) WHERE t.name STARTS WITH 't-' DETACH DELETE t");
    }

    @Test
    void everyProtectedFieldIsRefusedInEveryShapeForEveryTooLowCallerAndNothingIsWrittenOrListed() throws Exception {
        String viewer = issueToken(VIEWER_NAME, "VIEWER");
        String editor = issueToken(EDITOR_NAME, "EDITOR");
        String viewerTokenId = viewer.substring("strata_".length(), viewer.lastIndexOf('_'));
        GraphQLSchema schema = graphQlSource.schema();
        List<Target> targets = targets(schema, viewerTokenId);
        assertThat(targets)
                .extracting(Target::coordinates)
                .contains(
                        "Mutation.createApiToken",
                        "Mutation.revokeApiToken",
                        "Query.apiTokens",
                        "Query.auditEvents",
                        "Mutation.createCapability",
                        "Mutation.applyLandscape");
        assertThat(targets.stream().filter(t -> t.coordinates().startsWith("Mutation.")))
                .hasSize(schema.getMutationType().getFieldDefinitions().size());

        Map<String, @Nullable String> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("viewer", viewer);
        callers.put("editor", editor);
        String before = state();
        int refusals = 0;
        for (Target target : targets) {
            for (Shape shape : Shape.values()) {
                Document document = shape.document(target);
                ParseAndValidateResult valid = ParseAndValidate.parseAndValidate(
                        schema,
                        ExecutionInput.newExecutionInput(document.query())
                                .variables(document.variables())
                                .build());
                assertThat(valid.isFailure())
                        .as("%s is a valid document: %s", document, valid.getErrors())
                        .isFalse();
                for (Map.Entry<String, @Nullable String> caller : callers.entrySet()) {
                    Role role = caller.getValue() == null
                            ? null
                            : Role.valueOf(caller.getKey().toUpperCase());
                    if (role != null && role.ordinal() >= target.required().ordinal()) {
                        continue;
                    }
                    assertRefused(post(document, caller.getValue()), caller.getKey(), target, document);
                    refusals++;
                }
            }
        }
        assertThat(refusals).isGreaterThan(targets.size() * Shape.values().length);
        assertThat(state())
                .as("nodes, relationships, audit events, tokens, revocations, last change")
                .isEqualTo(before);
        assertThat(count("MATCH (t:ApiToken {name: '" + VIEWER_NAME + "'}) WHERE t.revokedAt IS NULL RETURN count(t)"))
                .isOne();
    }

    @Test
    void theShapesReachTheFieldWhenTheCallerHasTheRole() throws Exception {
        String editor = issueToken(EDITOR_NAME, "EDITOR");
        for (Shape shape : Shape.values()) {
            Map<String, Object> tokens = post(
                    shape.document(
                            new Target("query", "Query", "Query.apiTokens", "apiTokens", "{ name role }", Role.ADMIN)),
                    ADMIN_TOKEN);
            assertThat(tokens).as(shape.name()).doesNotContainKey("errors");
            assertThat(json.writeValueAsString(tokens)).as(shape.name()).contains(EDITOR_NAME);
            Map<String, Object> audit = post(
                    shape.document(new Target(
                            "query",
                            "Query",
                            "Query.auditEvents",
                            "auditEvents(first: 1)",
                            "{ totalCount }",
                            Role.EDITOR)),
                    editor);
            assertThat(audit).as(shape.name()).doesNotContainKey("errors");
            assertThat(json.writeValueAsString(audit)).as(shape.name()).contains("totalCount");
        }
    }

    @Test
    void theRoleOfEveryMutationIsDeterminedAndAtLeastEditor() {
        GraphQLSchema schema = graphQlSource.schema();
        assertThat(RequiredRoles.problems(schema)).isEmpty();
        for (GraphQLFieldDefinition mutation : schema.getMutationType().getFieldDefinitions()) {
            assertThat(RequiredRoles.of(schema, schema.getMutationType(), mutation))
                    .as(mutation.getName())
                    .hasValueSatisfying(
                            role -> assertThat(role.ordinal()).isGreaterThanOrEqualTo(Role.EDITOR.ordinal()));
        }
        assertThat(RequiredRoles.of(
                        schema, schema.getQueryType(), schema.getQueryType().getFieldDefinition("apiTokens")))
                .contains(Role.ADMIN);
        assertThat(RequiredRoles.of(
                        schema, schema.getQueryType(), schema.getQueryType().getFieldDefinition("auditEvents")))
                .contains(Role.EDITOR);
    }

    private void assertRefused(Map<String, Object> response, String caller, Target target, Document document)
            throws Exception {
        String body = json.writeValueAsString(response);
        String what = caller + " -> " + document.query();
        assertThat(response.get("data")).as("no data for %s: %s", what, body).isNull();
        assertThat(response.get("errors")).as(what).isInstanceOf(List.class);
        List<?> errors = (List<?>) response.get("errors");
        assertThat(errors).as(what).isNotEmpty().allSatisfy(error -> {
            Map<?, ?> e = (Map<?, ?>) error;
            Map<?, ?> extensions = (Map<?, ?>) e.get("extensions");
            if (caller.equals("anonymous")) {
                assertThat((String) e.get("message")).as(what).startsWith("authentication required");
                assertThat(extensions.get("classification")).as(what).isEqualTo("UNAUTHORIZED");
            } else {
                assertThat((String) e.get("message"))
                        .as(what)
                        .startsWith("forbidden")
                        .contains("the " + target.required().name().toLowerCase() + " role", caller + " role");
                assertThat(extensions.get("classification")).as(what).isEqualTo("FORBIDDEN");
            }
        });
        assertThat(body)
                .as("nothing listed for %s", what)
                .doesNotContain("\"createdBy\"", "\"secret\"", "\"actor\"", "\"totalCount\"");
    }

    /** Every field an anonymous reader may not run, with a selection that reaches it from the root. */
    private static List<Target> targets(GraphQLSchema schema, String tokenId) {
        Map<String, String> overrides =
                Map.of("RevokeApiTokenInput.id", "\"" + tokenId + "\"", "CreateApiTokenInput.role", "ADMIN");
        List<Target> targets = new ArrayList<>();
        for (GraphQLFieldDefinition mutation : schema.getMutationType().getFieldDefinitions()) {
            Role role =
                    RequiredRoles.of(schema, schema.getMutationType(), mutation).orElseThrow();
            targets.add(new Target(
                    "mutation",
                    "Mutation",
                    "Mutation." + mutation.getName(),
                    mutation.getName() + arguments(mutation, overrides),
                    subselection(mutation),
                    role));
        }
        for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
                .filter(GraphQLObjectType.class::isInstance)
                .map(GraphQLObjectType.class::cast)
                .filter(t -> !t.getName().startsWith("__") && t != schema.getMutationType())
                .toList()) {
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                Optional<Role> declared = RequiredRoles.declared(field);
                if (declared.isEmpty() || declared.get() == Role.VIEWER) {
                    continue;
                }
                Role role = RequiredRoles.of(schema, type, field).orElseThrow();
                String leaf = field.getName() + arguments(field, overrides);
                if (type == schema.getQueryType()) {
                    targets.add(
                            new Target("query", "Query", "Query." + field.getName(), leaf, subselection(field), role));
                } else {
                    List<String> path = pathFromQuery(schema, type);
                    String head = path.getFirst();
                    String inner = String.join(" { ", path.subList(1, path.size())) + (path.size() > 1 ? " { " : "")
                            + leaf + " " + subselection(field) + " }".repeat(path.size() - 1);
                    targets.add(new Target(
                            "query", "Query", type.getName() + "." + field.getName(), head, "{ " + inner + " }", role));
                }
            }
        }
        return targets;
    }

    /** The shortest chain of fields (with arguments) from {@code Query} to a field returning {@code type}. */
    private static List<String> pathFromQuery(GraphQLSchema schema, GraphQLObjectType type) {
        Map<String, List<String>> paths = new HashMap<>();
        ArrayDeque<GraphQLObjectType> queue = new ArrayDeque<>();
        paths.put(schema.getQueryType().getName(), List.of());
        queue.add(schema.getQueryType());
        while (!queue.isEmpty()) {
            GraphQLObjectType current = queue.poll();
            for (GraphQLFieldDefinition field : current.getFieldDefinitions()) {
                if (GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLObjectType next
                        && !paths.containsKey(next.getName())) {
                    List<String> path = new ArrayList<>(paths.get(current.getName()));
                    path.add(field.getName() + arguments(field, Map.of()));
                    paths.put(next.getName(), path);
                    if (next == type) {
                        return path;
                    }
                    queue.add(next);
                }
            }
        }
        throw new AssertionError(type.getName() + " cannot be reached from Query; extend the attack walk");
    }

    private static String subselection(GraphQLFieldDefinition field) {
        return GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLScalarType
                        || GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLEnumType
                ? ""
                : "{ __typename }";
    }

    /** Valid arguments of the right types, so that a request fails on authorisation and nothing else. */
    private static String arguments(GraphQLFieldDefinition field, Map<String, String> overrides) {
        List<String> required = field.getArguments().stream()
                .filter(a -> a.getType() instanceof GraphQLNonNull)
                .map(a -> a.getName() + ": " + value(a.getType(), overrides))
                .toList();
        return required.isEmpty() ? "" : required.stream().collect(Collectors.joining(", ", "(", ")"));
    }

    private static String value(GraphQLType type, Map<String, String> overrides) {
        if (type instanceof GraphQLNonNull nonNull) {
            return value(nonNull.getWrappedType(), overrides);
        }
        if (type instanceof GraphQLList list) {
            return "[" + value(list.getWrappedType(), overrides) + "]";
        }
        if (type instanceof GraphQLEnumType enumType) {
            return enumType.getValues().getLast().getName();
        }
        if (type instanceof GraphQLInputObjectType input) {
            return input.getFieldDefinitions().stream()
                    .filter(f -> f.getType() instanceof GraphQLNonNull)
                    .map(f -> f.getName() + ": "
                            + overrides.getOrDefault(
                                    input.getName() + "." + f.getName(), value(f.getType(), overrides)))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return switch (((GraphQLScalarType) type).getName()) {
            case "Int" -> "1";
            case "Float" -> "1.5";
            case "Boolean" -> "true";
            case "Date" -> "\"2024-01-01\"";
            case "DateTime" -> "\"2024-01-01T00:00:00Z\"";
            default -> "\"t-attack\"";
        };
    }

    private Map<String, Object> post(Document document, @Nullable String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        json.writeValueAsString(Map.of("query", document.query(), "variables", document.variables()))));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(document.query()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> body = json.readValue(response.body(), Map.class);
        return body;
    }

    /** Everything an attack could change: counts of nodes, relationships, audit events, tokens, revocations. */
    private String state() {
        try (var session = driver.session()) {
            return session.run("""
                    MATCH (n) WITH count(n) AS nodes, max(n.updatedAt) AS lastChange
                    RETURN nodes + ' nodes, ' + COUNT { ()-[]->() } + ' relationships, '
                         + COUNT { (:AuditEvent) } + ' audit events, ' + COUNT { (:ApiToken) } + ' tokens, '
                         + COUNT { (t:ApiToken) WHERE t.revokedAt IS NOT NULL } + ' revoked, last change '
                         + coalesce(toString(lastChange), '-') AS state
                    """).single().get(0).asString();
        }
    }

    /** A field to attack: the root keyword and type, the field with its arguments, its selection set, its role. */
    record Target(String keyword, String root, String coordinates, String head, String tail, Role required) {}

    record Document(String query, Map<String, Object> variables) {}

    /** The ways of asking for the same field that a check reading only the top-level selection set misses. */
    enum Shape {
        PLAIN(t -> new Document(t.keyword() + " { " + t.head() + " " + t.tail() + " }", Map.of())),
        INLINE_FRAGMENT(t -> new Document(
                t.keyword() + " { ... on " + t.root() + " { " + t.head() + " " + t.tail() + " } }", Map.of())),
        NAMED_FRAGMENT(t -> new Document(
                t.keyword() + " { ...Attack } fragment Attack on " + t.root() + " { " + t.head() + " " + t.tail()
                        + " }",
                Map.of())),
        ALIAS_IN_FRAGMENT(t -> new Document(
                t.keyword() + " { ...Attack } fragment Attack on " + t.root() + " { innocent: " + t.head() + " "
                        + t.tail() + " }",
                Map.of())),
        INCLUDE_TRUE(t -> new Document(
                t.keyword() + " { __typename " + t.head() + " @include(if: true) " + t.tail() + " }", Map.of())),
        SKIP_FALSE_VARIABLE(t -> new Document(
                t.keyword() + "($no: Boolean!) { " + t.head() + " @skip(if: $no) " + t.tail() + " }",
                Map.of("no", false))),
        SPREAD_IN_INCLUDED_INLINE_FRAGMENT(t -> new Document(
                t.keyword() + " { ... on " + t.root() + " @include(if: true) { ...Attack } }" + " fragment Attack on "
                        + t.root() + " { x: " + t.head() + " " + t.tail() + " }",
                Map.of()));

        private final Function<Target, Document> shape;

        Shape(Function<Target, Document> shape) {
            this.shape = shape;
        }

        Document document(Target target) {
            return shape.apply(target);
        }
    }
}
