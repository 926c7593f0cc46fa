package dev.strata.security;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Authorises every GraphQL operation before anything runs. The role it needs is the highest role over every field the
 * executor would run, taken from graphql-java's normalized operation (fragments, inline fragments and aliases merged,
 * {@code @skip}/{@code @include} evaluated with the request's variables), with each field's role from
 * {@link RequiredRoles}. A refused operation executes no field, so nothing is written and nothing listed;
 * {@link FieldAuthorization} checks the same roles again when each field is fetched. The caller is captured from the
 * HTTP request into the GraphQL context, where the audit trail reads it too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class GraphQlAuthorization extends SimplePerformantInstrumentation implements WebGraphQlInterceptor {

    /** Key of the caller in the GraphQL context. */
    public static final String CALLER = "strata.caller";
    /** Key of the client path in the GraphQL context: {@code graphql}, or {@code graphql/<X-Strata-Client header>}. */
    public static final String VIA = "strata.via";

    private static final Logger log = LoggerFactory.getLogger(GraphQlAuthorization.class);

    private final SecurityProperties properties;

    GraphQlAuthorization(SecurityProperties properties) {
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnAboutAnonymousRead() {
        if (properties.anonymousRead()) {
            log.warn("""

                    ************************************************************************************
                    *  ANONYMOUS READ IS ON: anyone who can reach this server can query the landscape. *
                    *  Writes still need an editor token. Set STRATA_SECURITY_ANONYMOUS_READ=false      *
                    *  for anything but a local demo.                                                   *
                    ************************************************************************************""");
        }
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Caller caller = Caller.of(authentication);
        String client = request.getHeaders().getFirst("X-Strata-Client");
        String via = client == null || !client.matches("[a-z0-9-]{1,32}") ? "graphql" : "graphql/" + client;
        request.configureExecutionInput(
                (input, builder) -> builder.graphQLContext(context -> context.of(CALLER, caller, VIA, via))
                        .build());
        return chain.next(request);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, @Nullable InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        Caller caller = callerOf(execution.getGraphQLContext());
        Requirement needed = requirement(
                execution.getGraphQLSchema(),
                execution.getOperationDefinition().getOperation(),
                execution.getNormalizedQueryTree().get());
        if (!caller.permits(needed.role(), properties.anonymousRead())) {
            throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                    .errorType(caller.role() == null ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN)
                    .message(refusal(caller, needed.role(), needed.field()))
                    .build()));
        }
        return super.beginExecuteOperation(parameters, state);
    }

    /**
     * The highest role any field of {@code operation} needs (at least the operation's own: viewer for a query, editor
     * for a mutation), and the first field that needs it.
     */
    static Requirement requirement(
            GraphQLSchema schema, OperationDefinition.Operation kind, ExecutableNormalizedOperation operation) {
        Requirement needed =
                new Requirement(kind == OperationDefinition.Operation.MUTATION ? Role.EDITOR : Role.VIEWER, null);
        for (FieldCoordinates coordinates :
                operation.getCoordinatesToNormalizedFields().keySet()) {
            GraphQLObjectType type = schema.getObjectType(coordinates.getTypeName());
            GraphQLFieldDefinition field = type == null ? null : type.getFieldDefinition(coordinates.getFieldName());
            if (field == null) {
                continue; // introspection meta fields (__typename, __schema, __type) need only the operation's role
            }
            Optional<Role> role = RequiredRoles.of(schema, type, field);
            if (role.isPresent() && role.get().ordinal() > needed.role().ordinal()) {
                needed = new Requirement(role.get(), coordinates.getTypeName() + "." + coordinates.getFieldName());
            }
        }
        return needed;
    }

    static Caller callerOf(GraphQLContext context) {
        return context.getOrDefault(CALLER, Caller.ANONYMOUS);
    }

    /** The message of a refusal: what is needed, for which field, and what the caller has. */
    static String refusal(Caller caller, Role needed, @Nullable String field) {
        String what = "this operation needs the " + needed.name().toLowerCase() + " role"
                + (field == null ? "" : " (for " + field + ")");
        if (caller.role() == null) {
            return "authentication required: " + what + "; send Authorization: Bearer <token>";
        }
        return "forbidden: " + what + ", and " + caller.name() + " has the "
                + caller.role().name().toLowerCase() + " role";
    }

    /** A role and the field that demands it (null when it is the operation's own baseline). */
    record Requirement(Role role, @Nullable String field) {}

    /** Who is calling: a name for the audit trail and the highest role, or null role when anonymous. */
    public record Caller(String name, @Nullable Role role) {

        static final Caller ANONYMOUS = new Caller("anonymous", null);

        /** Whether this caller may run what needs {@code needed}; anonymous callers only read, and only when allowed. */
        boolean permits(Role needed, boolean anonymousRead) {
            if (role == null) {
                return needed == Role.VIEWER && anonymousRead;
            }
            return role.ordinal() >= needed.ordinal();
        }

        static Caller of(@Nullable Authentication authentication) {
            if (authentication == null
                    || !authentication.isAuthenticated()
                    || authentication instanceof AnonymousAuthenticationToken) {
                return ANONYMOUS;
            }
            Role highest = null;
            for (Role role : Role.values()) {
                if (authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals(role.authority()))) {
                    highest = role;
                }
            }
            return new Caller(authentication.getName(), highest);
        }
    }
}
