/**
 * Team cognitive load from consumer fan-in (after Team Topologies): per team, what it owns, who consumes it and how,
 * where its work crosses to other teams, folded into one index per team member with an explaining list of
 * contributions. Reads the landscape through the driver, never writes it. See src/docs/analytics/cognitive-load.md.
 */
@NullMarked
package dev.strata.analytics.load;

import org.jspecify.annotations.NullMarked;
