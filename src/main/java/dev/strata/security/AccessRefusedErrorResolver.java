package dev.strata.security;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/** Reports a field refused by {@link FieldAuthorization} with its reason, typed UNAUTHORIZED or FORBIDDEN. */
@Component
class AccessRefusedErrorResolver extends DataFetcherExceptionResolverAdapter {

    @Override
    protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof AccessRefusedException refused) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(refused.anonymous() ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN)
                    .message(refused.getMessage())
                    .build();
        }
        return null;
    }
}
