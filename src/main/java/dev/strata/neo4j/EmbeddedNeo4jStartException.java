package dev.strata.neo4j;

import org.jspecify.annotations.Nullable;

/** The embedded Neo4j could not start; the message says why and what to change. */
public class EmbeddedNeo4jStartException extends RuntimeException {

    public EmbeddedNeo4jStartException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
