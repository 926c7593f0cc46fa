package dev.strata.analytics.chains;

import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dependencies between platforms, aggregated from their capabilities' {@code DEPENDS_ON} relationships, for the
 * landscape map: a map at scale draws a few hundred weighted platform edges instead of a hundred thousand capability
 * edges. Dependencies within one platform and those of capabilities without a platform are left out (they connect
 * no two platforms). One pass over the relationships.
 */
public final class PlatformDependencies {

    /** Heaviest first, then by the platforms' keys, so that the first n are the same on every call. */
    private static final Comparator<PlatformDependency> HEAVIEST_FIRST = Comparator.comparingInt(
                    PlatformDependency::weight)
            .reversed()
            .thenComparing(PlatformDependency::from)
            .thenComparing(PlatformDependency::to);

    private PlatformDependencies() {}

    /** Every platform-to-platform dependency, heaviest first. */
    public static List<PlatformDependency> find(LandscapeSnapshot snapshot) {
        Map<Long, int[]> weights = new HashMap<>();
        Adjacency dependsOn = snapshot.out(EdgeType.DEPENDS_ON);
        for (int from : snapshot.nodes(NodeKind.CAPABILITY)) {
            int fromPlatform = snapshot.providerOf(from);
            if (fromPlatform < 0) {
                continue;
            }
            for (int p = dependsOn.start(from); p < dependsOn.end(from); p++) {
                int toPlatform = snapshot.providerOf(dependsOn.target(p));
                if (toPlatform >= 0 && toPlatform != fromPlatform) {
                    weights.computeIfAbsent(((long) fromPlatform << 32) | toPlatform, k -> new int[1])[0]++;
                }
            }
        }
        List<PlatformDependency> dependencies = new ArrayList<>(weights.size());
        weights.forEach((pair, weight) -> dependencies.add(new PlatformDependency(
                snapshot.key((int) (pair >>> 32)), snapshot.key((int) (pair & 0xffffffffL)), weight[0])));
        dependencies.sort(HEAVIEST_FIRST);
        return dependencies;
    }
}
