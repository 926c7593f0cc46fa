package dev.strata.store;

import dev.strata.model.Landscape;
import dev.strata.model.NodeRef;
import java.util.Collections;
import java.util.Map;

/**
 * The whole landscape as the graph holds it, with the element id of every node. With the ids a writer finds a node
 * directly instead of through the key index, and knows that a node without one does not exist: that is what lets an
 * apply create new nodes and relationships instead of merging each one.
 *
 * @param landscape  nodes and relationships with the properties the model manages
 * @param elementIds the Neo4j element id of every node of {@code landscape}
 */
public record StoredLandscape(Landscape landscape, Map<NodeRef, String> elementIds) {

    public StoredLandscape {
        elementIds = Collections.unmodifiableMap(elementIds);
    }

    /** Nodes and relationships: the size of the landscape. */
    public long size() {
        return (long) landscape.nodes().size() + landscape.edges().size();
    }
}
