package dev.strata.analytics.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.strata.neo4j.DatabaseErrors;
import dev.strata.testsupport.Neo4jTestServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Period;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.graphdb.Transaction;

/**
 * The full read of the snapshot has a timeout of its own ({@code strata.analytics.snapshot-timeout}): when the
 * database stops a read at it, in-process or over Bolt, the reader gets an error that names that setting, not the
 * per-query {@code strata.analytics.timeout}, and a later read can still succeed. The reads here are real reads of
 * the test database that run longer than their timeout.
 */
class SnapshotReadTimeoutTest {

    private static final Duration TIMEOUT = Duration.ofMillis(300);
    private static final String RUNAWAY = "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)";

    @Test
    void aReadStoppedInTheEmbeddedKernelNamesTheSnapshotTimeout() {
        RunawaySource source = new RunawaySource("the embedded database's kernel") {
            @Override
            void runAway() {
                try (Transaction tx = Neo4jTestServer.database().beginTx(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    tx.execute(RUNAWAY).next();
                }
            }
        };
        assertNamesTheSnapshotTimeout(source);
    }

    @Test
    void aReadStoppedOverBoltNamesTheSnapshotTimeout() {
        RunawaySource source = new RunawaySource("Bolt") {
            @Override
            void runAway() {
                try (Session session = Neo4jTestServer.driver().session()) {
                    session.executeRead(
                            tx -> tx.run(RUNAWAY).single(),
                            TransactionConfig.builder().withTimeout(TIMEOUT).build());
                }
            }
        };
        assertNamesTheSnapshotTimeout(source);
    }

    @Test
    void otherFailuresAreNotTakenForTheTimeout() {
        assertThat(DatabaseErrors.isTransactionTimeout(new IllegalStateException("other")))
                .isFalse();
        assertThat(DatabaseErrors.isTransactionTimeout(new org.neo4j.driver.exceptions.TransientException(
                        "Neo.TransientError.Transaction.Terminated", "terminated by an operator")))
                .as("a read terminated by an operator or a shutdown")
                .isFalse();
    }

    private static void assertNamesTheSnapshotTimeout(RunawaySource source) {
        LandscapeSnapshots snapshots = new LandscapeSnapshots(source, properties(), new SimpleMeterRegistry());
        long started = System.nanoTime();

        Throwable failure = catchThrowable(snapshots::refresh);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        assertThat(failure)
                .isInstanceOf(SnapshotReadTimedOutException.class)
                .hasMessageContaining("within 300 ms (strata.analytics.snapshot-timeout)")
                .hasMessageContaining("from " + source.describe())
                .hasMessageNotContaining("strata.analytics.timeout");
        assertThat(failure.getSuppressed()).hasSize(1);

        source.runAway = false;
        assertThat(snapshots.refresh().snapshot().nodeCount())
                .as("a refresh after the failed read reads again")
                .isZero();
    }

    private static AnalyticsProperties properties() {
        return new AnalyticsProperties(
                Duration.ofSeconds(30),
                TIMEOUT,
                Duration.ofSeconds(5),
                new AnalyticsProperties.CognitiveLoad(null, null, null, null, null, null, null, null, null, null, null),
                Duration.ofSeconds(5),
                new AnalyticsProperties.LoadRemoved(null, null, null, null, null, null, null, null, null),
                new AnalyticsProperties.Collaboration(Period.ofMonths(6)));
    }

    /** Reads an empty landscape, or, while {@link #runAway} is set, runs a query the database stops at the timeout. */
    private abstract static class RunawaySource implements SnapshotSource {

        private final String describe;
        volatile boolean runAway = true;

        RunawaySource(String describe) {
            this.describe = describe;
        }

        abstract void runAway();

        @Override
        public Read read() {
            if (runAway) {
                runAway();
            }
            return new Read(dev.strata.analytics.graph.LandscapeSnapshot.of(new dev.strata.model.Landscape()), 0, null);
        }

        @Override
        public Probe probe() {
            throw new UnsupportedOperationException("not probed here");
        }

        @Override
        public String describe() {
            return describe;
        }

        @Override
        public Duration readTimeout() {
            return TIMEOUT;
        }
    }
}
