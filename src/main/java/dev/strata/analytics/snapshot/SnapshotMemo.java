package dev.strata.analytics.snapshot;

import dev.strata.analytics.graph.LandscapeSnapshot;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Results computed once per snapshot: an analytic asked again about the same snapshot (the dashboard's second
 * visit, the next page, a count) is answered from here; a new snapshot replaces the entry. Holds one result per
 * name, the latest snapshot's, so memory stays bounded.
 */
@Component
public class SnapshotMemo {

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** The result named {@code name} for this snapshot, computed now unless it was for this very snapshot. */
    @SuppressWarnings("unchecked")
    public <T> T get(LandscapeSnapshot snapshot, String name, Function<LandscapeSnapshot, T> compute) {
        Entry entry = entries.get(name);
        if (entry != null && entry.snapshot() == snapshot) {
            return (T) entry.value();
        }
        T value = compute.apply(snapshot);
        entries.put(name, new Entry(snapshot, value));
        return value;
    }

    private record Entry(LandscapeSnapshot snapshot, Object value) {}
}
