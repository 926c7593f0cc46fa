package dev.strata.graphql;

import dev.strata.model.NodeKind;
import java.util.Optional;

/**
 * Reads one entity of a node kind by key, as its GraphQL type wants it (e.g. a {@code Capability} record). Each
 * feature's repository provides one, so generic code (mutation payloads, node references in analytics results) can
 * hand GraphQL navigable objects.
 */
public interface NodeFinder {

    NodeKind kind();

    Optional<?> find(String key);
}
