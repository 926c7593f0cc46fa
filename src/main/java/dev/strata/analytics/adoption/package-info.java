/**
 * Enabling value-stream metrics per capability, platform and platform team: adoption by stream-aligned teams and its
 * quarterly trend, time to first use, deprecated capabilities still in use, reliability (SLO) and compliance. Flat
 * records for dashboards; reads only. See src/docs/analytics/adoption.md.
 */
@NullMarked
package dev.strata.analytics.adoption;

import org.jspecify.annotations.NullMarked;
