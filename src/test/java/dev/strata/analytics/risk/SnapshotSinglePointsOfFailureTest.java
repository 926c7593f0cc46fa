package dev.strata.analytics.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.analytics.snapshot.LandscapeSnapshotLoader;
import dev.strata.testsupport.Neo4jTestServer;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The single points of failure from one dominator tree over the in-memory snapshot equal the ones computed per
 * consumer from the Cypher read of the dependency structure (the reference), on the risk fixture, the demo and the
 * property test's random landscapes (which the property test also checks against brute force).
 */
class SnapshotSinglePointsOfFailureTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final CypherRisks engine = new CypherRisks(Neo4jTestServer.driver(), TIMEOUT);

    @Test
    void equalTheCypherReadOnTheRiskFixture() {
        Neo4jTestServer.load("/fixtures/metrics-risks.cypher");

        SinglePointsOfFailure reference = engine.singlePointsOfFailure();

        assertThat(reference.capabilities()).isNotEmpty();
        assertThat(reference.platforms()).isNotEmpty();
        assertThat(fromSnapshot()).isEqualTo(reference);
    }

    @Test
    void equalTheCypherReadOnTheDemo() {
        Neo4jTestServer.load("/cypher/demo/demo-landscape.cypher");

        SinglePointsOfFailure reference = engine.singlePointsOfFailure();

        assertThat(reference.capabilities()).isNotEmpty();
        assertThat(fromSnapshot()).isEqualTo(reference);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("dev.strata.analytics.risk.SinglePointsOfFailurePropertyTest#seeds")
    void equalTheCypherReadOnRandomLandscapes(int seed) {
        SinglePointsOfFailurePropertyTest.Landscape.random(new Random(seed)).load();

        assertThat(fromSnapshot()).isEqualTo(engine.singlePointsOfFailure());
    }

    /** One dominator tree over the snapshot (the engine), not the per-consumer computation of the reference. */
    private static SinglePointsOfFailure fromSnapshot() {
        return SinglePointsOfFailureAnalysis.of(new LandscapeSnapshotLoader(Neo4jTestServer.driver(), TIMEOUT).load())
                .complete();
    }
}
