package dev.strata.analytics.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.analytics.load.CypherCognitiveLoad;
import dev.strata.analytics.load.TeamCognitiveLoad;
import dev.strata.testsupport.StrataIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The GraphQL cognitive-load queries answer from the in-memory snapshot: the same as the Cypher reference engine on
 * the demo, and a team created through the API shows up in the very next query.
 */
class CognitiveLoadSnapshotIT extends StrataIntegrationTest {

    @Test
    void graphQlAnswersWhatTheCypherReferenceAnswersOnTheDemo() {
        List<TeamCognitiveLoad> expected = new CypherCognitiveLoad(driver, Duration.ofSeconds(30)).allTeams();

        List<Map> actual = graphQl.document("{ cognitiveLoad { teamKey handovers consumingTeams index band } }")
                .executeSync()
                .field("cognitiveLoad")
                .toEntityList(Map.class);

        assertThat(actual)
                .extracting(t -> t.get("teamKey"))
                .containsExactlyElementsOf(
                        expected.stream().map(TeamCognitiveLoad::teamKey).toList());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(((Number) actual.get(i).get("index")).doubleValue())
                    .as(expected.get(i).teamKey())
                    .isCloseTo(expected.get(i).index(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(actual.get(i))
                    .containsEntry("handovers", expected.get(i).handovers())
                    .containsEntry("consumingTeams", expected.get(i).consumingTeams())
                    .containsEntry("band", expected.get(i).band().name());
        }
    }

    @Test
    void aTeamCreatedThroughTheApiIsMeasuredRightAway() {
        graphQl.document("""
                mutation { createTeam(input: {key: "t-fresh", name: "Fresh", type: PLATFORM, size: 2}) {
                  errors { message } } }
                """)
                .executeSync()
                .field("createTeam.errors")
                .toEntityList(Map.class)
                .forEach(error -> {
                    throw new AssertionError(error);
                });

        Map team = graphQl.document("{ teamCognitiveLoad(teamKey: \"t-fresh\") { teamKey size platforms index band } }")
                .executeSync()
                .field("teamCognitiveLoad")
                .toEntity(Map.class);

        assertThat(team)
                .containsEntry("teamKey", "t-fresh")
                .containsEntry("size", 2)
                .containsEntry("platforms", 0)
                .containsEntry("band", "LOW");
    }
}
