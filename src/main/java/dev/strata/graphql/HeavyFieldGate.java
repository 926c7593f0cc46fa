package dev.strata.graphql;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps one client from holding the server. Every request gets a deadline ({@code strata.graphql.request-timeout})
 * when it starts, and no resolver starts after it. Heavy fields ({@code @cost} weight of at least
 * {@value QueryCost#HEAVY_WEIGHT}: analytics over the whole landscape, the export) run only a few at a time across all
 * requests and doors ({@link HeavyWorkAdmission}, shared with the MCP tools); a heavy field that cannot get its turn
 * in time fails with BUSY and a retry hint, while cheap fields never wait for heavy ones.
 */
@Component
class HeavyFieldGate extends SimplePerformantInstrumentation {

    private final HeavyWorkAdmission admission;

    HeavyFieldGate(HeavyWorkAdmission admission) {
        this.admission = admission;
    }

    @Override
    public @Nullable InstrumentationContext<ExecutionResult> beginExecution(
            InstrumentationExecutionParameters parameters, @Nullable InstrumentationState state) {
        parameters.getGraphQLContext().computeIfAbsent(RequestDeadline.KEY, key -> admission.newDeadline());
        return super.beginExecution(parameters, state);
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(
            DataFetcher<?> fetcher,
            InstrumentationFieldFetchParameters parameters,
            @Nullable InstrumentationState state) {
        GraphQLFieldDefinition field = parameters.getField();
        boolean heavy = QueryCost.weight(field) >= QueryCost.HEAVY_WEIGHT;
        if (!heavy && parameters.isTrivialDataFetcher()) {
            return fetcher;
        }
        return environment -> {
            RequestDeadline deadline = environment.getGraphQlContext().get(RequestDeadline.KEY);
            if (deadline != null && deadline.passed()) {
                deadline.check(name(parameters));
            }
            return heavy ? runHeavy(fetcher, environment, name(parameters), deadline) : fetcher.get(environment);
        };
    }

    private static String name(InstrumentationFieldFetchParameters parameters) {
        return parameters.getExecutionStepInfo().getObjectType().getName() + "."
                + parameters.getField().getName();
    }

    private @Nullable Object runHeavy(
            DataFetcher<?> fetcher,
            graphql.schema.DataFetchingEnvironment environment,
            String name,
            @Nullable RequestDeadline deadline)
            throws Exception {
        admission.acquire(name, deadline);
        boolean releaseNow = true;
        try {
            Object result = fetcher.get(environment);
            if (result instanceof CompletionStage<?> pending) {
                releaseNow = false;
                return pending.whenComplete((value, error) -> admission.release());
            }
            return result;
        } finally {
            if (releaseNow) {
                admission.release();
            }
        }
    }
}
