package dev.strata.analytics;

import dev.strata.analytics.collaboration.Collaborations;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.removed.LoadRemovedModel;
import dev.strata.analytics.removed.SnapshotLoadRemoved;
import dev.strata.analytics.scorecard.PlatformScorecard;
import dev.strata.analytics.scorecard.Scorecards;
import dev.strata.scorecard.ScorecardRulesFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The three documents of issue #14 (scorecards, load removed, collaboration) show the products example
 * (src/test/resources/fixtures/products-example.cypher, the same graph as landscapes/products-example) and result
 * tables this test renders from the engines, which the property tests hold equal to the Cypher references.
 */
class ProductDocsTest {

    private static final LandscapeSnapshot EXAMPLE = Fixtures.yaml("products-example");

    @Test
    void scorecardsDocShowsTheShippedRulesAndTheRealResults() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        String doc = doc("scorecards");
        softly.assertThat(doc).contains("src/test/resources/fixtures/products-example.cypher");
        softly.assertThat(doc)
                .contains(Files.readString(Path.of("src/main/resources/scorecards/default-scorecards.yaml"))
                        .replaceAll("\\n\\s*\\n", "\n"));
        List<PlatformScorecard> cards = Scorecards.all(EXAMPLE, ScorecardRulesFile.shipped());
        softly.assertThat(doc)
                .contains(print(DocsTest.table(
                        cards,
                        List.of("platform", "level", "next level", "passed"),
                        c -> List.of(
                                c.platformKey(),
                                String.valueOf(c.level()),
                                String.valueOf(c.nextLevel()),
                                c.passed() + " of " + c.results().size()))));
        for (PlatformScorecard card : cards) {
            softly.assertThat(doc)
                    .as(card.platformKey())
                    .contains(print(DocsTest.table(
                            card.results(),
                            List.of("rule (" + card.platformKey() + ")", "level", "passed", "reason"),
                            r -> List.of(r.rule(), r.level(), r.passed() ? "yes" : "**no**", r.reason()))));
        }
        softly.assertAll();
    }

    @Test
    void loadRemovedDocShowsTheExampleTheQueriesAndTheRealResults() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        String doc = doc("load-removed");
        softly.assertThat(doc).contains("src/test/resources/fixtures/products-example.cypher");
        LoadRemovedModel model = LoadRemovedModel.defaults();
        softly.assertThat(doc)
                .contains(print(DocsTest.table(
                        SnapshotLoadRemoved.teams(EXAMPLE, model),
                        List.of(
                                "team",
                                "consumptions",
                                "weighted",
                                "platforms",
                                "teams",
                                "collaborations",
                                "handled",
                                "hidden",
                                "hidden by layer",
                                "removed share"),
                        t -> List.of(
                                t.teamKey(),
                                Integer.toString(t.consumptions()),
                                number(t.weightedConsumptions()),
                                Integer.toString(t.platforms()),
                                Integer.toString(t.teams()),
                                Integer.toString(t.collaborations()),
                                number(t.handledLoad()),
                                Integer.toString(t.hiddenCapabilities()),
                                t.hiddenByLayer().stream()
                                        .map(l -> l.layerKey() + " " + l.capabilities())
                                        .toList()
                                        .toString(),
                                number(t.removedShare())))));
        softly.assertThat(doc)
                .contains(print(DocsTest.table(
                        SnapshotLoadRemoved.platforms(EXAMPLE, model),
                        List.of(
                                "platform",
                                "teams",
                                "self-service",
                                "hidden behind",
                                "removed",
                                "collaborations",
                                "churn",
                                "exposed",
                                "added",
                                "net"),
                        p -> List.of(
                                p.platformKey(),
                                Integer.toString(p.consumingTeams()),
                                Integer.toString(p.selfServiceConsumptions()),
                                Long.toString(p.hiddenBehind()),
                                number(p.removedLoad()),
                                Integer.toString(p.collaborations()),
                                Integer.toString(p.churn()),
                                Integer.toString(p.exposed()),
                                number(p.addedLoad()),
                                number(p.netLoad())))));
        softly.assertThat(doc).contains(CypherQueries.load("team-load-removed"));
        softly.assertThat(doc).contains(CypherQueries.load("platform-load-removed"));
        softly.assertAll();
    }

    @Test
    void collaborationDocShowsTheExampleTheQueriesAndTheRealResults() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        String doc = doc("collaboration");
        softly.assertThat(doc).contains("src/test/resources/fixtures/products-example.cypher");
        softly.assertThat(doc)
                .contains(print(DocsTest.table(
                        Collaborations.longRunning(EXAMPLE, LocalDate.parse("2026-06-30"), Period.ofMonths(6)),
                        List.of("consumer", "capability", "platform", "since", "days", "teams"),
                        c -> List.of(
                                c.consumerKey(),
                                c.capabilityKey(),
                                String.valueOf(c.platformKey()),
                                c.since().toString(),
                                Long.toString(c.days()),
                                c.consumerTeams() + " → " + c.providerTeams()))));
        softly.assertThat(doc)
                .contains(print(DocsTest.table(
                        Collaborations.overCollaborating(EXAMPLE),
                        List.of("team", "size", "collaborations", "partners"),
                        t -> List.of(
                                t.teamKey(),
                                Integer.toString(t.size()),
                                Integer.toString(t.collaborations()),
                                Integer.toString(t.partners())))));
        softly.assertThat(doc)
                .contains(print(DocsTest.table(
                        Collaborations.unagreedHandovers(EXAMPLE),
                        List.of("from team", "to team", "capability", "platform", "depends on", "consumes"),
                        h -> List.of(
                                h.fromTeamKey(),
                                h.toTeamKey(),
                                h.capabilityKey(),
                                String.valueOf(h.platformKey()),
                                Integer.toString(h.dependsOnEdges()),
                                Integer.toString(h.consumesEdges())))));
        softly.assertThat(doc).contains(CypherQueries.load("long-collaborations"));
        softly.assertThat(doc).contains(CypherQueries.load("over-collaborating-teams"));
        softly.assertThat(doc).contains(CypherQueries.load("unagreed-handovers"));
        softly.assertAll();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** The table, also on standard output: what to paste into the doc when the example changes. */
    private static String print(String table) {
        System.out.println(table);
        return table;
    }

    private static String doc(String name) throws IOException {
        Path path = Path.of("src/docs/analytics/" + name + ".md");
        return Files.exists(path) ? Files.readString(path).replaceAll("\\n\\s*\\n", "\n") : "";
    }
}
