/**
 * Hotspots: every capability and platform ranked by the downstream blast radius it would cause, computed for all of
 * them at once by propagating bit sets of sources through the condensed dependency graph
 * ({@link dev.strata.analytics.hotspots.HotspotEngine}), exactly equal to one blast radius per node. Pure: depends
 * only on the model and the snapshot.
 */
@NullMarked
package dev.strata.analytics.hotspots;

import org.jspecify.annotations.NullMarked;
