package dev.strata.graphql;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.normalized.ExecutableNormalizedOperation;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Refuses, before any field runs, an operation nested deeper than {@code strata.graphql.max-depth} or costing more
 * than {@code strata.graphql.max-cost} ({@link QueryCost}), both judged on the normalized operation the executor
 * runs. The refusal names the limit, the setting and the fields that cost most.
 */
@Component
class OperationLimits extends SimplePerformantInstrumentation {

    private final RequestLimits.Limits limits;

    OperationLimits(RequestLimits.Limits limits) {
        this.limits = limits;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            @Nullable InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        ExecutableNormalizedOperation operation = execution.getNormalizedQueryTree().get();
        if (operation.getOperationDepth() > limits.maxDepth()) {
            throw refusal("query depth " + operation.getOperationDepth() + " exceeds the limit of " + limits.maxDepth()
                    + " (strata.graphql.max-depth)");
        }
        QueryCost.Result cost = QueryCost.of(execution.getGraphQLSchema(), operation);
        if (cost.total() > limits.maxCost()) {
            String heaviest = cost.heaviest().stream().map(part -> part.field() + " " + part.cost()).collect(Collectors.joining(", "));
            throw refusal("query cost " + cost.total() + " exceeds the budget of " + limits.maxCost() + " (strata.graphql.max-cost; a field costs 1 or its @cost"
                    + " weight, a paginated field adds its page size times what it selects, an unpaginated list "
                    + RequestLimits.UNPAGED_LIST_ESTIMATE + " times). Most expensive: " + heaviest
                    + ". Ask for fewer analytics or smaller pages per request");
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private static AbortExecutionException refusal(String message) {
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(message).build()));
    }
}
