package dev.strata.analytics.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.analytics.CypherQueries;
import dev.strata.testsupport.Neo4jTestServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * The single points of failure are computed in the JVM, so cypher/analytics/single-points-of-failure.cypher says the
 * same thing by brute force; this test (and {@link SinglePointsOfFailurePropertyTest}, per seed) proves they agree.
 * The other risk files are run as they are by {@link CypherRisks}.
 */
class RiskQueryFilesTest {

    @Test
    void theSinglePointsOfFailureFileAgreesWithTheEngineOnTheExample() {
        Neo4jTestServer.load("/fixtures/metrics-risks.cypher");

        List<CapabilitySinglePointOfFailure> java = new CypherRisks(Neo4jTestServer.driver(), Duration.ofSeconds(30))
                .singlePointsOfFailure()
                .capabilities();

        assertThat(java).hasSize(6);
        assertThat(runSinglePointsOfFailureFile()).isEqualTo(java);
    }

    static List<CapabilitySinglePointOfFailure> runSinglePointsOfFailureFile() {
        try (Session session = Neo4jTestServer.driver().session()) {
            return session.run(CypherQueries.load("single-points-of-failure"))
                    .list(row -> new CapabilitySinglePointOfFailure(
                            row.get("capabilityKey").asString(),
                            row.get("capabilityName").asString(null),
                            row.get("platformKey").asString(null),
                            row.get("consumers").asInt(),
                            row.get("consumerKeys").asList(Value::asString)));
        }
    }
}
