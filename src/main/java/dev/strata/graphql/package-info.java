/**
 * GraphQL plumbing shared by every domain: Relay connections and paging, ordering, typed user errors, input rules,
 * scalars and the mapping of invalid arguments to client errors, and the limits every request meets (body size and
 * JSON shape, fragment expansion, depth, cost with {@code @cost} weights, heavy fields a few at a time, a deadline).
 * Knows nothing of any one domain.
 */
@NullMarked
package dev.strata.graphql;

import org.jspecify.annotations.NullMarked;
