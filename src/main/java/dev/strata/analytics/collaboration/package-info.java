/**
 * Collaboration that lasts (issue #14): Team Topologies treats COLLABORATION as a temporary interaction mode, so
 * {@link dev.strata.analytics.collaboration.Collaborations} flags COLLABORATION consumptions older than a configurable
 * age, teams in more collaborations than they have people, and handover points (where a dependency or consumption
 * crosses from one team to another) whose capability has no agreed SLO target. Pure engine: snapshot only. Reference
 * queries: cypher/analytics/long-collaborations.cypher, over-collaborating-teams.cypher, unagreed-handovers.cypher.
 * See src/docs/analytics/collaboration.md.
 */
@NullMarked
package dev.strata.analytics.collaboration;

import org.jspecify.annotations.NullMarked;
