/**
 * How Strata reaches Neo4j: the embedded, persistent in-process server used when no {@code spring.neo4j.uri} is
 * configured, and the versioned schema scripts applied at start against embedded and external servers alike. The
 * only package that knows how the database is started.
 */
@NullMarked
package dev.strata.neo4j;

import org.jspecify.annotations.NullMarked;
