package dev.strata.graphql;

import java.util.ArrayList;
import java.util.List;

/** A Relay connection: one page of nodes with cursors, page info and the total across pages. */
public record Connection<T>(List<Edge<T>> edges, List<T> nodes, PageInfo pageInfo, int totalCount) {

    /** Builds the page for {@code paging} from the nodes at offset {@code paging.offset()} and the total count. */
    public static <T> Connection<T> of(List<T> pageNodes, Paging paging, int totalCount) {
        List<Edge<T>> edges = new ArrayList<>(pageNodes.size());
        for (int i = 0; i < pageNodes.size(); i++) {
            edges.add(new Edge<>(Paging.cursorOf(paging.offset() + i), pageNodes.get(i)));
        }
        boolean hasNext = paging.offset() + pageNodes.size() < totalCount;
        PageInfo info = new PageInfo(
                hasNext,
                paging.offset() > 0,
                edges.isEmpty() ? null : edges.getFirst().cursor(),
                edges.isEmpty() ? null : edges.getLast().cursor());
        return new Connection<>(List.copyOf(edges), List.copyOf(pageNodes), info, totalCount);
    }

    public record Edge<T>(String cursor, T node) {}

    public record PageInfo(
            boolean hasNextPage,
            boolean hasPreviousPage,
            @org.jspecify.annotations.Nullable String startCursor,
            @org.jspecify.annotations.Nullable String endCursor) {}
}
