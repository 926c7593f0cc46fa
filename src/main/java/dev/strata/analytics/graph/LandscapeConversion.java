package dev.strata.analytics.graph;

import dev.strata.model.EdgeType;
import dev.strata.model.InteractionMode;
import dev.strata.model.Landscape;
import dev.strata.model.Landscape.Edge;
import dev.strata.model.Landscape.Node;

/**
 * Builds the analytics snapshot of a landscape held in memory (parsed files, a planned change), the same structure
 * the engines run on for the graph, without a database.
 */
final class LandscapeConversion {

    private LandscapeConversion() {}

    static LandscapeSnapshot snapshot(Landscape landscape) {
        SnapshotBuilder builder = LandscapeSnapshot.builder();
        for (Node node : landscape.nodes().values()) {
            builder.addNodeWith(node.id().kind(), node.id().key(), node.properties());
        }
        for (Edge edge : landscape.edges().values()) {
            int from = builder.indexOf(edge.id().from().kind(), edge.id().from().key());
            int to = builder.indexOf(edge.id().to().kind(), edge.id().to().key());
            if (edge.id().type() == EdgeType.CONSUMES) {
                builder.addConsumes(
                        from,
                        to,
                        NodeAttributes.constant(
                                InteractionMode.class, edge.properties().get("mode")),
                        NodeAttributes.date(edge.properties().get("since")));
            } else {
                builder.addEdge(edge.id().type(), from, to);
            }
        }
        return builder.build();
    }
}
