package dev.strata.analytics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.strata.neo4j.DatabaseErrors;
import dev.strata.testsupport.Neo4jTestServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;

/** A runaway analytics query is killed by its transaction timeout and recognised as such (not as a server fault). */
class AnalyticsTimeoutTest {

    @Test
    void aRunawayQueryIsStoppedByTheTransactionTimeoutAndReportedAsATimeout() {
        long started = System.nanoTime();
        Throwable failure;
        try (Session session = Neo4jTestServer.driver().session()) {
            failure = catchThrowable(() -> session.executeRead(
                    tx -> tx.run("""
                    UNWIND range(1, 2000000000) AS x
                    WITH x WHERE x % 7 = 3
                    RETURN count(x)
                    """).single(),
                    TransactionConfig.builder()
                            .withTimeout(Duration.ofMillis(300))
                            .build()));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        assertThat(failure).isNotNull();
        assertThat(DatabaseErrors.isTransactionTimeout(failure))
                .as(failure.toString())
                .isTrue();
        assertThat(DatabaseErrors.isTransactionTimeout(new IllegalStateException("other")))
                .isFalse();
    }
}
