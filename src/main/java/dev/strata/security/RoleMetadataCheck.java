package dev.strata.security;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the schema's role metadata is broken (the {@code @requiresRole} directive missing or naming an
 * unknown role), rather than running with fields whose role nobody can tell.
 */
@Component
class RoleMetadataCheck implements SmartInitializingSingleton {

    private final ObjectProvider<GraphQlSource> graphQlSource;

    RoleMetadataCheck(ObjectProvider<GraphQlSource> graphQlSource) {
        this.graphQlSource = graphQlSource;
    }

    @Override
    public void afterSingletonsInstantiated() {
        GraphQlSource source = graphQlSource.getIfAvailable();
        if (source == null) {
            return;
        }
        List<String> problems = RequiredRoles.problems(source.schema());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The GraphQL schema's role metadata (graphql-schema/*.graphqls) is broken: "
                    + String.join("; ", problems));
        }
    }
}
