package dev.strata.analytics.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.strata.analytics.CypherQueries;
import dev.strata.analytics.graph.UnknownNodeException;
import dev.strata.model.NodeKind;
import dev.strata.testsupport.Neo4jTestServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/** The "two platform teams" example of src/docs/analytics/cognitive-load.md. */
class CypherCognitiveLoadTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final CypherCognitiveLoad engine = new CypherCognitiveLoad(Neo4jTestServer.driver(), TIMEOUT);

    @BeforeEach
    void loadExample() {
        Neo4jTestServer.load("/fixtures/metrics-cognitive-load.cypher");
    }

    @Test
    void platformCoreCarriesModerateLoadSpreadOverFourPeople() {
        TeamCognitiveLoad core = engine.team("platform-core");

        // consumptions into kubernetes and cloud-network capabilities (mode weight * lifecycle factor):
        //   checkout-web -> ingress        X_AS_A_SERVICE 1.0 * BETA 1.5 = 1.5
        //   checkout-api -> k8s-runtime    X_AS_A_SERVICE 1.0 * GA   1.0 = 1.0
        //   search-indexer -> k8s-runtime  FACILITATING   2.0 * GA   1.0 = 2.0
        //   gateway-probe -> ingress       X_AS_A_SERVICE 1.0 * BETA 1.5 = 1.5   => weightedFanIn 6.0
        // consuming teams: checkout, search, ai-enablement = 3; consumers: 4
        // platforms 2, capabilities 3 (k8s-runtime, ingress, vpc), layers 2 (container-platform, infrastructure)
        // handovers: inference-api -DEPENDS_ON-> k8s-runtime (1) + 4 CONSUMES from other teams' consumers = 5
        // index = (6.0*1 + 3*2 + 3*1 + 2*2 + 2*3 + 5*0.5) / 4 = 27.5 / 4 = 6.875 -> MODERATE (5 <= 6.875 < 10)
        assertThat(core.size()).isEqualTo(4);
        assertThat(core.weightedFanIn()).isEqualTo(6.0);
        assertThat(core.consumingTeams()).isEqualTo(3);
        assertThat(core.consumers()).isEqualTo(4);
        assertThat(core.platforms()).isEqualTo(2);
        assertThat(core.capabilities()).isEqualTo(3);
        assertThat(core.layers()).isEqualTo(2);
        assertThat(core.handovers()).isEqualTo(5);
        assertThat(core.index()).isCloseTo(6.875, within(1e-9));
        assertThat(core.band()).isEqualTo(CognitiveLoadBand.MODERATE);
    }

    @Test
    void aOnePersonTeamIsNotDividedAndItsContributionsExplainTheIndex() {
        TeamCognitiveLoad ai = engine.team("ai-enablement");

        // weightedFanIn: checkout-web -> inference-api COLLABORATION 3.0 * BETA 1.5 = 4.5,
        //                search-indexer -> prompt-store X_AS_A_SERVICE 1.0 * DEPRECATED 1.5 = 1.5 => 6.0
        // handovers: inference-api -DEPENDS_ON-> k8s-runtime (platform-core) 1 + 2 foreign CONSUMES = 3
        // index = (6.0*1 + 2*2 + 2*1 + 1*2 + 1*3 + 3*0.5) / 1 = 18.5 -> HIGH (10 <= 18.5 < 20)
        assertThat(ai.size()).isEqualTo(1);
        assertThat(ai.contributions())
                .containsExactly(
                        new Contribution("weightedFanIn", 6.0, 1.0, 6.0),
                        new Contribution("consumingTeams", 2, 2.0, 4.0),
                        new Contribution("capabilities", 2, 1.0, 2.0),
                        new Contribution("platforms", 1, 2.0, 2.0),
                        new Contribution("layers", 1, 3.0, 3.0),
                        new Contribution("handovers", 3, 0.5, 1.5));
        assertThat(ai.index()).isCloseTo(18.5, within(1e-9));
        assertThat(ai.band()).isEqualTo(CognitiveLoadBand.HIGH);
    }

    @Test
    void allTeamsAreSortedByIndexDescendingThenKey() {
        assertThat(engine.allTeams())
                .extracting(TeamCognitiveLoad::teamKey, TeamCognitiveLoad::band)
                .containsExactly(
                        tuple("ai-enablement", CognitiveLoadBand.HIGH),
                        tuple("platform-core", CognitiveLoadBand.MODERATE),
                        tuple("checkout", CognitiveLoadBand.LOW),
                        tuple("search", CognitiveLoadBand.LOW));
        assertThat(engine.team("checkout").index()).isZero();
    }

    @Test
    void weightsAndThresholdsComeFromTheModel() {
        CognitiveLoadModel model = new CognitiveLoadModel(
                Map.of("COLLABORATION", 10.0), Map.of(), 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 5.0, 10.0);
        CypherCognitiveLoad custom = new CypherCognitiveLoad(Neo4jTestServer.driver(), TIMEOUT, model);

        // only weighted fan-in counts; lifecycles all 1.0, X_AS_A_SERVICE and FACILITATING fall back to 1.0:
        // ai-enablement: COLLABORATION 10.0 + X_AS_A_SERVICE 1.0 = 11.0 / 1 -> OVERLOADED (>= 10)
        // platform-core: 1.0 + 1.0 + 1.0 + 1.0 = 4.0 / 4 = 1.0 -> MODERATE (1 <= 1.0 < 5)
        assertThat(custom.team("ai-enablement").index()).isCloseTo(11.0, within(1e-9));
        assertThat(custom.team("ai-enablement").band()).isEqualTo(CognitiveLoadBand.OVERLOADED);
        assertThat(custom.team("platform-core").index()).isCloseTo(1.0, within(1e-9));
        assertThat(custom.team("platform-core").band()).isEqualTo(CognitiveLoadBand.MODERATE);
    }

    @Test
    void anUnknownTeamKeyIsReportedByName() {
        assertThatThrownBy(() -> engine.team("no-such-team"))
                .isInstanceOf(UnknownNodeException.class)
                .hasMessageContaining("no-such-team")
                .satisfies(e -> assertThat(((UnknownNodeException) e).kind()).isEqualTo(NodeKind.TEAM));
    }

    @Test
    void anEmptyGraphHasNoTeams() {
        Neo4jTestServer.clear();

        assertThat(engine.allTeams()).isEmpty();
    }

    @Test
    void aTeamWithoutSizeCountsAsOnePerson() {
        Neo4jTestServer.run("MATCH (t:Team {key: 'ai-enablement'}) REMOVE t.size");

        assertThat(engine.team("ai-enablement").size()).isEqualTo(1);
        assertThat(engine.team("ai-enablement").index()).isCloseTo(18.5, within(1e-9));
    }

    @Test
    void theQueryFileComputesTheSameIndexAndBandAsTheEngine() {
        CognitiveLoadModel model = CognitiveLoadModel.defaults();
        Map<String, Object> parameters = new HashMap<>(model.parameters());
        parameters.put("teamKey", null);
        List<Record> rows;
        try (Session session = Neo4jTestServer.driver().session()) {
            rows = session.run(CypherQueries.load(CypherCognitiveLoad.QUERY_ID), parameters)
                    .list();
        }
        List<TeamCognitiveLoad> java = engine.allTeams();

        assertThat(rows)
                .extracting(r -> r.get("teamKey").asString())
                .containsExactlyElementsOf(
                        java.stream().map(TeamCognitiveLoad::teamKey).toList());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).get("index").asDouble())
                    .isCloseTo(java.get(i).index(), within(1e-9));
            assertThat(rows.get(i).get("band").asString())
                    .isEqualTo(java.get(i).band().name());
        }
    }

    @Test
    void thresholdsMustBeOrdered() {
        assertThatThrownBy(() -> new CognitiveLoadModel(Map.of(), Map.of(), 1, 1, 1, 1, 1, 1, 10, 5, 20))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("thresholds");
    }
}
