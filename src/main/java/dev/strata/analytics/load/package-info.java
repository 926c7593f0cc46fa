/**
 * Team cognitive load from consumer fan-in (after Team Topologies), computed from the snapshot
 * ({@link dev.strata.analytics.load.SnapshotCognitiveLoad}) with a configurable
 * {@link dev.strata.analytics.load.CognitiveLoadModel}: per team, what it owns, who consumes it and how, where its
 * work crosses to other teams, folded into one index per team member with an explaining list of contributions. Pure
 * engine: model and snapshot only. See src/docs/analytics/cognitive-load.md.
 */
@NullMarked
package dev.strata.analytics.load;

import org.jspecify.annotations.NullMarked;
