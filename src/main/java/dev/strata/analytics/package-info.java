/**
 * Read-only analytics over the landscape, in three parts. The engines ({@code impact}, {@code chains}, {@code load},
 * {@code risk}, {@code adoption}, {@code hotspots}) are plain Java over the int-indexed in-memory snapshot of
 * {@code graph}: no Spring, no driver, no I/O, depending only on {@code dev.strata.model} and
 * {@code analytics.graph}. The snapshot and its cache ({@code snapshot}) read the graph and keep the snapshot current
 * after every write. The GraphQL API ({@code api}) answers from them. Each analytic's reference semantics is a Cypher
 * file under {@code cypher/analytics/}; the Java that runs those files lives outside the application (src/bench/java)
 * and is used only by the tests and the benchmark that prove the engines equal to them.
 */
@NullMarked
package dev.strata.analytics;

import org.jspecify.annotations.NullMarked;
