package dev.strata.security;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** Role metadata read from the schema: defaults, the directive, and a refusal to guess when it is broken. */
class RequiredRolesTest {

    @Test
    void everyMutationOfTheApplicationSchemaNeedsAtLeastTheEditorRoleAndNothingIsBroken() {
        GraphQLSchema schema = FieldAuthorizationTest.schema(new HashSet<>());
        assertThat(RequiredRoles.problems(schema)).isEmpty();
        assertThat(schema.getMutationType().getFieldDefinitions())
                .hasSizeGreaterThan(20)
                .allSatisfy(mutation -> assertThat(RequiredRoles.of(schema, schema.getMutationType(), mutation))
                        .hasValueSatisfying(role -> assertThat(role).isIn(Role.EDITOR, Role.ADMIN)));
        assertThat(RequiredRoles.of(
                        schema,
                        schema.getMutationType(),
                        schema.getMutationType().getFieldDefinition("createApiToken")))
                .contains(Role.ADMIN);
        assertThat(RequiredRoles.of(
                        schema, schema.getQueryType(), schema.getQueryType().getFieldDefinition("teams")))
                .contains(Role.VIEWER);
        GraphQLFieldDefinition nested = schema.getObjectType("Team").getFieldDefinition("platforms");
        assertThat(RequiredRoles.of(schema, schema.getObjectType("Team"), nested))
                .isEmpty();
    }

    @Test
    void theDirectiveOnlyRaisesTheDefault() {
        GraphQLSchema schema = schema("""
                directive @requiresRole(role: Role!) on FIELD_DEFINITION
                enum Role { VIEWER EDITOR ADMIN }
                type Query { a: Int }
                type Mutation { lowered: Int @requiresRole(role: VIEWER) raised: Int @requiresRole(role: ADMIN) }
                """);
        assertThat(RequiredRoles.of(
                        schema,
                        schema.getMutationType(),
                        schema.getMutationType().getFieldDefinition("lowered")))
                .contains(Role.EDITOR);
        assertThat(RequiredRoles.of(
                        schema,
                        schema.getMutationType(),
                        schema.getMutationType().getFieldDefinition("raised")))
                .contains(Role.ADMIN);
        assertThat(RequiredRoles.problems(schema)).isEmpty();
    }

    @Test
    void aMutationWhoseRoleCannotBeDeterminedIsAProblemThatStopsTheStart() {
        GraphQLSchema unknownRole = schema("""
                directive @requiresRole(role: Role!) on FIELD_DEFINITION
                enum Role { VIEWER EDITOR ADMIN OWNER }
                type Query { a: Int }
                type Mutation { grab: Int @requiresRole(role: OWNER) }
                """);
        assertThat(RequiredRoles.problems(unknownRole))
                .singleElement()
                .asString()
                .contains("Mutation.grab", "unknown role 'OWNER'");
        GraphQLSchema noDirective = schema("""
                type Query { a: Int }
                type Mutation { b: Int }
                """);
        assertThat(RequiredRoles.problems(noDirective))
                .singleElement()
                .asString()
                .contains("does not declare the @requiresRole directive");
    }

    private static GraphQLSchema schema(String sdl) {
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), RuntimeWiring.MOCKED_WIRING);
    }
}
