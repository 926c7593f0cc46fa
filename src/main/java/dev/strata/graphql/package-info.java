/**
 * GraphQL plumbing shared by every domain: Relay connections and paging, ordering, typed user errors, input rules,
 * scalars and the mapping of invalid arguments to client errors; the {@code LandscapeNode} interface every entity
 * type implements, and the {@code NodeResolver} that turns node references into entities in one query per kind
 * (through each feature's {@code NodeFinder}); and the limits every request meets (body size and JSON shape,
 * fragment expansion, depth, cost with {@code @cost} weights, heavy fields a few at a time, a deadline). Knows
 * nothing of any one domain.
 */
@NullMarked
package dev.strata.graphql;

import org.jspecify.annotations.NullMarked;
