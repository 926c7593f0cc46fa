package dev.strata.analytics.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.strata.analytics.RandomLandscape;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.graph.UnknownNodeException;
import dev.strata.analytics.snapshot.LandscapeSnapshotLoader;
import dev.strata.scale.BulkLoader;
import dev.strata.scale.LandscapeGenerator;
import dev.strata.scale.Scale;
import dev.strata.testsupport.Neo4jTestServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The snapshot computation equals the Cypher reference ({@link CypherCognitiveLoad}, which runs
 * cypher/analytics/team-cognitive-load.cypher) field by field and in the same order, on the documented fixture, the
 * demo landscape, seeded random landscapes (with irregular extras the query has to count: platforms with two owners,
 * self-dependencies, parallel relationships, missing and non-positive sizes) and the scale generator's S landscape.
 */
class SnapshotCognitiveLoadTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** A model with every weight and factor distinct, so a measure mixed up with another shows. */
    private static final CognitiveLoadModel SKEWED = new CognitiveLoadModel(
            Map.of("COLLABORATION", 3.5, "FACILITATING", 0.25),
            Map.of("BETA", 1.75, "DEPRECATED", 2.5, "RETIRED", 0.0),
            1.25,
            2.5,
            0.75,
            1.5,
            3.25,
            0.625,
            1.0,
            2.0,
            4.0);

    @Test
    void equalsTheCypherEngineOnTheCognitiveLoadFixture() {
        Neo4jTestServer.load("/fixtures/metrics-cognitive-load.cypher");

        assertSameAsCypher("fixture", CognitiveLoadModel.defaults());
        assertSameAsCypher("fixture, skewed model", SKEWED);
    }

    @Test
    void equalsTheCypherEngineOnTheDemoLandscape() {
        Neo4jTestServer.load("/cypher/demo/demo-landscape.cypher");

        assertSameAsCypher("demo", CognitiveLoadModel.defaults());
        assertSameAsCypher("demo, skewed model", SKEWED);
    }

    @Test
    void anUnknownTeamIsAnUnknownKeyLikeInTheCypherEngine() {
        Neo4jTestServer.load("/fixtures/metrics-cognitive-load.cypher");
        LandscapeSnapshot snapshot = snapshot();

        assertThatThrownBy(() -> SnapshotCognitiveLoad.team(snapshot, CognitiveLoadModel.defaults(), "no-such-team"))
                .isInstanceOf(UnknownNodeException.class)
                .hasMessage("no team with key 'no-such-team'");
        assertThatThrownBy(() -> SnapshotCognitiveLoad.team(snapshot, CognitiveLoadModel.defaults(), "checkout-web"))
                .as("a consumer's key is not a team's")
                .isInstanceOf(UnknownNodeException.class);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
    void equalsTheCypherEngineOnRandomLandscapes(long seed) {
        Neo4jTestServer.clear();
        RandomLandscape.generate(seed, RandomLandscape.Shape.small()).writeTo(Neo4jTestServer.driver());
        if (seed % 2 == 1) {
            addIrregularities(seed);
        }

        assertSameAsCypher("seed " + seed, CognitiveLoadModel.defaults());
        assertSameAsCypher("seed " + seed + ", skewed model", SKEWED);
    }

    @Test
    void equalsTheCypherEngineOnTheGeneratedScaleS() {
        Neo4jTestServer.clear();
        new BulkLoader(Neo4jTestServer.driver()).load(LandscapeGenerator.generate(Scale.S, 7));

        assertSameAsCypher("scale S", CognitiveLoadModel.defaults());
    }

    /**
     * Shapes the generators never make but the graph allows, each of which the query counts per path: second owners
     * of platforms and consumers, capabilities depending on themselves, parallel PROVIDES / OWNS / CONSUMES, a
     * capability with two providers, sizes missing, zero and negative.
     */
    private static void addIrregularities(long seed) {
        String[] statements = {
            "MATCH (t:Team) WITH t ORDER BY t.key SKIP $n LIMIT 1 MATCH (p:Platform) WITH t, p ORDER BY p.key LIMIT 6 "
                    + "CREATE (t)-[:OWNS]->(p)",
            "MATCH (t:Team) WITH t ORDER BY t.key SKIP $n + 1 LIMIT 1 MATCH (u:Consumer) WITH t, u ORDER BY u.key "
                    + "LIMIT 8 CREATE (t)-[:OWNS]->(u)",
            "MATCH (c:Capability) WITH c ORDER BY c.key SKIP $n LIMIT 5 CREATE (c)-[:DEPENDS_ON]->(c)",
            "MATCH (p:Platform)-[:PROVIDES]->(c:Capability) WITH p, c ORDER BY c.key SKIP $n LIMIT 3 "
                    + "CREATE (p)-[:PROVIDES]->(c)",
            "MATCH (p:Platform) WITH p ORDER BY p.key DESC LIMIT 1 MATCH (c:Capability) WITH p, c ORDER BY c.key "
                    + "SKIP $n * 2 LIMIT 4 CREATE (p)-[:PROVIDES]->(c)",
            "MATCH (t:Team)-[:OWNS]->(p:Platform) WITH t, p ORDER BY p.key SKIP $n LIMIT 2 CREATE (t)-[:OWNS]->(p)",
            "MATCH (u:Consumer)-[r:CONSUMES]->(c:Capability) WITH u, r, c ORDER BY u.key, c.key SKIP $n LIMIT 4 "
                    + "CREATE (u)-[:CONSUMES {mode: r.mode}]->(c)",
            "MATCH (u:Consumer)-[r:CONSUMES]->(c:Capability) WITH r ORDER BY r.since SKIP $n LIMIT 3 "
                    + "SET r.mode = 'WHATEVER'",
            "MATCH (c:Capability) WITH c ORDER BY c.key SKIP $n + 7 LIMIT 3 SET c.lifecycle = null",
            "MATCH (t:Team) WITH t ORDER BY t.key SKIP $n LIMIT 3 "
                    + "WITH collect(t) AS ts UNWIND range(0, size(ts) - 1) AS i "
                    + "WITH ts[i] AS t, [null, 0, -2][i] AS size SET t.size = size",
        };
        try (var session = Neo4jTestServer.driver().session()) {
            for (String statement : statements) {
                session.run(statement, Map.of("n", seed % 5)).consume();
            }
        }
    }

    private static void assertSameAsCypher(String description, CognitiveLoadModel model) {
        CypherCognitiveLoad cypher = new CypherCognitiveLoad(Neo4jTestServer.driver(), TIMEOUT, model);
        LandscapeSnapshot snapshot = snapshot();

        List<TeamCognitiveLoad> expected = cypher.allTeams();
        List<TeamCognitiveLoad> actual = SnapshotCognitiveLoad.allTeams(snapshot, model);

        assertThat(expected).as(description).isNotEmpty();
        assertThat(actual)
                .extracting(TeamCognitiveLoad::teamKey)
                .as(description + ": order")
                .containsExactlyElementsOf(
                        expected.stream().map(TeamCognitiveLoad::teamKey).toList());
        for (int i = 0; i < expected.size(); i++) {
            assertEqual(description, actual.get(i), expected.get(i));
        }
        for (TeamCognitiveLoad one : expected.subList(0, Math.min(5, expected.size()))) {
            assertEqual(
                    description + ", single team",
                    SnapshotCognitiveLoad.team(snapshot, model, one.teamKey()),
                    cypher.team(one.teamKey()));
        }
    }

    private static void assertEqual(String description, TeamCognitiveLoad actual, TeamCognitiveLoad expected) {
        String as = description + ", team " + expected.teamKey();
        assertThat(actual)
                .as(as)
                .usingRecursiveComparison()
                .ignoringFields("weightedFanIn", "index", "contributions")
                .isEqualTo(expected);
        assertThat(actual.weightedFanIn()).as(as + ": weightedFanIn").isCloseTo(expected.weightedFanIn(), within(1e-9));
        assertThat(actual.index()).as(as + ": index").isCloseTo(expected.index(), within(1e-9));
        assertThat(actual.contributions()).as(as + ": contributions").hasSameSizeAs(expected.contributions());
        for (int c = 0; c < expected.contributions().size(); c++) {
            Contribution a = actual.contributions().get(c);
            Contribution e = expected.contributions().get(c);
            assertThat(a.name()).as(as).isEqualTo(e.name());
            assertThat(a.rawValue()).as(as + ": " + e.name()).isCloseTo(e.rawValue(), within(1e-9));
            assertThat(a.weight()).as(as + ": " + e.name()).isEqualTo(e.weight());
            assertThat(a.points()).as(as + ": " + e.name()).isCloseTo(e.points(), within(1e-9));
        }
    }

    private static LandscapeSnapshot snapshot() {
        return new LandscapeSnapshotLoader(Neo4jTestServer.driver(), TIMEOUT).load();
    }
}
