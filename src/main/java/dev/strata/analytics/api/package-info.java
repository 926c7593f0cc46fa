/**
 * The GraphQL API of the analytics: one controller per query or type (blast radius, chains, layer violations,
 * cycles, hotspots, risks, adoption, cognitive load, the snapshot refresh), each a thin adapter that checks its
 * arguments, takes the current snapshot from {@code analytics.snapshot} (or, given an {@code asOf}, a past one from
 * {@code dev.strata.history}) and calls an engine; error mapping for
 * unknown keys and timeouts. Depends on the engines, the snapshot package, {@code dev.strata.history} and {@code dev.strata.graphql}; nothing
 * depends on it.
 */
@NullMarked
package dev.strata.analytics.api;

import org.jspecify.annotations.NullMarked;
