package dev.strata.security;

import dev.strata.security.GraphQlAuthorization.Caller;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The second wall: each field that needs a role (every {@code Query} and {@code Mutation} field, and every field with
 * {@code @requiresRole}) checks the caller again at the moment it is fetched, from the same {@link RequiredRoles}. It
 * owes nothing to {@link GraphQlAuthorization}'s walk over the operation, so a mistake there still cannot run an admin
 * resolver for an editor: the field fails with a FORBIDDEN (or UNAUTHORIZED) error and its resolver never runs.
 */
@Component
class FieldAuthorization extends SimplePerformantInstrumentation {

    private final SecurityProperties properties;

    FieldAuthorization(SecurityProperties properties) {
        this.properties = properties;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(
            DataFetcher<?> fetcher,
            InstrumentationFieldFetchParameters parameters,
            @Nullable InstrumentationState state) {
        ExecutionStepInfo step = parameters.getExecutionStepInfo();
        Optional<Role> required = RequiredRoles.of(
                parameters.getExecutionContext().getGraphQLSchema(), step.getObjectType(), step.getFieldDefinition());
        if (required.isEmpty()) {
            return fetcher;
        }
        Role role = required.get();
        String field =
                step.getObjectType().getName() + "." + step.getFieldDefinition().getName();
        return environment -> {
            Caller caller = GraphQlAuthorization.callerOf(environment.getGraphQlContext());
            if (!caller.permits(role, properties.anonymousRead())) {
                throw new AccessRefusedException(
                        caller.role() == null, GraphQlAuthorization.refusal(caller, role, field));
            }
            return fetcher.get(environment);
        };
    }
}
