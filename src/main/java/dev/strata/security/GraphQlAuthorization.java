package dev.strata.security;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Authorises every GraphQL operation before anything runs: a query needs the viewer role (or anonymous read), a
 * mutation the editor role, and the token-management fields the admin role. A refused operation executes no field,
 * so nothing is written. The caller is captured from the HTTP request into the GraphQL context, where the audit
 * trail reads it too.
 */
@Component
public class GraphQlAuthorization extends SimplePerformantInstrumentation implements WebGraphQlInterceptor {

    /** Key of the caller in the GraphQL context. */
    public static final String CALLER = "strata.caller";
    /** Key of the client path in the GraphQL context: {@code graphql}, or {@code graphql/<X-Strata-Client header>}. */
    public static final String VIA = "strata.via";
    private static final Logger log = LoggerFactory.getLogger(GraphQlAuthorization.class);
    private static final Set<String> ADMIN_FIELDS = Set.of("apiTokens", "createApiToken", "revokeApiToken");

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
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(context -> context.of(CALLER, caller, VIA, via)).build());
        return chain.next(request);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            @Nullable InstrumentationState state) {
        GraphQLContext context = parameters.getExecutionContext().getGraphQLContext();
        Caller caller = context.getOrDefault(CALLER, Caller.ANONYMOUS);
        OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
        Role needed = operation.getOperation() == OperationDefinition.Operation.MUTATION ? Role.EDITOR : Role.VIEWER;
        for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
            if (selection instanceof Field field && ADMIN_FIELDS.contains(field.getName())) {
                needed = Role.ADMIN;
            }
        }
        if (caller.role() == null) {
            if (needed == Role.VIEWER && properties.anonymousRead()) {
                return super.beginExecuteOperation(parameters, state);
            }
            throw new AbortExecutionException("authentication required: this operation needs the " + needed.name().toLowerCase()
                    + " role; send Authorization: Bearer <token>");
        }
        if (caller.role().ordinal() < needed.ordinal()) {
            throw new AbortExecutionException("forbidden: this operation needs the " + needed.name().toLowerCase()
                    + " role, and " + caller.name() + " has the " + caller.role().name().toLowerCase() + " role");
        }
        return super.beginExecuteOperation(parameters, state);
    }

    /** Who is calling: a name for the audit trail and the highest role, or null role when anonymous. */
    public record Caller(String name, @Nullable Role role) {

        static final Caller ANONYMOUS = new Caller("anonymous", null);

        static Caller of(@Nullable Authentication authentication) {
            if (authentication == null || !authentication.isAuthenticated()
                    || authentication instanceof AnonymousAuthenticationToken) {
                return ANONYMOUS;
            }
            Role highest = null;
            for (Role role : Role.values()) {
                if (authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()))) {
                    highest = role;
                }
            }
            return new Caller(authentication.getName(), highest);
        }
    }
}
