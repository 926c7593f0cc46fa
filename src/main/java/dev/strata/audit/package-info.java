/**
 * The audit trail: every mutation that changes the landscape is recorded, in the same transaction as the change,
 * with who, when, through which path, and the before/after of the touched entity's properties and edges. Readable
 * through GraphQL, never changeable through it. Also where transient database errors are retried.
 */
@NullMarked
package dev.strata.audit;

import org.jspecify.annotations.NullMarked;
