package dev.strata.analytics.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.analytics.CypherQueries;
import dev.strata.analytics.Fixtures;
import dev.strata.analytics.RandomLandscape;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.scale.BulkLoader;
import dev.strata.scale.LandscapeGenerator;
import dev.strata.scale.Scale;
import dev.strata.testsupport.Neo4jTestServer;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * The three collaboration findings equal their Cypher references (long-collaborations, over-collaborating-teams,
 * unagreed-handovers) row by row, in order, on the products example, the demo, seeded random landscapes and the scale
 * generator's S landscape.
 */
class CollaborationPropertyTest {

    @Test
    void equalsTheReferencesOnTheProductsExample() {
        Neo4jTestServer.load("/fixtures/products-example.cypher");
        assertSameAsCypher("example", LocalDate.parse("2026-06-30"), Period.ofMonths(6));
        assertSameAsCypher("example, 1 month", LocalDate.parse("2026-06-30"), Period.ofMonths(1));
    }

    @Test
    void equalsTheReferencesOnTheDemo() {
        Neo4jTestServer.load("/cypher/demo/demo-landscape.cypher");
        assertSameAsCypher("demo", LocalDate.parse("2026-12-04"), Period.ofMonths(6));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13})
    void equalsTheReferencesOnRandomLandscapes(long seed) {
        Neo4jTestServer.clear();
        RandomLandscape.generate(seed, RandomLandscape.Shape.small()).writeTo(Neo4jTestServer.driver());
        assertSameAsCypher("seed " + seed, LocalDate.parse("2025-08-31"), Period.ofDays(200 + (int) seed * 30));
    }

    @Test
    void equalsTheReferencesOnTheGeneratedScaleS() {
        Neo4jTestServer.clear();
        new BulkLoader(Neo4jTestServer.driver()).load(LandscapeGenerator.generate(Scale.S, 7));
        assertSameAsCypher("scale S", LocalDate.parse("2026-12-04"), Period.ofMonths(6));
    }

    private static void assertSameAsCypher(String description, LocalDate asOf, Period maxAge) {
        LandscapeSnapshot snapshot = Fixtures.snapshot();

        List<String> longRunning =
                run("long-collaborations", Map.of("asOf", asOf.toString(), "maxAge", maxAge.toString())).stream()
                        .map(r -> String.join(
                                " ",
                                r.get("consumerKey").asString(),
                                r.get("consumerTeams").asList(Value::asString).toString(),
                                r.get("capabilityKey").asString(),
                                r.get("platformKey").asString(null) + "",
                                r.get("providerTeams").asList(Value::asString).toString(),
                                r.get("since").asLocalDate().toString(),
                                Long.toString(r.get("days").asLong())))
                        .toList();
        assertThat(Collaborations.longRunning(snapshot, asOf, maxAge).stream()
                        .map(c -> String.join(
                                " ",
                                c.consumerKey(),
                                c.consumerTeams().toString(),
                                c.capabilityKey(),
                                c.platformKey() + "",
                                c.providerTeams().toString(),
                                c.since().toString(),
                                Long.toString(c.days())))
                        .toList())
                .as(description + ": long-running collaborations")
                .containsExactlyElementsOf(longRunning);

        List<String> over = run("over-collaborating-teams", Map.of()).stream()
                .map(r -> r.get("teamKey").asString() + " size=" + r.get("size").asInt() + " collaborations="
                        + r.get("collaborations").asInt() + " partners="
                        + r.get("partners").asInt())
                .toList();
        assertThat(Collaborations.overCollaborating(snapshot).stream()
                        .map(t -> t.teamKey() + " size=" + t.size() + " collaborations=" + t.collaborations()
                                + " partners=" + t.partners())
                        .toList())
                .as(description + ": over-collaborating teams")
                .containsExactlyElementsOf(over);

        List<String> unagreed = run("unagreed-handovers", Map.of()).stream()
                .map(r -> r.get("fromTeamKey").asString() + " -> "
                        + r.get("toTeamKey").asString() + " "
                        + r.get("capabilityKey").asString() + " ("
                        + r.get("platformKey").asString(null) + ") "
                        + r.get("dependsOnEdges").asInt() + "+"
                        + r.get("consumesEdges").asInt())
                .toList();
        if (!description.startsWith("scale")) { // the generator gives every capability an SLO target
            assertThat(unagreed).as(description + ": unagreed handovers").isNotEmpty();
        }
        assertThat(longRunning.size() + unagreed.size())
                .as(description + ": something to compare")
                .isPositive();
        assertThat(Collaborations.unagreedHandovers(snapshot).stream()
                        .map(h -> h.fromTeamKey() + " -> " + h.toTeamKey() + " " + h.capabilityKey() + " ("
                                + h.platformKey() + ") " + h.dependsOnEdges() + "+" + h.consumesEdges())
                        .toList())
                .as(description + ": unagreed handovers")
                .containsExactlyElementsOf(unagreed);
    }

    private static List<Record> run(String id, Map<String, Object> parameters) {
        try (Session session = Neo4jTestServer.driver().session()) {
            return session.run(CypherQueries.load(id), parameters).list();
        }
    }
}
