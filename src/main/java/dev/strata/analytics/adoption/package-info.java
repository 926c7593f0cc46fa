/**
 * Enabling value-stream metrics per capability, platform and platform team from the snapshot
 * ({@link dev.strata.analytics.adoption.SnapshotAdoption}): adoption by stream-aligned teams and its quarterly trend,
 * time to first use, deprecated capabilities still in use, reliability (SLO) and compliance. Flat records for
 * dashboards. Pure engine: model and snapshot only. See src/docs/analytics/adoption.md.
 */
@NullMarked
package dev.strata.analytics.adoption;

import org.jspecify.annotations.NullMarked;
