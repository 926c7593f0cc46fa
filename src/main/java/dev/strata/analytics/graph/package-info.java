/**
 * The immutable, int-indexed in-memory snapshot of the landscape graph
 * ({@link dev.strata.analytics.graph.LandscapeSnapshot}) with typed adjacency in compressed sparse row arrays: built
 * from scratch ({@link dev.strata.analytics.graph.SnapshotBuilder}), from model data
 * ({@code LandscapeSnapshot.of}), or from the previous snapshot and a committed change
 * ({@code LandscapeSnapshot.apply}). Depends only on {@code dev.strata.model}; the engines traverse it.
 */
@NullMarked
package dev.strata.analytics.graph;

import org.jspecify.annotations.NullMarked;
