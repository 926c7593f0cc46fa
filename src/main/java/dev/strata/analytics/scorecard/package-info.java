/**
 * Product completeness scorecards (issue #14): rules as code over what the snapshot knows about a platform and its
 * capabilities (owner, documentation, support channel, on-call, SLO targets and attainment, self-service share,
 * compliance, GA share, dependencies on deprecated capabilities), grouped into ordered levels such as bronze, silver
 * and gold. {@link dev.strata.analytics.scorecard.Scorecards} gives every platform each rule's pass or fail with the
 * reason and the highest level whose rules, and those of every level below, all pass. Pure engine: rules and
 * snapshot only; the rules file is read by {@code dev.strata.scorecard}. See src/docs/analytics/scorecards.md.
 */
@NullMarked
package dev.strata.analytics.scorecard;

import org.jspecify.annotations.NullMarked;
