package dev.strata.analytics.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.strata.analytics.RandomLandscape;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.graph.SnapshotDescription;
import dev.strata.audit.Actor;
import dev.strata.model.EdgeType;
import dev.strata.model.Landscape;
import dev.strata.model.LandscapeDiff;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import dev.strata.store.LandscapeChanged;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * How the snapshot follows the landscape, against a source that plays the database: committed changes are applied
 * in version order (also when they arrive out of order) before the writer goes on; a version committed elsewhere, or
 * counts that moved without a version, make it read again; and readers never wait for a read in progress.
 */
class LandscapeSnapshotsTest {

    private final FakeSource database = new FakeSource();

    @Test
    void committedChangesAreAppliedInVersionOrderAsTheyArrive() {
        LandscapeSnapshots snapshots = snapshots(Duration.ofHours(1));
        assertThat(snapshots.loaded().version()).isZero();
        assertThat(database.reads.get()).isOne();

        LandscapeDiff first = database.commit(withTeam("t-one"));
        LandscapeDiff second = database.commit(withTeam("t-two"));
        LandscapeDiff third = database.commit(withTeam("t-three"));
        snapshots.changed(event(2, second)); // arrives before version 1: waits for it
        assertThat(snapshots.loaded().version()).isZero();
        snapshots.changed(event(1, first));
        snapshots.changed(event(3, third));

        assertThat(snapshots.loaded().version()).isEqualTo(3);
        assertThat(describe(snapshots)).isEqualTo(SnapshotDescription.of(LandscapeSnapshot.of(database.landscape)));
        assertThat(database.reads.get()).as("no read: every change was applied").isOne();
        snapshots.changed(event(2, second));
        assertThat(snapshots.loaded().version()).as("an old change is ignored").isEqualTo(3);
    }

    @Test
    void aVersionCommittedByAnotherInstanceIsFetchedByReadingAgain() {
        LandscapeSnapshots snapshots = snapshots(Duration.ofMillis(1));
        snapshots.loaded();
        database.commit(withTeam("t-elsewhere")); // no event: another instance wrote it

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(snapshots.loaded().version()).isEqualTo(1);
            assertThat(snapshots.loaded().snapshot().indexOf(NodeKind.TEAM, "t-elsewhere"))
                    .isNotNegative();
        });
    }

    @Test
    void aWriteOutsideStrataChangesTheCountsAndIsFetchedToo() {
        LandscapeSnapshots snapshots = snapshots(Duration.ofMillis(1));
        snapshots.loaded();
        database.landscape = withTeam("t-browser"); // written in Neo4j Browser: no version, other counts

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(snapshots.loaded().snapshot().indexOf(NodeKind.TEAM, "t-browser"))
                        .isNotNegative());
    }

    @Test
    void aGapThatStaysIsFilledByReadingAgain() {
        LandscapeSnapshots snapshots = snapshots(Duration.ofHours(1));
        snapshots.loaded();
        database.commit(withTeam("t-other-instance"));
        LandscapeDiff mine = database.commit(withTeam("t-mine"));

        snapshots.changed(event(2, mine)); // version 1 never arrives here

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(snapshots.loaded().version()).isEqualTo(2));
        assertThat(snapshots.loaded().snapshot().indexOf(NodeKind.TEAM, "t-other-instance"))
                .isNotNegative();
    }

    @Test
    void readersGetTheCurrentSnapshotWhileARefreshReads() throws InterruptedException {
        LandscapeSnapshots snapshots = snapshots(Duration.ofHours(1));
        LandscapeSnapshot before = snapshots.current();
        database.blockReads = new CountDownLatch(1);
        Thread refresher = Thread.ofVirtual().start(snapshots::refresh);
        await().until(() -> database.reading.get() > 0);

        long started = System.nanoTime();
        assertThat(snapshots.current()).isSameAs(before);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));

        database.blockReads.countDown();
        refresher.join();
        assertThat(snapshots.current()).isNotSameAs(before);
    }

    // ------------------------------------------------------------------------------------------- helpers

    private LandscapeSnapshots snapshots(Duration refreshInterval) {
        AnalyticsProperties properties = new AnalyticsProperties(
                Duration.ofSeconds(30),
                Duration.ofMinutes(10),
                refreshInterval,
                new AnalyticsProperties.CognitiveLoad(null, null, null, null, null, null, null, null, null, null, null),
                Duration.ofSeconds(5),
                new AnalyticsProperties.LoadRemoved(null, null, null, null, null, null, null, null, null),
                new AnalyticsProperties.Collaboration(java.time.Period.ofMonths(6)));
        return new LandscapeSnapshots(database, properties, new SimpleMeterRegistry());
    }

    private Landscape withTeam(String key) {
        Landscape next = database.landscape.copy();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", key);
        properties.put("type", "PLATFORM");
        properties.put("size", 3L);
        next.put(new Landscape.Node(NodeRef.team(key), properties));
        return next;
    }

    private static LandscapeChanged event(long version, LandscapeDiff diff) {
        return new LandscapeChanged(version, diff, Actor.SYSTEM, "test", Instant.now());
    }

    private static List<String> describe(LandscapeSnapshots snapshots) {
        return SnapshotDescription.of(snapshots.current());
    }

    /** The database: a landscape, its version, and counts derived from them. */
    private static final class FakeSource implements SnapshotSource {

        volatile Landscape landscape =
                RandomLandscape.generate(7, RandomLandscape.Shape.small()).toLandscape();
        volatile long version;
        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger reading = new AtomicInteger();
        volatile CountDownLatch blockReads = new CountDownLatch(0);

        /** Commits a new landscape as the next version and returns the change. */
        synchronized LandscapeDiff commit(Landscape next) {
            LandscapeDiff diff = LandscapeDiff.of(landscape, next);
            landscape = next;
            version++;
            return diff;
        }

        @Override
        public Read read() {
            reading.incrementAndGet();
            try {
                blockReads.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reads.incrementAndGet();
            synchronized (this) {
                return new Read(LandscapeSnapshot.of(landscape), version, counts());
            }
        }

        @Override
        public synchronized Probe probe() {
            return new Probe(version, counts());
        }

        @Override
        public String describe() {
            return "a test double";
        }

        @Override
        public Duration readTimeout() {
            return Duration.ofMinutes(10);
        }

        private LandscapeCounts counts() {
            long[] nodes = new long[NodeKind.values().length];
            landscape.nodes().keySet().forEach(ref -> nodes[ref.kind().ordinal()]++);
            long[] relationships = new long[EdgeType.values().length];
            landscape.edges().keySet().forEach(id -> relationships[id.type().ordinal()]++);
            return LandscapeCounts.of(nodes, relationships);
        }
    }
}
