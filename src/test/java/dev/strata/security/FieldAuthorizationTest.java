package dev.strata.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.security.GraphQlAuthorization.Caller;
import dev.strata.testsupport.SchemaFiles;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.MockedWiringFactory;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The second wall on its own: the real schema files, every resolver a recorder, and {@link FieldAuthorization} as the
 * only instrumentation (no pre-execution check at all). An editor or anonymous caller still cannot run an admin or
 * editor resolver, in any shape; a caller with the role can.
 */
class FieldAuthorizationTest {

    private final Set<String> ran = ConcurrentHashMap.newKeySet();
    private final GraphQLSchema schema = schema(ran);
    private final GraphQL graphQl = GraphQL.newGraphQL(schema)
            .instrumentation(new FieldAuthorization(new SecurityProperties(true, null, "roles", "sub")))
            .build();

    @Test
    void anAdminResolverDoesNotRunForAnEditorEvenWithoutThePreExecutionCheck() {
        for (String document : List.of(
                "mutation { createApiToken(input: {name: \"x\", role: ADMIN}) { secret } }",
                "mutation { ... on Mutation { createApiToken(input: {name: \"x\", role: ADMIN}) { secret } } }",
                "mutation { ...F } fragment F on Mutation { innocent: revokeApiToken(input: {id: \"1\"}) { __typename } }",
                "{ ... on Query { apiTokens { id name } } }")) {
            ExecutionResult result = execute(document, new Caller("token:editor", Role.EDITOR));
            assertThat(result.getErrors()).as(document).isNotEmpty().allSatisfy(error -> {
                // plain graphql-java prefixes the exception message; in Strata AccessRefusedErrorResolver types it
                // FORBIDDEN
                assertThat(error.getMessage())
                        .contains("forbidden: this operation needs the admin role", "editor role");
            });
        }
        assertThat(ran).isEmpty();
    }

    @Test
    void anonymousCallersRunNoMutationAndCannotReadTheAuditTrail() {
        execute(
                "mutation { ping createTeam(input: {key: \"t\", name: \"T\", type: PLATFORM}) { __typename } }",
                Caller.ANONYMOUS);
        execute("{ auditEvents { totalCount } }", Caller.ANONYMOUS);
        execute("{ auditEvents { totalCount } }", new Caller("token:viewer", Role.VIEWER));
        assertThat(ran).isEmpty();
        ExecutionResult read = execute("{ strataVersion }", Caller.ANONYMOUS);
        assertThat(read.getErrors())
                .noneSatisfy(error -> assertThat(error.getMessage()).contains("authentication required"));
        assertThat(ran).containsExactly("Query.strataVersion");
    }

    @Test
    void callersWithTheRoleReachTheResolver() {
        execute(
                "mutation { createApiToken(input: {name: \"x\", role: ADMIN}) { secret } }",
                new Caller("token:admin", Role.ADMIN));
        execute("{ auditEvents { totalCount } }", new Caller("token:editor", Role.EDITOR));
        assertThat(ran).contains("Mutation.createApiToken", "Query.auditEvents");
    }

    private ExecutionResult execute(String document, Caller caller) {
        return graphQl.execute(ExecutionInput.newExecutionInput(document)
                .graphQLContext(Map.of(GraphQlAuthorization.CALLER, caller))
                .build());
    }

    /** The application's schema files with every field answered by a recorder of what ran. */
    static GraphQLSchema schema(Set<String> ran) {
        TypeDefinitionRegistry types = SchemaFiles.registry();
        MockedWiringFactory recording = new MockedWiringFactory() {
            @Override
            public boolean providesDataFetcher(FieldWiringEnvironment environment) {
                return true;
            }

            @Override
            public DataFetcher<?> getDataFetcher(FieldWiringEnvironment environment) {
                String coordinates = environment.getParentType().getName() + "."
                        + environment.getFieldDefinition().getName();
                return env -> {
                    ran.add(coordinates);
                    return null;
                };
            }
        };
        return new SchemaGenerator()
                .makeExecutableSchema(
                        types,
                        RuntimeWiring.newRuntimeWiring()
                                .wiringFactory(recording)
                                .build());
    }
}
