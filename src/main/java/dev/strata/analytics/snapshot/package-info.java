/**
 * The in-memory snapshot the engines run on, kept current: {@link dev.strata.analytics.snapshot.LandscapeSnapshots}
 * loads it ({@link dev.strata.analytics.snapshot.LandscapeSnapshotLoader}), follows the committed changes, and
 * reloads after writes made outside Strata; results computed once per snapshot
 * ({@link dev.strata.analytics.snapshot.SnapshotMemo}, the background
 * {@link dev.strata.analytics.snapshot.HotspotRanking}); the analytics settings. The only analytics package that
 * reads the database.
 */
@NullMarked
package dev.strata.analytics.snapshot;

import org.jspecify.annotations.NullMarked;
