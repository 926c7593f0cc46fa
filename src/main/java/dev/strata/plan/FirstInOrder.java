package dev.strata.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Supplier;

/**
 * The first findings of one impact list in its order, at most a limit of them, and how many there are in all. A
 * first apply of a million nodes introduces millions of tier inversions; listing them took more than the server's
 * heap and more JSON than a string can hold, and no reviewer reads past the first screens. So findings are counted,
 * and a finding (a record with its path) is built only when it enters the kept ones, while the walk that found it is
 * current.
 *
 * <p>The order is that of a sort key: for a tuple of keys, its parts joined by {@code \0}, which sorts as the tuple
 * does because no key holds a control character.
 */
final class FirstInOrder<T> {

    private record Kept<T>(String key, T finding) {}

    private final int limit;
    private final PriorityQueue<Kept<T>> lastFirst = new PriorityQueue<>(
            Comparator.comparing((Kept<T> kept) -> kept.key()).reversed());
    private int total;

    FirstInOrder(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("the list limit must not be negative: " + limit);
        }
        this.limit = limit;
    }

    /** A sort key from the parts of a tuple, which sorts as the tuple does. */
    static String key(String... parts) {
        return String.join("\0", parts);
    }

    /** Counts a finding, and builds and keeps it when it is among the first so far. */
    void offer(String key, Supplier<T> finding) {
        total++;
        if (lastFirst.size() < limit) {
            lastFirst.add(new Kept<>(key, finding.get()));
        } else if (limit > 0 && key.compareTo(lastFirst.element().key()) < 0) {
            lastFirst.remove();
            lastFirst.add(new Kept<>(key, finding.get()));
        }
    }

    /** The kept findings, in order. */
    List<T> first() {
        List<Kept<T>> kept = new ArrayList<>(lastFirst);
        kept.sort(Comparator.comparing(Kept::key));
        return kept.stream().map(Kept::finding).toList();
    }

    /** Every finding offered. */
    int total() {
        return total;
    }

    /** The first {@code limit} items of a list already in order. */
    static <T> List<T> first(List<T> ordered, int limit) {
        return ordered.size() <= limit ? ordered : List.copyOf(ordered.subList(0, limit));
    }
}
