package dev.strata.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/** Turns exceptions that describe a bad request into GraphQL errors with the reason, instead of "internal error". */
@Component
class ClientErrorResolver extends DataFetcherExceptionResolverAdapter {

    @Override
    protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof InvalidArgumentException || ex instanceof NotFoundException) {
            ErrorType type = ex instanceof NotFoundException ? ErrorType.NOT_FOUND : ErrorType.BAD_REQUEST;
            return GraphqlErrorBuilder.newError(env).errorType(type).message(ex.getMessage()).build();
        }
        return null;
    }
}
