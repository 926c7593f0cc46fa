package dev.strata.graphql;

import dev.strata.model.NodeKind;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Reads entities of one node kind by key, as their GraphQL type wants them (e.g. a {@code Capability} record). Each
 * feature's repository provides one, so generic code (mutation payloads, node references in analytics results) can
 * hand GraphQL navigable objects.
 */
public interface NodeFinder {

    NodeKind kind();

    Optional<? extends LandscapeNode> find(String key);

    /** The entities with the given keys, in one query; keys without an entity are absent from the map. */
    Map<String, ? extends LandscapeNode> findAll(Collection<String> keys);
}
