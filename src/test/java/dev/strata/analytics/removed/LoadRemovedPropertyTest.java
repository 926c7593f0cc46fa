package dev.strata.analytics.removed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.analytics.CypherQueries;
import dev.strata.analytics.Fixtures;
import dev.strata.analytics.RandomLandscape;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.scale.BulkLoader;
import dev.strata.scale.LandscapeGenerator;
import dev.strata.scale.Scale;
import dev.strata.testsupport.Neo4jTestServer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * The snapshot computation of load removed equals its Cypher references (cypher/analytics/team-load-removed.cypher
 * and platform-load-removed.cypher) row by row, in order, on the products example, the demo, seeded random landscapes
 * and the scale generator's S landscape, with the default model and one whose weights all differ.
 */
class LoadRemovedPropertyTest {

    private static final LoadRemovedModel SKEWED = new LoadRemovedModel(
            Map.of("COLLABORATION", 3.5, "FACILITATING", 0.25),
            Map.of("BETA", 1.75, "DEPRECATED", 2.5, "RETIRED", 0.0),
            1.25,
            2.5,
            0.75,
            1.5,
            0.625,
            3.25,
            4.5);

    @Test
    void equalsTheReferencesOnTheProductsExample() {
        Neo4jTestServer.load("/fixtures/products-example.cypher");
        assertSameAsCypher("example", LoadRemovedModel.defaults());
        assertSameAsCypher("example, skewed", SKEWED);
    }

    @Test
    void equalsTheReferencesOnTheDemo() {
        Neo4jTestServer.load("/cypher/demo/demo-landscape.cypher");
        assertSameAsCypher("demo", LoadRemovedModel.defaults());
        assertSameAsCypher("demo, skewed", SKEWED);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13})
    void equalsTheReferencesOnRandomLandscapes(long seed) {
        Neo4jTestServer.clear();
        RandomLandscape.generate(seed, RandomLandscape.Shape.small()).writeTo(Neo4jTestServer.driver());
        assertSameAsCypher("seed " + seed, seed % 2 == 0 ? LoadRemovedModel.defaults() : SKEWED);
    }

    @Test
    void equalsTheReferencesOnTheGeneratedScaleS() {
        Neo4jTestServer.clear();
        new BulkLoader(Neo4jTestServer.driver()).load(LandscapeGenerator.generate(Scale.S, 7));
        assertSameAsCypher("scale S", LoadRemovedModel.defaults());
    }

    private static void assertSameAsCypher(String description, LoadRemovedModel model) {
        LandscapeSnapshot snapshot = Fixtures.snapshot();
        Map<String, Object> parameters = new HashMap<>(model.parameters());
        List<String> teams = run("team-load-removed", parameters).stream()
                .map(r -> team(
                        r.get("teamKey").asString(),
                        r.get("consumptions").asInt(),
                        r.get("weightedConsumptions").asDouble(),
                        r.get("capabilities").asInt(),
                        r.get("platforms").asInt(),
                        r.get("teams").asInt(),
                        r.get("collaborations").asInt(),
                        r.get("handledLoad").asDouble(),
                        r.get("hiddenCapabilities").asInt(),
                        r.get("hiddenByLayer")
                                .asList(v -> v.get("layerKey").asString(null) + "="
                                        + v.get("capabilities").asInt())
                                .toString(),
                        r.get("hiddenLoad").asDouble(),
                        r.get("removedShare").asDouble()))
                .toList();
        List<String> engineTeams = SnapshotLoadRemoved.teams(snapshot, model).stream()
                .map(t -> team(
                        t.teamKey(),
                        t.consumptions(),
                        t.weightedConsumptions(),
                        t.capabilities(),
                        t.platforms(),
                        t.teams(),
                        t.collaborations(),
                        t.handledLoad(),
                        t.hiddenCapabilities(),
                        t.hiddenByLayer().stream()
                                .map(l -> l.layerKey() + "=" + l.capabilities())
                                .toList()
                                .toString(),
                        t.hiddenLoad(),
                        t.removedShare()))
                .toList();
        assertThat(teams).as(description + ": teams").isNotEmpty();
        assertThat(engineTeams).as(description + ": teams").containsExactlyElementsOf(teams);

        parameters.remove("modeWeights");
        parameters.remove("lifecycleFactors");
        List<String> platforms = run("platform-load-removed", parameters).stream()
                .map(r -> platform(
                        r.get("platformKey").asString(),
                        r.get("consumingTeams").asInt(),
                        r.get("selfServiceConsumptions").asInt(),
                        r.get("hiddenBehind").asLong(),
                        r.get("collaborations").asInt(),
                        r.get("churn").asInt(),
                        r.get("exposed").asInt(),
                        r.get("addedLoad").asDouble(),
                        r.get("netLoad").asDouble()))
                .toList();
        List<String> enginePlatforms = SnapshotLoadRemoved.platforms(snapshot, model).stream()
                .map(p -> platform(
                        p.platformKey(),
                        p.consumingTeams(),
                        p.selfServiceConsumptions(),
                        p.hiddenBehind(),
                        p.collaborations(),
                        p.churn(),
                        p.exposed(),
                        p.addedLoad(),
                        p.netLoad()))
                .toList();
        assertThat(platforms).as(description + ": platforms").isNotEmpty();
        assertThat(enginePlatforms).as(description + ": platforms").containsExactlyElementsOf(platforms);
    }

    private static List<Record> run(String id, Map<String, Object> parameters) {
        try (Session session = Neo4jTestServer.driver().session()) {
            return session.run(CypherQueries.load(id), parameters).list();
        }
    }

    private static String team(
            String key,
            int consumptions,
            double weighted,
            int capabilities,
            int platforms,
            int teams,
            int collaborations,
            double handled,
            int hidden,
            String byLayer,
            double hiddenLoad,
            double share) {
        return String.format(
                Locale.ROOT,
                "%s consumptions=%d weighted=%.6f capabilities=%d platforms=%d teams=%d collaborations=%d"
                        + " handled=%.6f hidden=%d %s hiddenLoad=%.6f share=%.6f",
                key,
                consumptions,
                weighted,
                capabilities,
                platforms,
                teams,
                collaborations,
                handled,
                hidden,
                byLayer,
                hiddenLoad,
                share);
    }

    private static String platform(
            String key,
            int teams,
            int selfService,
            long hiddenBehind,
            int collaborations,
            int churn,
            int exposed,
            double added,
            double net) {
        return String.format(
                Locale.ROOT,
                "%s teams=%d selfService=%d hiddenBehind=%d collaborations=%d churn=%d exposed=%d added=%.6f net=%.6f",
                key,
                teams,
                selfService,
                hiddenBehind,
                collaborations,
                churn,
                exposed,
                added,
                net);
    }
}
