/**
 * Blast radius: what is affected when landscape nodes fail or change (downstream), or what they rely on (upstream),
 * computed by {@link dev.strata.analytics.impact.BlastRadiusEngine} as breadth-first searches over a
 * {@link dev.strata.analytics.graph.LandscapeSnapshot}. Reference semantics:
 * {@code cypher/analytics/blast-radius-*.cypher};
 * documentation: {@code src/docs/analytics/blast-radius.md}.
 */
@NullMarked
package dev.strata.analytics.impact;

import org.jspecify.annotations.NullMarked;
