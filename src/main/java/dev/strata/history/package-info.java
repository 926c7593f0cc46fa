/**
 * The landscape's memory (issue 13, src/docs/history.md): the versions the one writer records
 * ({@code store.ChangeLog}), the landscape and its analytics snapshot at any version or time
 * ({@link dev.strata.history.LandscapeHistory}, {@link dev.strata.history.HistoricalSnapshots}), the diff between two
 * points in plan's shape, trends of the measures people track, and delivery measures per platform derived from the
 * history. Reads the history; never writes the landscape (a Git import goes through landscape apply in
 * {@code ingest}).
 */
@NullMarked
package dev.strata.history;

import org.jspecify.annotations.NullMarked;
