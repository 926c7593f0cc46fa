/**
 * Structural risks from the snapshot: single points of failure (one dominator tree for all consumers), unowned and
 * unused parts, handover points between teams and ownership ambiguity ({@code OwnershipRisks}), deprecated
 * capabilities still in use and tier inversions, paged and counted ({@code ReachRisks}). Each has its reference
 * semantics in a file under cypher/analytics/ (see src/docs/analytics/risks.md). Pure engines: model and snapshot
 * only.
 */
@NullMarked
package dev.strata.analytics.risk;

import org.jspecify.annotations.NullMarked;
