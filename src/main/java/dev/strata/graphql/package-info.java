/**
 * GraphQL plumbing shared by every domain: Relay connections and paging, ordering, typed user errors, input rules,
 * scalars and the mapping of invalid arguments to client errors; the {@code LandscapeNode} interface every entity
 * type implements, and the {@code NodeResolver} that turns node references into entities in one query per kind
 * (through each feature's {@code NodeFinder}). Knows nothing of any one domain.
 */
@NullMarked
package dev.strata.graphql;

import org.jspecify.annotations.NullMarked;
