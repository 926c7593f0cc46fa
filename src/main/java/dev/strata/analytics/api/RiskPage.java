package dev.strata.analytics.api;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.risk.ReachRisks;
import dev.strata.graphql.Connection;
import java.util.List;
import java.util.function.Function;

/**
 * A page of deprecated uses or tier inversions, with what its {@code totalCount} field needs to count all of them
 * (only when the query selects it).
 */
record RiskPage<T>(List<T> nodes, Connection.PageInfo pageInfo, LandscapeSnapshot snapshot, int maxHops) {

    static <T> RiskPage<T> of(ReachRisks.Page<T> page, LandscapeSnapshot snapshot, int maxHops, boolean hasPrevious,
            Function<T, ReachRisks.Position> position) {
        List<T> items = page.items();
        String start = items.isEmpty() ? null : RiskCursor.encode(position.apply(items.getFirst()));
        String end = items.isEmpty() ? null : RiskCursor.encode(position.apply(items.getLast()));
        return new RiskPage<>(items, new Connection.PageInfo(page.hasMore(), hasPrevious, start, end), snapshot,
                maxHops);
    }
}
