package dev.strata.analytics.api;

import dev.strata.graphql.InvalidArgumentException;
import dev.strata.graphql.Paging;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code first}/{@code offset} window of an ordered whole-landscape list (cognitive load, platform adoption), so
 * that a dashboard asks for the rows it draws: GraphQL spends time per field, and at scale M the whole list is
 * seconds of fields. Without {@code first} the answer is the whole list from {@code offset}, as before the window.
 */
final class ListWindow {

    /** The largest window: the rows of a page a dashboard builds, under the request's cost budget. */
    static final int MAX_FIRST = 1000;

    private ListWindow() {}

    /** The rows {@code offset} to {@code offset + first} (fewer at the end), or all from {@code offset}. */
    static <T> List<T> of(List<T> ordered, @Nullable Integer first, int offset) {
        if (first != null) {
            InvalidArgumentException.requireBetween("first", first, 1, MAX_FIRST);
        }
        InvalidArgumentException.requireBetween("offset", offset, 0, Paging.MAX_OFFSET);
        int from = Math.min(offset, ordered.size());
        int to = first == null ? ordered.size() : (int) Math.min((long) from + first, ordered.size());
        return ordered.subList(from, to);
    }
}
