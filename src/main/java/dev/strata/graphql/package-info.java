/**
 * GraphQL plumbing shared by every domain: Relay connections and paging, ordering, typed user errors, input rules,
 * scalars and the mapping of invalid arguments to client errors. Knows nothing of any one domain.
 */
@NullMarked
package dev.strata.graphql;

import org.jspecify.annotations.NullMarked;
