/**
 * An immutable, int-indexed in-memory snapshot of the landscape graph
 * ({@link dev.strata.analytics.graph.LandscapeSnapshot})
 * with typed adjacency in compressed sparse row arrays, loaded by
 * {@link dev.strata.analytics.graph.LandscapeSnapshotLoader} with a handful of bulk read queries. The analytics
 * engines traverse it without touching the database.
 */
@NullMarked
package dev.strata.analytics.graph;

import org.jspecify.annotations.NullMarked;
