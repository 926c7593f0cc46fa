/**
 * Structural risks of the landscape: single points of failure (dominators of each consumer's dependency graph),
 * unowned and unused parts, deprecated capabilities still in use, tier inversions, handover points between teams
 * and ownership ambiguity. Each analytic is a file under cypher/analytics/; reads only. See src/docs/analytics/risks.md.
 */
@NullMarked
package dev.strata.analytics.risk;

import org.jspecify.annotations.NullMarked;
