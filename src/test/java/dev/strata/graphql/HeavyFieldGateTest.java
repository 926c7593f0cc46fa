package dev.strata.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.SchemaFiles;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.MockedWiringFactory;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * The gate on the real schema files, with resolvers that block on demand: a heavy field that finds the slots taken
 * waits, then fails with BUSY, while cheap fields run; no field starts after the request's deadline, and heavy loops
 * that check it stop.
 */
class HeavyFieldGateTest {

    private final CountDownLatch heavyStarted = new CountDownLatch(1);
    private final CountDownLatch releaseHeavy = new CountDownLatch(1);

    @Test
    void aHeavyFieldWaitsForItsTurnThenFailsBusyWhileCheapFieldsStillRun() throws Exception {
        GraphQL graphQl = graphQl(new RequestLimits.Limits(
                15, 100_000, DataSize.ofMegabytes(32), Duration.ofSeconds(30), 1, Duration.ofMillis(200)));
        CompletableFuture<ExecutionResult> holder =
                CompletableFuture.supplyAsync(() -> graphQl.execute("{ hotspots { key } }"));
        assertThat(heavyStarted.await(10, TimeUnit.SECONDS)).isTrue();

        ExecutionResult second = graphQl.execute("{ b: hotspots { key } }");
        assertThat(second.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getMessage())
                    .startsWith("busy: Query.hotspots is heavy")
                    .contains("1 slots", "strata.graphql.max-concurrent-heavy-fields", "retry in 2 s");
            assertThat(error.getErrorType()).hasToString("BUSY");
            assertThat(error.getExtensions()).containsEntry("retryAfterSeconds", 2);
        });
        ExecutionResult cheap = graphQl.execute("{ strataVersion }");
        assertThat(cheap.getErrors()).isEmpty();
        assertThat(cheap.<java.util.Map<String, Object>>getData()).containsEntry("strataVersion", "cheap");
        assertThat(holder).as("the first heavy field still holds the only slot").isNotDone();

        releaseHeavy.countDown();
        assertThat(holder.get(10, TimeUnit.SECONDS).getErrors()).isEmpty();
        assertThat(graphQl.execute("{ hotspots { key } }").getErrors())
                .as("the slot was given back")
                .isEmpty();
    }

    @Test
    void noFieldStartsAfterTheDeadline() {
        releaseHeavy.countDown();
        GraphQL graphQl = graphQl(new RequestLimits.Limits(
                15, 100_000, DataSize.ofMegabytes(32), Duration.ofSeconds(2), 0, Duration.ofSeconds(2)));
        ExecutionResult result = graphQl.execute("{ slow: capability(key: \"x\") { key } hotspots { key } }");
        assertThat(result.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getPath()).containsExactly("hotspots");
            assertThat(error.getMessage())
                    .startsWith("Query.hotspots was stopped: the request ran into its deadline of 2 s")
                    .contains("strata.graphql.request-timeout");
            assertThat(error.getErrorType()).hasToString("DEADLINE_EXCEEDED");
        });
    }

    private GraphQL graphQl(RequestLimits.Limits limits) {
        TypeDefinitionRegistry types = SchemaFiles.registry();
        MockedWiringFactory wiring = new MockedWiringFactory() {
            @Override
            public boolean providesDataFetcher(FieldWiringEnvironment environment) {
                return true;
            }

            @Override
            public DataFetcher<?> getDataFetcher(FieldWiringEnvironment environment) {
                return switch (environment.getFieldDefinition().getName()) {
                    case "hotspots" ->
                        env -> {
                            heavyStarted.countDown();
                            releaseHeavy.await(10, TimeUnit.SECONDS);
                            return List.of();
                        };
                    case "capability" ->
                        env -> {
                            Thread.sleep(3_000);
                            return null;
                        };
                    case "strataVersion" -> env -> "cheap";
                    default -> env -> null;
                };
            }
        };
        GraphQLSchema schema = new SchemaGenerator()
                .makeExecutableSchema(
                        types,
                        RuntimeWiring.newRuntimeWiring().wiringFactory(wiring).build());
        ClientErrorResolver resolver = new ClientErrorResolver();
        DataFetcherExceptionHandler typedErrors = parameters -> {
            GraphQLError error =
                    resolver.resolveToSingleError(parameters.getException(), parameters.getDataFetchingEnvironment());
            return CompletableFuture.completedFuture(
                    DataFetcherExceptionHandlerResult.newResult(error).build());
        };
        return GraphQL.newGraphQL(schema)
                .instrumentation(new HeavyFieldGate(new HeavyWorkAdmission(limits)))
                .defaultDataFetcherExceptionHandler(typedErrors)
                .build();
    }
}
