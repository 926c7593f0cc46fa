package dev.strata.analytics.removed;

import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import java.util.Arrays;

/**
 * DEPENDS_ON with the capabilities numbered densely, 0 to their count (the searches below a capability never leave
 * capabilities, so their per-capability arrays need not span every node): the dependencies of capability {@code i}
 * are {@code target[start[i]..start[i + 1])}.
 */
final class DenseDependencies {

    /** Node index to capability number, -1 for other nodes. */
    final int[] dense;

    /** Capability number to node index. */
    final int[] node;

    final int[] start;
    final int[] target;

    DenseDependencies(LandscapeSnapshot snapshot) {
        Adjacency dependsOn = snapshot.out(EdgeType.DEPENDS_ON);
        node = snapshot.nodes(NodeKind.CAPABILITY);
        int m = node.length;
        dense = new int[snapshot.nodeCount()];
        Arrays.fill(dense, -1);
        for (int i = 0; i < m; i++) {
            dense[node[i]] = i;
        }
        start = new int[m + 1];
        for (int i = 0; i < m; i++) {
            start[i + 1] = start[i] + dependsOn.degree(node[i]);
        }
        target = new int[start[m]];
        for (int i = 0; i < m; i++) {
            int at = start[i];
            for (int d = dependsOn.start(node[i]); d < dependsOn.end(node[i]); d++) {
                target[at++] = dense[dependsOn.target(d)];
            }
        }
    }
}
