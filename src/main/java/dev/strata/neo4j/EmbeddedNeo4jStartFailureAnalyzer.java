package dev.strata.neo4j;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the reason and the fix for a failed embedded start instead of a long stack trace. */
class EmbeddedNeo4jStartFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedNeo4jStartException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedNeo4jStartException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Fix the setting named above, or set spring.neo4j.uri (SPRING_NEO4J_URI) to use an external Neo4j.",
                cause);
    }
}
