package dev.strata.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.StrataIntegrationTest;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.execution.GraphQlSource;

/** Who may do what, proved over HTTP for every mutation the schema has. */
class AuthorizationIT extends StrataIntegrationTest {

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void everyMutationIsRefusedWithoutCredentialsAndWithAViewerTokenAndWritesNothing() {
        String viewer = issue("t-viewer", "VIEWER");
        List<GraphQLFieldDefinition> mutations =
                graphQlSource.schema().getMutationType().getFieldDefinitions();
        assertThat(mutations).hasSizeGreaterThan(20);
        String before = fingerprint();
        for (GraphQLFieldDefinition mutation : mutations) {
            boolean leaf = graphql.schema.GraphQLTypeUtil.unwrapAll(mutation.getType()) instanceof GraphQLScalarType;
            String document =
                    "mutation { " + mutation.getName() + arguments(mutation) + (leaf ? "" : " { __typename }") + " }";
            ClientGraphQlResponse anonymous = client(null).document(document).executeSync();
            assertThat(anonymous.getErrors())
                    .as(document)
                    .singleElement()
                    .satisfies(e -> assertThat(e.getMessage()).startsWith("authentication required"));
            ClientGraphQlResponse asViewer = client(viewer).document(document).executeSync();
            assertThat(asViewer.getErrors())
                    .as(document)
                    .singleElement()
                    .satisfies(e ->
                            assertThat(e.getMessage()).startsWith("forbidden").contains("viewer role"));
        }
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void anEditorTokenMayWriteButNotManageTokensAndARevokedTokenIsRefusedAtOnce() {
        String editor = issue("t-editor", "EDITOR");
        ClientGraphQlResponse created = client(editor)
                .document(
                        "mutation { createValueStream(input: {key: \"t-vs\", name: \"VS\", kind: BUSINESS}) { errors { message } } }")
                .executeSync();
        assertThat(created.getErrors()).isEmpty();
        assertThat(count("MATCH (v:ValueStream {key: 't-vs'}) RETURN count(v)")).isOne();
        assertThat(client(editor)
                        .document("mutation { createApiToken(input: {name: \"x\", role: ADMIN}) { secret } }")
                        .executeSync()
                        .getErrors())
                .singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("admin role"));

        String id = editor.substring("strata_".length(), editor.lastIndexOf('_'));
        graphQl.document("mutation { revokeApiToken(input: {id: \"" + id + "\"}) { apiToken { revokedAt } } }")
                .executeSync();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> client(editor).document("{ me { name } }").executeSync())
                .isInstanceOfSatisfying(
                        org.springframework.web.client.HttpClientErrorException.Unauthorized.class,
                        e -> assertThat(e.getResponseBodyAsString()).contains("invalid or revoked API token"));
    }

    @Test
    void tokensAreShownOnceAndStoredOnlyAsHashes() {
        String secret = issue("t-hashed", "VIEWER");
        assertThat(count("MATCH (t:ApiToken) WHERE any(p IN keys(t) WHERE t[p] = '" + secret.replace("'", "")
                        + "') RETURN count(t)"))
                .isZero();
        assertThat(count("MATCH (t:ApiToken {name: 't-hashed'}) WHERE t.hash IS NOT NULL RETURN count(t)"))
                .isOne();
        List<Map> listed = graphQl.document("{ apiTokens { id name role revokedAt } }")
                .executeSync()
                .field("apiTokens")
                .toEntityList(Map.class);
        assertThat(listed)
                .anySatisfy(t -> assertThat(t).containsEntry("name", "t-hashed").containsEntry("role", "VIEWER"));
        assertThat(listed.toString()).doesNotContain(secret);
        assertThat(client(secret)
                        .document("{ me { name role } }")
                        .executeSync()
                        .field("me.role")
                        .toEntity(String.class))
                .isEqualTo("VIEWER");
    }

    @Test
    void anonymousReadIsOnForTheLocalDefaultButAnonymousCallersHaveNoRole() {
        ClientGraphQlResponse me = client(null)
                .document("{ me { name role } teams(first: 1) { totalCount } }")
                .executeSync();
        assertThat(me.field("me.name").toEntity(String.class)).isEqualTo("anonymous");
        assertThat(me.field("teams.totalCount").toEntity(Integer.class)).isPositive();
    }

    private String issue(String name, String role) {
        cypher("MATCH (t:ApiToken) WHERE t.name STARTS WITH 't-' DETACH DELETE t");
        return issueToken(name, role);
    }

    /** Syntactically valid arguments of the right types, so the request fails on authorisation and nothing else. */
    private static String arguments(GraphQLFieldDefinition field) {
        if (field.getArguments().isEmpty()) {
            return "";
        }
        return field.getArguments().stream()
                .map(a -> a.getName() + ": " + value(a.getType()))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static String value(GraphQLType type) {
        if (type instanceof GraphQLNonNull nonNull) {
            return value(nonNull.getWrappedType());
        }
        if (type instanceof GraphQLList list) {
            return "[" + value(list.getWrappedType()) + "]";
        }
        if (type instanceof GraphQLEnumType enumType) {
            return enumType.getValues().getFirst().getName();
        }
        if (type instanceof GraphQLInputObjectType input) {
            return input.getFieldDefinitions().stream()
                    .filter(f -> f.getType() instanceof GraphQLNonNull)
                    .map(f -> f.getName() + ": " + value(f.getType()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return switch (((GraphQLScalarType) type).getName()) {
            case "Int" -> "1";
            case "Float" -> "1.5";
            case "Boolean" -> "true";
            case "Date" -> "\"2024-01-01\"";
            case "DateTime" -> "\"2024-01-01T00:00:00Z\"";
            default -> "\"t-security\"";
        };
    }
}
