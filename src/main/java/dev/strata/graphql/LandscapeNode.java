package dev.strata.graphql;

import dev.strata.model.NodeKind;

/**
 * What every landscape entity answers in GraphQL (the {@code LandscapeNode} interface): analytics results refer to
 * nodes as objects of this interface, so a client navigates from a result to the node and on (its owner, its
 * platform) in the same request. {@code nodeKind} rather than {@code kind}, which consumers and value streams already
 * use for their own enums.
 */
public interface LandscapeNode {

    String key();

    String name();

    NodeKind nodeKind();
}
