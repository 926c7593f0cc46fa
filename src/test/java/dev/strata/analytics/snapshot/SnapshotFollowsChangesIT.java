package dev.strata.analytics.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.strata.testsupport.JsonPaths;
import dev.strata.testsupport.StrataIntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The analytics follow every kind of write without {@code refreshAnalytics}: a mutation is visible to the very next
 * query (it is applied to the snapshot before the mutation answers), a write of another instance (the landscape
 * version moves without an event here) and a write made directly in Neo4j (no version at all, only other counts) are
 * picked up by the background check within the refresh interval.
 */
class SnapshotFollowsChangesIT extends StrataIntegrationTest {

    private static final Duration WITHIN = Duration.ofSeconds(60);

    @AfterEach
    void removeTestData() {
        cleanUpTestData();
    }

    @Test
    void aMutationIsVisibleToTheNextQuery() {
        graphQl.document("""
                mutation { createTeam(input: {key: "t-follow-mutation", name: "Follow", type: PLATFORM, size: 4}) {
                  errors { message } } }""").executeSync();

        assertThat(teams()).contains("t-follow-mutation");
    }

    @Test
    void aWriteOfAnotherInstanceIsPickedUp() {
        cypher("""
                MERGE (h:StrataMeta {key: 'landscape-head'}) ON CREATE SET h.version = 0 SET h.version = h.version + 1
                CREATE (:Team {key: 't-follow-instance', name: 'Other instance', type: 'PLATFORM', size: 2,
                               createdAt: datetime(), updatedAt: datetime()})
                """);

        await().atMost(WITHIN)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(teams()).contains("t-follow-instance"));
    }

    @Test
    void aWriteMadeDirectlyInNeo4jIsPickedUp() {
        cypher("""
                CREATE (:Team {key: 't-follow-browser', name: 'Browser', type: 'PLATFORM', size: 2,
                               createdAt: datetime(), updatedAt: datetime()})
                """);

        await().atMost(WITHIN)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(teams()).contains("t-follow-browser"));
    }

    private List<String> teams() {
        return JsonPaths.strings(
                graphQl.document("{ cognitiveLoad { team { key } } }").executeSync(), "cognitiveLoad[*].team.key");
    }
}
