package dev.strata.graphql;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.validation.ValidationError;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Refuses, before any field runs, an operation nested deeper than {@code strata.graphql.max-depth} or costing more
 * than {@code strata.graphql.max-cost} ({@link QueryCost}), both judged on the normalized operation the executor
 * runs. The refusal names the limit, the setting and the fields that cost most. Before that, during validation, a
 * document whose fragments spread into more than {@value #MAX_EXPANDED_FIELDS} fields is refused: fragments that
 * spread a fragment twice double at every level, and expanding 25 such levels (a 1 KB query) into a normalized
 * operation took 50 s of CPU.
 */
@Component
class OperationLimits extends SimplePerformantInstrumentation {

    /** Field selections a document may expand to through its fragments; far above any real query's. */
    static final int MAX_EXPANDED_FIELDS = 20_000;

    private final RequestLimits.Limits limits;

    OperationLimits(RequestLimits.Limits limits) {
        this.limits = limits;
    }

    @Override
    public @Nullable InstrumentationContext<List<ValidationError>> beginValidation(
            InstrumentationValidationParameters parameters, @Nullable InstrumentationState state) {
        long expanded = FragmentExpansion.fieldsOf(parameters.getDocument(), MAX_EXPANDED_FIELDS + 1L);
        if (expanded > MAX_EXPANDED_FIELDS) {
            throw refusal(
                    "the query expands to more than " + MAX_EXPANDED_FIELDS
                            + " fields through its fragments (a fragment"
                            + " that spreads another fragment twice doubles it at every level); spread each fragment where it is needed once");
        }
        return super.beginValidation(parameters, state);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, @Nullable InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        ExecutableNormalizedOperation operation =
                execution.getNormalizedQueryTree().get();
        if (operation.getOperationDepth() > limits.maxDepth()) {
            throw refusal("query depth " + operation.getOperationDepth() + " exceeds the limit of " + limits.maxDepth()
                    + " (strata.graphql.max-depth)");
        }
        QueryCost.Result cost = QueryCost.of(execution.getGraphQLSchema(), operation);
        if (cost.total() > limits.maxCost()) {
            String heaviest = cost.heaviest().stream()
                    .map(part -> part.field() + " " + part.cost())
                    .collect(Collectors.joining(", "));
            throw refusal("query cost " + cost.total() + " exceeds the budget of " + limits.maxCost()
                    + " (strata.graphql.max-cost; a field costs 1 or its @cost"
                    + " weight, a paginated field adds its page size times what it selects, an unpaginated list "
                    + RequestLimits.UNPAGED_LIST_ESTIMATE + " times). Most expensive: " + heaviest
                    + ". Ask for fewer analytics or smaller pages per request");
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private static AbortExecutionException refusal(String message) {
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                .errorType(ErrorType.BAD_REQUEST)
                .message(message)
                .build()));
    }
}
