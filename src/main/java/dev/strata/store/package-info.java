/**
 * The landscape as stored in Neo4j, and the one path that changes it. {@link dev.strata.store.LandscapeReader} reads
 * the graph (or single documents) as plain model data; {@link dev.strata.store.LandscapeWriter} runs every change,
 * from a one-field GraphQL update to a 100,000-node apply, the same way: under the landscape lock, checked against
 * the current state, written in batches, recorded in the audit trail in the same transaction, and announced after the
 * commit. {@link dev.strata.store.NodeEdits} turns one-node edits into such changes with the model's rules.
 */
@NullMarked
package dev.strata.store;

import org.jspecify.annotations.NullMarked;
