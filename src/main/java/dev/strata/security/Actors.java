package dev.strata.security;

import dev.strata.audit.Actor;
import graphql.GraphQLContext;

/** Who is calling, as the audit trail names them: the caller the authorisation put into the GraphQL context. */
public final class Actors {

    private Actors() {}

    public static Actor of(GraphQLContext context) {
        GraphQlAuthorization.Caller caller = context.get(GraphQlAuthorization.CALLER);
        String via = context.getOrDefault(GraphQlAuthorization.VIA, "graphql");
        return new Actor(caller == null ? "anonymous" : caller.name(), via);
    }
}
