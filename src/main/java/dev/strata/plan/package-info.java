/**
 * What a change to the landscape does, for the people who review it: the plan (the semantic diff between two
 * landscapes with its counts), its impact in both directions (what it breaks and what it fixes: blast radius,
 * deprecated capabilities in use at any depth, single points of failure, layer violations, cycles, tier inversions,
 * ownership ambiguity, cognitive-load bands) computed on in-memory snapshots of the landscape before and after, and
 * the policy rules CI checks it against. Plain Java: the server's plan and apply and the offline
 * {@code plan --base} compute it the same way. See src/docs/plan.md.
 */
@NullMarked
package dev.strata.plan;

import org.jspecify.annotations.NullMarked;
