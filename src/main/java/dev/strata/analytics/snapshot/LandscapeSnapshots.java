package dev.strata.analytics.snapshot;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.Landscape;
import dev.strata.model.LandscapeDiff;
import dev.strata.neo4j.DatabaseErrors;
import dev.strata.store.LandscapeChanged;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The in-memory snapshot the analytics run on, kept current without making readers wait.
 *
 * <ul>
 *   <li><b>Changes made through Strata</b> arrive as {@link LandscapeChanged} events right after their commit, on the
 *       writer's thread: each diff is applied to the snapshot ({@link LandscapeSnapshot#apply}, milliseconds) and the
 *       new immutable snapshot swapped in, in version order, before the writer answers, so the writer's next query
 *       sees its change. Events that arrive out of order wait for the versions before them.</li>
 *   <li><b>Changes made elsewhere</b> (another instance, Neo4j Browser) are noticed by a probe at most every
 *       {@code strata.analytics.refresh-interval}, in the background: the landscape version moved without an event
 *       here, or the count store disagrees with the counts expected at this version. Then the snapshot is read again
 *       in the background, and the changes that arrived meanwhile are applied to it before it is swapped in.</li>
 *   <li><b>Readers</b> ({@link #current()}, {@link #loaded()}) always get the latest complete snapshot at once; only
 *       the very first read of a fresh start waits for the first load, which starts when the application is
 *       ready. {@link #refresh()} ({@code refreshAnalytics}) reads again and waits for it.</li>
 * </ul>
 * Holds nothing that cannot be read again from Neo4j.
 */
@Component
public class LandscapeSnapshots {

    private static final Logger log = LoggerFactory.getLogger(LandscapeSnapshots.class);
    /** How many recent changes are kept to apply again to a snapshot read while they were committed. */
    private static final int RECENT = 256;

    private final SnapshotSource source;
    private final Duration refreshInterval;
    private final Clock clock = Clock.systemUTC();
    private final Timer loadTimer;
    private final Timer applyTimer;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "strata-snapshot");
        thread.setDaemon(true);
        return thread;
    });
    private final Object lock = new Object();
    private final AtomicBoolean probing = new AtomicBoolean();

    private volatile @Nullable Loaded current;
    private volatile long lastProbeNanos = System.nanoTime();
    /** Guarded by lock: recent changes by version (only what applying them needs). */
    private final NavigableMap<Long, LandscapeDiff> recent = new TreeMap<>();
    /** Guarded by lock: the counts the database should have at the current version; null when unsure. */
    private @Nullable LandscapeCounts expected;
    /** Guarded by lock: the read under way, if any. */
    private @Nullable CompletableFuture<Loaded> reading;

    LandscapeSnapshots(SnapshotSource source, AnalyticsProperties properties, MeterRegistry meters) {
        this.source = source;
        this.refreshInterval = properties.refreshInterval();
        this.loadTimer = Timer.builder("strata.analytics.snapshot.load")
                .description("Time to read the whole analytics snapshot from Neo4j")
                .register(meters);
        this.applyTimer = Timer.builder("strata.analytics.snapshot.apply")
                .description("Time to apply a committed change to the analytics snapshot")
                .register(meters);
        Gauge.builder(
                        "strata.analytics.snapshot.nodes",
                        this,
                        s -> s.current == null ? 0 : s.current.snapshot().nodeCount())
                .description("Nodes in the current analytics snapshot")
                .register(meters);
        Gauge.builder("strata.analytics.snapshot.version", this, s -> s.current == null ? -1 : s.current.version())
                .description("Landscape version of the current analytics snapshot")
                .register(meters);
    }

    /** A snapshot with the landscape version it reflects and when it was read or last changed. */
    public record Loaded(LandscapeSnapshot snapshot, long version, Instant checkedAt) {}

    /** The current snapshot. */
    public LandscapeSnapshot current() {
        return loaded().snapshot();
    }

    /**
     * The current snapshot with its version, at once; a probe for outside changes starts in the background when one
     * is due. Waits only before the first snapshot of a fresh start exists.
     */
    public Loaded loaded() {
        Loaded loaded = current;
        if (loaded == null) {
            return join(startReading());
        }
        if (System.nanoTime() - lastProbeNanos > refreshInterval.toNanos()) {
            probeInBackground();
        }
        return loaded;
    }

    /** Reads the whole snapshot again and waits for it, e.g. after writes made directly in Neo4j. */
    public Loaded refresh() {
        CompletableFuture<Loaded> running;
        synchronized (lock) {
            running = reading;
        }
        if (running != null) {
            try {
                running.join(); // a read that started before the outside writes may have missed them
            } catch (CompletionException | java.util.concurrent.CancellationException e) {
                // its failure is not this refresh's: the read below answers
            }
        }
        return join(startReading());
    }

    /** Starts the first read as soon as the application is ready, so that the first query rarely waits. */
    @EventListener(ApplicationReadyEvent.class)
    void applicationReady() {
        if (current == null) {
            startReading();
        }
    }

    /**
     * Applies a committed change, on the writer's thread, before its response: read-your-writes for the writer and
     * everyone after. Out-of-order versions wait for the ones before them; a gap that stays (a version committed by
     * another instance) is filled by reading again.
     */
    @EventListener
    void changed(LandscapeChanged event) {
        long started = System.nanoTime();
        try {
            apply(event);
        } catch (RuntimeException e) {
            // never fail the writer: its change is committed; the snapshot catches up by reading again
            log.warn(
                    "Could not apply change {} to the analytics snapshot ({}); reading the landscape again",
                    event.version(),
                    e.toString());
            readInBackground();
        }
        applyTimer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    private void apply(LandscapeChanged event) {
        synchronized (lock) {
            remember(event.version(), event.diff());
            Loaded loaded = current;
            if (loaded == null || event.version() <= loaded.version()) {
                return; // the first read, under way, will include it or apply it from the recent changes
            }
            Loaded next = applyRecent(loaded);
            if (next != null) {
                current = next;
            }
            if (current == null || recent.lastKey() > current.version()) {
                gapInBackground(event.version());
            }
        }
    }

    /** Keeps what applying a change needs (not the landscape after it, which an apply holds in full). */
    private void remember(long version, LandscapeDiff diff) {
        recent.put(
                version,
                new LandscapeDiff(
                        new Landscape(),
                        diff.nodeChanges(),
                        diff.edgeChanges(),
                        diff.upsertNodes(),
                        diff.removedNodes(),
                        diff.upsertEdges(),
                        diff.removedEdges(),
                        diff.relocated()));
        while (recent.size() > RECENT) {
            recent.pollFirstEntry();
        }
    }

    /**
     * The snapshot with every recent change after its version applied, in order, as far as the versions are
     * contiguous; null when a change could not be applied (a read is then started).
     */
    private @Nullable Loaded applyRecent(Loaded from) {
        Loaded loaded = from;
        for (Map.Entry<Long, LandscapeDiff> change :
                recent.tailMap(from.version(), false).entrySet()) {
            if (change.getKey() != loaded.version() + 1) {
                break;
            }
            try {
                loaded = new Loaded(loaded.snapshot().apply(change.getValue()), change.getKey(), clock.instant());
            } catch (RuntimeException e) {
                log.info(
                        "Change {} does not fit the analytics snapshot of version {} ({}); reading the landscape again",
                        change.getKey(),
                        loaded.version(),
                        e.getMessage());
                readInBackground();
                return null;
            }
            if (expected != null) {
                expected = expected.plus(change.getValue());
            }
        }
        return loaded;
    }

    // ------------------------------------------------------------------------------------------- background work

    /** The read under way, or a new one. */
    private CompletableFuture<Loaded> startReading() {
        synchronized (lock) {
            if (reading == null || reading.isDone()) {
                reading = CompletableFuture.supplyAsync(this::read, background);
            }
            return reading;
        }
    }

    private void readInBackground() {
        startReading();
    }

    /** Reads the whole landscape, then swaps it in with the changes committed meanwhile applied. */
    private Loaded read() {
        long started = System.nanoTime();
        SnapshotSource.Read read;
        try {
            read = source.read();
        } catch (RuntimeException e) {
            if (DatabaseErrors.isTransactionTimeout(e)) {
                throw new SnapshotReadTimedOutException(source.describe(), source.readTimeout(), e);
            }
            throw e;
        }
        loadTimer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        synchronized (lock) {
            LandscapeCounts before = expected;
            expected = read.counts();
            Loaded loaded = new Loaded(read.snapshot(), read.version(), clock.instant());
            Loaded next = applyRecent(loaded);
            loaded = next == null ? loaded : next;
            Loaded previous = current;
            if (previous == null || loaded.version() >= previous.version()) {
                current = loaded;
            } else {
                expected = before; // a read older than what was applied meanwhile: keep the newer snapshot
            }
            lastProbeNanos = System.nanoTime();
            log.debug(
                    "Read the analytics snapshot ({} nodes, version {}) from {} in {} ms",
                    read.snapshot().nodeCount(),
                    read.version(),
                    source.describe(),
                    (System.nanoTime() - started) / 1_000_000);
            return loaded;
        }
    }

    private void probeInBackground() {
        if (probing.compareAndSet(false, true)) {
            background.execute(() -> {
                try {
                    probe();
                } catch (RuntimeException e) {
                    log.warn(
                            "Could not check the landscape for changes made outside Strata ({}); the analytics keep "
                                    + "answering from the snapshot they have and check again in {} s",
                            e.getMessage(),
                            refreshInterval.toSeconds());
                } finally {
                    lastProbeNanos = System.nanoTime();
                    probing.set(false);
                }
            });
        }
    }

    /** Compares the database's version and counts with the snapshot's; reads again when they disagree. */
    void probe() {
        SnapshotSource.Probe probe = source.probe();
        boolean stale;
        synchronized (lock) {
            Loaded loaded = current;
            if (loaded == null) {
                return;
            }
            if (probe.version() == loaded.version() && expected == null) {
                expected = probe.counts(); // unsure after a racy read: take the counts of this version
            }
            stale = probe.version() != loaded.version() || !probe.counts().equals(expected);
            if (stale) {
                log.debug(
                        "The landscape changed outside this instance (version {} here, {} in the database; counts "
                                + "{} expected, {} found): reading it again",
                        loaded.version(),
                        probe.version(),
                        expected,
                        probe.counts());
            }
        }
        if (stale) {
            read();
        }
    }

    /** A version missing after a short wait was committed elsewhere: read again to fill it. */
    private void gapInBackground(long seen) {
        CompletableFuture.delayedExecutor(500, TimeUnit.MILLISECONDS, background)
                .execute(() -> {
                    Loaded loaded = current;
                    if (loaded != null && loaded.version() < seen) {
                        read();
                    }
                });
    }

    private static Loaded join(CompletableFuture<Loaded> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
