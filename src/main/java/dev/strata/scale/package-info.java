/**
 * Scale: a deterministic generator of synthetic landscapes (S, M, L), the bulk loader that writes them into Neo4j
 * through the driver, and the benchmark that compares the analytics engines with the reference Cypher files on the
 * same database. Nothing in the application depends on this package.
 */
@NullMarked
package dev.strata.scale;

import org.jspecify.annotations.NullMarked;
