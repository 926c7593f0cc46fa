package dev.strata.analytics.risk;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.NodeKind;
import java.util.List;

/**
 * The benchmark's reference for the count of tier inversions where the rows are too many to list (M, L): one
 * {@link HopSearch} per source, the search the listed rows come from, counting what it reaches.
 */
public final class SearchCounts {

    private SearchCounts() {}

    public static long tierInversions(LandscapeSnapshot snapshot, int maxHops) {
        HopSearch search = new HopSearch(snapshot);
        long count = 0;
        for (NodeKind kind : List.of(NodeKind.CAPABILITY, NodeKind.CONSUMER)) {
            for (int source : snapshot.nodes(kind)) {
                int tier = snapshot.tier(source);
                if (tier == 0) {
                    continue;
                }
                int reached = search.run(source, maxHops);
                for (int i = 0; i < reached; i++) {
                    if (snapshot.tier(search.reached(i)) > tier) {
                        count++;
                    }
                }
            }
        }
        return count;
    }
}
