/**
 * Cognitive load removed (issue #14): how much a platform takes off its users. Per consuming team, what it must handle
 * (its consumptions weighted by interaction mode and lifecycle, the platforms and teams it deals with, the
 * collaborations it is in) against what X-as-a-service hides from it (the capabilities below what it consumes, per
 * layer); per platform, the load it removes for its consumers less the load it adds (collaboration, beta and
 * deprecated churn, dependencies its consumers must also handle themselves). A configurable
 * {@link dev.strata.analytics.removed.LoadRemovedModel}; {@link dev.strata.analytics.removed.SnapshotLoadRemoved}
 * computes it with the semantics of cypher/analytics/team-load-removed.cypher and platform-load-removed.cypher. Pure
 * engine: model and snapshot only. See src/docs/analytics/load-removed.md.
 */
@NullMarked
package dev.strata.analytics.removed;

import org.jspecify.annotations.NullMarked;
