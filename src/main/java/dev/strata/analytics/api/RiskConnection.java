package dev.strata.analytics.api;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.risk.ReachRisks;
import dev.strata.graphql.Connection;
import java.util.List;
import java.util.function.Function;

/**
 * A page of deprecated uses or tier inversions, with what its {@code totalCount} field needs to count all of them
 * (only when the query selects it). Named {@code ...Connection} so that Spring for GraphQL's connection support
 * passes it through as it is (it adapts other types returned for a {@code *Connection} field).
 */
record RiskConnection<T>(
        List<Connection.Edge<T>> edges,
        List<T> nodes,
        Connection.PageInfo pageInfo,
        LandscapeSnapshot snapshot,
        int maxHops) {

    static <T> RiskConnection<T> of(
            ReachRisks.Page<T> page,
            LandscapeSnapshot snapshot,
            int maxHops,
            boolean hasPrevious,
            Function<T, ReachRisks.Position> position) {
        List<T> items = page.items();
        List<Connection.Edge<T>> edges = items.stream()
                .map(item -> new Connection.Edge<>(RiskCursor.encode(position.apply(item)), item))
                .toList();
        String start = edges.isEmpty() ? null : edges.getFirst().cursor();
        String end = edges.isEmpty() ? null : edges.getLast().cursor();
        return new RiskConnection<>(
                edges, items, new Connection.PageInfo(page.hasMore(), hasPrevious, start, end), snapshot, maxHops);
    }
}
