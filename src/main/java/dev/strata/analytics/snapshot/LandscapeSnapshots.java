package dev.strata.analytics.snapshot;

import dev.strata.analytics.graph.LandscapeSnapshot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The in-memory snapshot the fast analytics run on, kept fresh: rebuilt after every write committed through this
 * instance ({@link LandscapeChangeTracker}), and, for writes made elsewhere (Neo4j Browser, another instance), when
 * the node or relationship count differs at the next query after {@code strata.analytics.refresh-interval}, or on
 * {@code refreshAnalytics}. Holds nothing that cannot be rebuilt from Neo4j.
 */
@Component
public class LandscapeSnapshots {

    private static final Logger log = LoggerFactory.getLogger(LandscapeSnapshots.class);

    private final Driver driver;
    private final LandscapeSnapshotLoader loader;
    private final LandscapeChangeTracker tracker;
    private final Duration refreshInterval;
    private final Duration timeout;
    private final Clock clock = Clock.systemUTC();
    private final ReentrantLock lock = new ReentrantLock();
    private volatile @Nullable Loaded loaded;

    private final Timer loadTimer;

    LandscapeSnapshots(Driver driver, LandscapeChangeTracker tracker, AnalyticsProperties properties, MeterRegistry meters) {
        this.driver = driver;
        this.loadTimer = Timer.builder("strata.analytics.snapshot.load")
                .description("Time to rebuild the in-memory analytics snapshot from Neo4j").register(meters);
        Gauge.builder("strata.analytics.snapshot.nodes", this, s -> s.loaded == null ? 0 : s.loaded.snapshot().nodeCount())
                .description("Nodes in the current analytics snapshot").register(meters);
        this.loader = new LandscapeSnapshotLoader(driver, properties.timeout());
        this.tracker = tracker;
        this.refreshInterval = properties.refreshInterval();
        this.timeout = properties.timeout();
    }

    /** The current snapshot, rebuilt first when the landscape changed since it was loaded. */
    public LandscapeSnapshot current() {
        return loaded().snapshot();
    }

    /** The current snapshot with the version it reflects. */
    public Loaded loaded() {
        Loaded current = loaded;
        if (current != null && current.version() == tracker.version() && !dueForCheck(current)) {
            return current;
        }
        lock.lock();
        try {
            current = loaded;
            if (current != null && current.version() == tracker.version()) {
                if (!dueForCheck(current)) {
                    return current;
                }
                Counts counts = counts();
                if (counts.equals(current.counts())) {
                    loaded = new Loaded(current.snapshot(), current.version(), counts, clock.instant());
                    return loaded;
                }
            }
            return reload();
        } finally {
            lock.unlock();
        }
    }

    /** Rebuilds the snapshot now, e.g. after writes made directly in Neo4j. */
    public Loaded refresh() {
        lock.lock();
        try {
            tracker.changed();
            return reload();
        } finally {
            lock.unlock();
        }
    }

    private Loaded reload() {
        long version = tracker.version();
        long started = System.nanoTime();
        Counts counts = counts();
        LandscapeSnapshot snapshot = loadTimer.record(loader::load);
        Loaded fresh = new Loaded(snapshot, version, counts, clock.instant());
        loaded = fresh;
        log.debug("Loaded the analytics snapshot ({} nodes) in {} ms", snapshot.nodeCount(),
                (System.nanoTime() - started) / 1_000_000);
        return fresh;
    }

    private boolean dueForCheck(Loaded current) {
        return current.checkedAt().plus(refreshInterval).isBefore(clock.instant());
    }

    private Counts counts() {
        try (Session session = driver.session()) {
            Record record = session.executeRead(tx -> tx.run("""
                    RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships
                    """).single(), TransactionConfig.builder().withTimeout(timeout).build());
            return new Counts(record.get("nodes").asLong(), record.get("relationships").asLong());
        }
    }

    record Counts(long nodes, long relationships) {
    }

    /** A loaded snapshot with the change version and database counts it reflects. */
    public record Loaded(LandscapeSnapshot snapshot, long version, Counts counts, Instant checkedAt) {
    }
}
