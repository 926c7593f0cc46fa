package dev.strata.analytics.graph;

import dev.strata.model.EdgeType;
import dev.strata.model.InteractionMode;
import dev.strata.model.Landscape;
import dev.strata.model.Landscape.Edge;
import dev.strata.model.Landscape.Node;
import dev.strata.model.Lifecycle;
import dev.strata.model.TeamType;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds the analytics snapshot of a landscape held in memory (parsed files, a planned change), the same structure
 * the engines run on for the graph, without a database.
 */
final class LandscapeConversion {

    private LandscapeConversion() {
    }

    static LandscapeSnapshot snapshot(Landscape landscape) {
        LandscapeSnapshot.Builder builder = LandscapeSnapshot.builder();
        for (Node node : landscape.nodes().values()) {
            Map<String, Object> p = node.properties();
            int index = builder.addNode(node.id().kind(), node.id().key(), (String) p.get("name"));
            switch (node.id().kind()) {
                case CAPABILITY -> builder.tier(index, integer(p.get("tier")))
                        .lifecycle(index, p.get("lifecycle") == null ? null
                                : Lifecycle.valueOf((String) p.get("lifecycle")));
                case PLATFORM, CONSUMER -> builder.tier(index, integer(p.get("tier")));
                case LAYER -> builder.layer(index, integer(p.get("rank")), Boolean.TRUE.equals(p.get("crossCutting")));
                case TEAM -> builder.team(index, p.get("type") == null ? null : TeamType.valueOf((String) p.get("type")),
                        integer(p.get("size")));
                default -> {
                }
            }
        }
        for (Edge edge : landscape.edges().values()) {
            int from = builder.indexOf(edge.id().from().kind(), edge.id().from().key());
            int to = builder.indexOf(edge.id().to().kind(), edge.id().to().key());
            if (edge.id().type() == EdgeType.CONSUMES) {
                Object mode = edge.properties().get("mode");
                builder.addConsumes(from, to, mode == null ? null : InteractionMode.valueOf((String) mode),
                        (LocalDate) edge.properties().get("since"));
            } else {
                builder.addEdge(edge.id().type(), from, to);
            }
        }
        return builder.build();
    }

    private static @Nullable Integer integer(@Nullable Object value) {
        return value instanceof Number n ? n.intValue() : null;
    }

}
