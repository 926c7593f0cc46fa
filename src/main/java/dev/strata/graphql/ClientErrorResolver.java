package dev.strata.graphql;

import dev.strata.store.ChangeTimedOutException;
import dev.strata.store.ChangeTooLargeException;
import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Turns exceptions that describe a bad request, or a server that asks the client to come back later, into GraphQL
 * errors with the reason, instead of "internal error": BUSY (with {@code retryAfterSeconds}) and DEADLINE_EXCEEDED
 * are classifications of their own, so that clients can tell "retry" from "ask for less".
 */
@Component
class ClientErrorResolver extends DataFetcherExceptionResolverAdapter {

    static final ErrorClassification BUSY = ErrorClassification.errorClassification("BUSY");
    static final ErrorClassification DEADLINE_EXCEEDED = ErrorClassification.errorClassification("DEADLINE_EXCEEDED");

    @Override
    protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (databaseUnavailable(ex)) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorType.INTERNAL_ERROR)
                    .message("database unavailable: Neo4j does not answer, so this field could not be completed;"
                            + " retry shortly (health: /actuator/health)")
                    .extensions(java.util.Map.of("code", "DATABASE_UNAVAILABLE"))
                    .build();
        }
        if (ex instanceof ServerBusyException) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(BUSY)
                    .message(ex.getMessage())
                    .extensions(java.util.Map.of("retryAfterSeconds", ServerBusyException.RETRY_AFTER_SECONDS))
                    .build();
        }
        if (ex instanceof ChangeTimedOutException) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorType.INTERNAL_ERROR)
                    .message(ex.getMessage())
                    .extensions(java.util.Map.of("code", "CHANGE_TIMED_OUT"))
                    .build();
        }
        if (ex instanceof ChangeTooLargeException) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorType.BAD_REQUEST)
                    .message(ex.getMessage())
                    .extensions(java.util.Map.of("code", "CHANGE_TOO_LARGE"))
                    .build();
        }
        if (ex instanceof RequestDeadlineExceededException) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(DEADLINE_EXCEEDED)
                    .message(ex.getMessage())
                    .build();
        }
        if (ex instanceof InvalidArgumentException || ex instanceof NotFoundException) {
            ErrorType type = ex instanceof NotFoundException ? ErrorType.NOT_FOUND : ErrorType.BAD_REQUEST;
            return GraphqlErrorBuilder.newError(env)
                    .errorType(type)
                    .message(ex.getMessage())
                    .build();
        }
        return null;
    }

    static boolean databaseUnavailable(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof ServiceUnavailableException
                    || t instanceof SessionExpiredException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }
}
