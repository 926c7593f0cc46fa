package dev.strata.analytics.api;

import dev.strata.analytics.graph.UnknownNodeException;
import dev.strata.analytics.snapshot.AnalyticsProperties;
import dev.strata.analytics.snapshot.SnapshotReadTimedOutException;
import dev.strata.neo4j.DatabaseErrors;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Unknown keys become NOT_FOUND errors; an analytics query killed by its transaction timeout says so and names the
 * setting (a mutation killed by its own timeout is not described as an analytics query), and so does the full read of
 * the snapshot, which has a setting of its own.
 */
@Component
class AnalyticsErrorResolver extends DataFetcherExceptionResolverAdapter {

    private final AnalyticsProperties properties;

    AnalyticsErrorResolver(AnalyticsProperties properties) {
        this.properties = properties;
    }

    @Override
    protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof UnknownNodeException) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorType.NOT_FOUND)
                    .message(ex.getMessage())
                    .build();
        }
        SnapshotReadTimedOutException snapshotRead = cause(ex, SnapshotReadTimedOutException.class);
        if (snapshotRead != null) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorType.INTERNAL_ERROR)
                    .message(snapshotRead.getMessage())
                    .build();
        }
        if (DatabaseErrors.isTransactionTimeout(ex) && isMutation(env)) {
            // Changes through the one writer say which change and timeout (store.ChangeTimedOutException); this is
            // any other, and must not be described as an analytics query.
            return GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorType.INTERNAL_ERROR)
                    .message(env.getField().getName() + " exceeded its transaction timeout and was rolled back:"
                            + " nothing was changed. Send it again")
                    .build();
        }
        if (DatabaseErrors.isTransactionTimeout(ex)) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorType.INTERNAL_ERROR)
                    .message("The analytics query exceeded its transaction timeout of "
                            + properties.timeout().toSeconds() + " s (strata.analytics.timeout) and was stopped")
                    .build();
        }
        return null;
    }

    private static boolean isMutation(DataFetchingEnvironment env) {
        return env.getOperationDefinition() != null
                && env.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION;
    }

    private static <T extends Throwable> @Nullable T cause(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
