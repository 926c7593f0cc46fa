/**
 * Read-only analytics over the landscape graph: an in-memory snapshot ({@code graph}), blast radius
 * ({@code impact}), dependency chains, layer violations and cycles ({@code chains}). The reference semantics of
 * each analytic is a Cypher file under {@code cypher/analytics/}, loaded through
 * {@link dev.strata.analytics.CypherQueries}.
 * Nothing here writes to the database or knows about GraphQL or HTTP.
 */
@NullMarked
package dev.strata.analytics;

import org.jspecify.annotations.NullMarked;
