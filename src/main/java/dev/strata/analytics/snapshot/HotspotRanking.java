package dev.strata.analytics.snapshot;

import dev.strata.analytics.hotspots.HotspotEngine;
import dev.strata.analytics.hotspots.Hotspots;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The hotspot ranking of the current snapshot, computed once per snapshot version on a background thread. A request
 * waits for it at most {@code strata.analytics.hotspots-deadline}; past that it gets the last complete ranking (an
 * older version, said so) or none yet, and the computation carries on for the next request. At 100 000 nodes the
 * ranking takes about a second; at a million, tens of seconds, which is why no request waits for it.
 */
@Component
public class HotspotRanking {

    private static final Logger log = LoggerFactory.getLogger(HotspotRanking.class);

    private final LandscapeSnapshots snapshots;
    private final Duration deadline;
    private final Clock clock = Clock.systemUTC();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "strata-hotspots");
        thread.setDaemon(true);
        return thread;
    });
    private volatile @Nullable Ranking complete;
    private @Nullable Pending pending;

    HotspotRanking(LandscapeSnapshots snapshots, AnalyticsProperties properties) {
        this.snapshots = snapshots;
        this.deadline = properties.hotspotsDeadline();
    }

    /** A ranking with the snapshot version it was computed for. */
    public record Ranking(Hotspots hotspots, long version, Instant computedAt) {}

    /**
     * The answer to a request: the ranking of the current snapshot when it is ready within the deadline
     * ({@code current}), else the last complete one (null when none is complete yet).
     */
    public record Answer(@Nullable Ranking ranking, boolean current, long currentVersion) {}

    public Answer answer() {
        LandscapeSnapshots.Loaded loaded = snapshots.loaded();
        Ranking last = complete;
        if (last != null && last.hotspots().snapshot() == loaded.snapshot()) {
            return new Answer(last, true, loaded.version());
        }
        CompletableFuture<Ranking> computing = start(loaded);
        try {
            Ranking ranking = computing.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            return new Answer(ranking, true, loaded.version());
        } catch (TimeoutException stillRunning) {
            return new Answer(complete, false, loaded.version());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(complete, false, loaded.version());
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "the hotspot ranking failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private synchronized CompletableFuture<Ranking> start(LandscapeSnapshots.Loaded loaded) {
        if (pending != null && pending.loaded().snapshot() == loaded.snapshot()) {
            return pending.future();
        }
        CompletableFuture<Ranking> future = CompletableFuture.supplyAsync(
                () -> {
                    long started = System.nanoTime();
                    Ranking ranking =
                            new Ranking(HotspotEngine.compute(loaded.snapshot()), loaded.version(), clock.instant());
                    Ranking previous = complete;
                    if (previous == null || previous.version() <= ranking.version()) {
                        complete = ranking;
                    }
                    log.debug(
                            "Ranked {} hotspots of version {} in {} ms",
                            ranking.hotspots().size(),
                            ranking.version(),
                            (System.nanoTime() - started) / 1_000_000);
                    return ranking;
                },
                executor);
        pending = new Pending(loaded, future);
        return future;
    }

    private record Pending(LandscapeSnapshots.Loaded loaded, CompletableFuture<Ranking> future) {}

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
