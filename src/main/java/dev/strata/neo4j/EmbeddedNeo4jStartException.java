package dev.strata.neo4j;

/** The embedded Neo4j could not start; the message says why and what to change. */
public class EmbeddedNeo4jStartException extends RuntimeException {

    public EmbeddedNeo4jStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
