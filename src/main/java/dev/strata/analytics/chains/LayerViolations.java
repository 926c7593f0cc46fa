package dev.strata.analytics.chains;

import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Dependencies against the layer stack. A capability sits in the layer of its providing platform. A
 * {@code DEPENDS_ON} from a capability in a layer of rank r to one in a layer of rank r' is a <em>violation</em>
 * when r &lt; r' (a lower layer relies on a higher one) and a <em>skipped-layers warning</em> when r - r' &gt; 1
 * (it reaches past the layer directly below). Capabilities without a platform or layer, and cross-cutting layers
 * (rank null or {@code crossCutting}), never take part. Reference semantics:
 * {@code cypher/analytics/layer-violations.cypher} (violations only).
 */
public final class LayerViolations {

    private LayerViolations() {}

    public static LayerViolationReport find(LandscapeSnapshot snapshot) {
        List<LayerViolation> violations = new ArrayList<>();
        List<LayerViolation> skipped = new ArrayList<>();
        Adjacency dependsOn = snapshot.out(EdgeType.DEPENDS_ON);
        for (int from : snapshot.nodes(NodeKind.CAPABILITY)) {
            int fromLayer = rankedLayer(snapshot, from);
            if (fromLayer < 0) {
                continue;
            }
            for (int p = dependsOn.start(from); p < dependsOn.end(from); p++) {
                int to = dependsOn.target(p);
                int toLayer = rankedLayer(snapshot, to);
                if (toLayer < 0) {
                    continue;
                }
                int fromRank = snapshot.layerRank(fromLayer);
                int toRank = snapshot.layerRank(toLayer);
                if (fromRank < toRank) {
                    violations.add(violation(snapshot, from, fromLayer, to, toLayer));
                } else if (fromRank - toRank > 1) {
                    skipped.add(violation(snapshot, from, fromLayer, to, toLayer));
                }
            }
        }
        return new LayerViolationReport(violations, skipped);
    }

    private static int rankedLayer(LandscapeSnapshot snapshot, int capability) {
        int layer = snapshot.layerOf(capability);
        return layer < 0 || snapshot.crossCutting(layer) || snapshot.layerRank(layer) == LandscapeSnapshot.NO_RANK
                ? -1
                : layer;
    }

    private static LayerViolation violation(LandscapeSnapshot snapshot, int from, int fromLayer, int to, int toLayer) {
        return new LayerViolation(
                snapshot.key(from),
                snapshot.key(to),
                snapshot.key(fromLayer),
                snapshot.layerRank(fromLayer),
                snapshot.key(toLayer),
                snapshot.layerRank(toLayer),
                team(snapshot, from),
                team(snapshot, to));
    }

    private static String team(LandscapeSnapshot snapshot, int capability) {
        int owner = snapshot.owningTeamOf(capability);
        return owner < 0 ? null : snapshot.key(owner);
    }
}
