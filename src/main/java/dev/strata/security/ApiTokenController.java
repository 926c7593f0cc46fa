package dev.strata.security;

import dev.strata.graphql.InputCheck;
import dev.strata.graphql.UserError;
import dev.strata.security.GraphQlAuthorization.Caller;
import graphql.GraphQLContext;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Token management (admin only: {@code @requiresRole(role: ADMIN)} on its fields in security.graphqls) and {@code me}. */
@Controller
class ApiTokenController {

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @QueryMapping
    Caller me(@ContextValue(GraphQlAuthorization.CALLER) Caller caller) {
        return caller;
    }

    @QueryMapping
    List<ApiToken> apiTokens() {
        return tokens.all();
    }

    @MutationMapping
    CreateApiTokenPayload createApiToken(@Argument CreateApiTokenInput input, GraphQLContext context) {
        InputCheck check = new InputCheck().name("name", input.name(), true);
        if (!check.ok()) {
            return new CreateApiTokenPayload(null, null, check.errors());
        }
        ApiTokens.IssuedToken issued = tokens.issue(input.name(), input.role(), Actors.of(context));
        return new CreateApiTokenPayload(issued.secret(), issued.token(), List.of());
    }

    @MutationMapping
    RevokeApiTokenPayload revokeApiToken(@Argument RevokeApiTokenInput input, GraphQLContext context) {
        return tokens.revoke(input.id(), Actors.of(context))
                .map(token -> new RevokeApiTokenPayload(token, List.of()))
                .orElseGet(() -> new RevokeApiTokenPayload(
                        null,
                        new InputCheck().notFound("id", "API token", input.id()).errors()));
    }

    record CreateApiTokenInput(String name, Role role) {}

    record CreateApiTokenPayload(
            @Nullable String secret, @Nullable ApiToken apiToken, List<UserError> errors) {}

    record RevokeApiTokenInput(String id) {}

    record RevokeApiTokenPayload(@Nullable ApiToken apiToken, List<UserError> errors) {}
}
