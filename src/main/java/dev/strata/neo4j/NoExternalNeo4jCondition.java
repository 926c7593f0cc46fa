package dev.strata.neo4j;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@code spring.neo4j.uri} is unset and the embedded server is not switched off. */
class NoExternalNeo4jCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        String uri = environment.getProperty("spring.neo4j.uri");
        if (uri != null && !uri.isBlank()) {
            return ConditionOutcome.noMatch("spring.neo4j.uri is set to " + uri);
        }
        if (!environment.getProperty("strata.neo4j.embedded.enabled", Boolean.class, true)) {
            return ConditionOutcome.noMatch("strata.neo4j.embedded.enabled is false");
        }
        return ConditionOutcome.match("no spring.neo4j.uri: starting the embedded Neo4j");
    }
}
