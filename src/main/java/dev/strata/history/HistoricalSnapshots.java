package dev.strata.history;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.snapshot.LandscapeSnapshots;
import java.util.LinkedHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The analytics snapshot a query asks for: the current one when it names no {@link AsOf} (exactly the path it took
 * before history existed), else the snapshot of the landscape at the version it names, built from the history and
 * kept in a small LRU ({@code strata.history.snapshot-cache-size}, default 4), so that a dashboard moving a time
 * slider over a few points, or several analytics of one point, build each snapshot once.
 */
@Component
public class HistoricalSnapshots {

    private final LandscapeHistory history;
    private final LandscapeSnapshots snapshots;
    private final int cacheSize;
    /** Guarded by itself. */
    private final LinkedHashMap<Long, LandscapeSnapshot> recent = new LinkedHashMap<>(8, 0.75f, true);

    HistoricalSnapshots(
            LandscapeHistory history,
            LandscapeSnapshots snapshots,
            @Value("${strata.history.snapshot-cache-size:4}") int cacheSize) {
        this.history = history;
        this.snapshots = snapshots;
        this.cacheSize = Math.max(1, cacheSize);
    }

    /** The snapshot as of {@code asOf}, or the current one when it is null. */
    public LandscapeSnapshot snapshot(@Nullable AsOf asOf) {
        if (asOf == null) {
            return snapshots.current();
        }
        return snapshot(history.resolve(asOf).version());
    }

    /** The snapshot of the landscape at a recorded version. */
    public LandscapeSnapshot snapshot(long version) {
        LandscapeSnapshots.Loaded loaded = snapshots.loaded();
        if (loaded.version() == version) {
            return loaded.snapshot();
        }
        synchronized (recent) {
            LandscapeSnapshot kept = recent.get(version);
            if (kept != null) {
                return kept;
            }
        }
        LandscapeSnapshot built = LandscapeSnapshot.of(history.landscape(version));
        synchronized (recent) {
            recent.put(version, built);
            while (recent.size() > cacheSize) {
                recent.remove(recent.keySet().iterator().next());
            }
        }
        return built;
    }
}
