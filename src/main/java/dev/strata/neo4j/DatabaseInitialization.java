package dev.strata.neo4j;

/**
 * A step that must run against the database before the application is fully ready (schema, demo data). Steps run
 * in {@link org.springframework.core.annotation.Order} and are retried together until the database answers.
 */
public interface DatabaseInitialization {

    void initialize() throws Exception;
}
