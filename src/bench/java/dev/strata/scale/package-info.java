/**
 * Scale (src/bench/java, never in the application jar): a deterministic generator of synthetic landscapes (S, M,
 * L), the bulk loader that writes them into Neo4j through the driver, and the benchmark that compares the analytics
 * engines with their reference implementations on the same database. Run with {@code mvn -Pbench package}; nothing
 * in the application depends on this package.
 */
@NullMarked
package dev.strata.scale;

import org.jspecify.annotations.NullMarked;
