package dev.strata.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.analytics.collaboration.Collaborations;
import dev.strata.analytics.collaboration.LongCollaboration;
import dev.strata.analytics.collaboration.OverCollaboratingTeam;
import dev.strata.analytics.collaboration.UnagreedHandover;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.removed.LoadRemovedModel;
import dev.strata.analytics.removed.PlatformLoadRemoved;
import dev.strata.analytics.removed.SnapshotLoadRemoved;
import dev.strata.analytics.removed.TeamLoadRemoved;
import dev.strata.analytics.scorecard.PlatformScorecard;
import dev.strata.analytics.scorecard.Scorecards;
import dev.strata.ingest.LandscapeFile;
import dev.strata.ingest.LandscapeParser;
import dev.strata.scorecard.ScorecardRulesFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #14 on the demo landscape (parsed from its files, no database): the scorecards, the load removed and the
 * collaboration findings a platform lead should see, as listed in the header of cypher/demo/demo-landscape.cypher.
 */
class DemoProductsTest {

    private static LandscapeSnapshot demo;

    @BeforeAll
    static void parseTheDemoFiles() throws IOException {
        try (Stream<Path> paths = Files.list(Path.of("src/main/resources/landscape/demo"))) {
            List<LandscapeFile> files = paths.sorted()
                    .map(path -> new LandscapeFile(path.getFileName().toString(), read(path)))
                    .toList();
            LandscapeParser.Parsed parsed = LandscapeParser.parse(files);
            assertThat(parsed.problems()).isEmpty();
            demo = LandscapeSnapshot.of(parsed.declared());
        }
    }

    @Test
    void somePlatformsAreGoldSomeFailRulesAndTwoReachNoLevel() {
        Map<String, String> levels = new TreeMap<>();
        for (PlatformScorecard card : Scorecards.all(demo, ScorecardRulesFile.shipped())) {
            levels.put(card.platformKey(), String.valueOf(card.level()));
        }
        assertThat(levels)
                .containsEntry("siem", "gold")
                .containsEntry("identity", "gold")
                .containsEntry("cloud-foundation", "silver")
                .containsEntry("network", "silver")
                .containsEntry("data-services", "silver")
                .containsEntry("kubernetes", "silver")
                .containsEntry("build-release", "silver")
                .containsEntry("supply-chain", "silver")
                .containsEntry("observability", "silver")
                .containsEntry("ai-toolbox", "bronze")
                .containsEntry("ai-use-case-platform", "bronze")
                .containsEntry("git-platform", "bronze")
                .containsEntry("secrets", "bronze")
                .containsEntry("gpu-compute", "null")
                .containsEntry("legacy-middleware", "null")
                .hasSize(15);
        PlatformScorecard legacy = Scorecards.platform(demo, ScorecardRulesFile.shipped(), "legacy-middleware");
        assertThat(legacy.failing())
                .extracting(r -> r.rule() + ": " + r.reason())
                .contains("owned: no team owns it");
    }

    @Test
    void kubernetesRemovesTheMostLoadAndTheAiToolboxAddsTheMost() {
        List<PlatformLoadRemoved> platforms = SnapshotLoadRemoved.platforms(demo, LoadRemovedModel.defaults());
        assertThat(platforms.getFirst().platformKey()).isEqualTo("kubernetes");
        assertThat(platforms.getFirst().selfServiceConsumptions()).isEqualTo(67);
        assertThat(platforms.stream().max(java.util.Comparator.comparingDouble(PlatformLoadRemoved::addedLoad)))
                .get()
                .satisfies(p -> {
                    assertThat(p.platformKey()).isEqualTo("ai-toolbox");
                    assertThat(p.collaborations()).isEqualTo(17);
                    assertThat(p.churn()).isEqualTo(13);
                });
        List<TeamLoadRemoved> teams = SnapshotLoadRemoved.teams(demo, LoadRemovedModel.defaults());
        assertThat(teams.getFirst().teamKey()).isEqualTo("team-payment-fraud");
        assertThat(teams.getFirst().collaborations()).isEqualTo(5);
        assertThat(teams).allSatisfy(t -> assertThat(t.removedShare()).isBetween(0.0, 1.0));
    }

    @Test
    void longRunningCollaborationsOverCollaboratingTeamsAndHandoversWithoutAnSlo() {
        List<LongCollaboration> old =
                Collaborations.longRunning(demo, LocalDate.parse("2026-12-04"), Period.ofMonths(6));
        assertThat(old).hasSize(32);
        assertThat(old.getFirst().consumerKey()).isEqualTo("damage-photo-assessment");
        assertThat(old.getFirst().capabilityKey()).isEqualTo("gpu-node-pools");
        assertThat(old.getFirst().days()).isEqualTo(956);
        assertThat(old)
                .extracting(c -> c.consumerKey() + "->" + c.capabilityKey() + " " + c.since())
                .contains("transaction-fraud-detection->fraud-scoring-service 2024-11-18");
        // with a year as the limit, the collaboration started on 2026-01-12 is not flagged any more
        assertThat(Collaborations.longRunning(demo, LocalDate.parse("2026-12-04"), Period.ofMonths(12)))
                .hasSize(31);

        List<OverCollaboratingTeam> over = Collaborations.overCollaborating(demo);
        assertThat(over)
                .extracting(t -> t.teamKey() + " " + t.size() + " people, " + t.collaborations() + " collaborations")
                .containsExactly(
                        "team-ml-platform 3 people, 19 collaborations",
                        "team-ai-solutions 5 people, 12 collaborations");

        List<UnagreedHandover> unagreed = Collaborations.unagreedHandovers(demo);
        assertThat(unagreed.getFirst())
                .isEqualTo(new UnagreedHandover(
                        "team-ai-solutions", "team-ml-platform", "llm-gateway", "ai-toolbox", 3, 0));
        assertThat(unagreed).allSatisfy(h -> assertThat(h.fromTeamKey()).isNotEqualTo(h.toTeamKey()));
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
