package dev.strata.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.StrataIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;

/**
 * A database that holds a landscape but no history (here: the demo's history removed, as a database from before
 * history existed would be) gets its history begun by a checkpoint of the landscape as found, at the current version
 * and without a new one; a database that has history is left alone. Then the landscape as of that version is the
 * landscape now, and the next change replays from the checkpoint.
 */
class HistoryStartIT extends StrataIntegrationTest {

    @Autowired
    HistoryStart historyStart;

    @Autowired
    DeferredCheckpoints deferredCheckpoints;

    @Test
    void aLandscapeWithoutHistoryIsCheckpointedAsFoundAndOneWithHistoryIsLeftAlone() {
        assertThat(historyStart.begin()).as("the demo's history exists").isFalse();

        cypher("MATCH (n) WHERE n:LandscapeChange OR n:LandscapeCheckpoint OR n:LandscapeChunk DETACH DELETE n");
        cypher("""
                MATCH (h:StrataMeta {key: 'landscape-head'})
                REMOVE h.historyCheckpoint, h.historyCheckpointSize, h.historyChanged, h.historyAt
                """);
        long version = count("MATCH (h:StrataMeta {key: 'landscape-head'}) RETURN h.version");

        assertThat(historyStart.begin()).isTrue();
        assertThat(count("MATCH (h:StrataMeta {key: 'landscape-head'}) RETURN h.version"))
                .as("no new version")
                .isEqualTo(version);
        assertThat(single("MATCH (c:LandscapeChange) RETURN c.operation")).isEqualTo("historyStart");
        assertThat(historyStart.begin()).as("begun once").isFalse();

        Object now = graphQl.document("{ exportLandscape { path content } }")
                .executeSync()
                .field("exportLandscape")
                .toEntityList(Map.class);
        ClientGraphQlResponse asFound = graphQl.document(
                        "{ exportLandscape(asOf: {version: " + version + "}) { path content } }")
                .executeSync();
        assertThat(asFound.getErrors()).isEmpty();
        assertThat(asFound.field("exportLandscape").toEntityList(Map.class)).isEqualTo(now);

        // The next change is a version replayed from the checkpoint.
        ClientGraphQlResponse edit = graphQl.document("""
                        mutation { updateCapability(input: {key: "service-mesh", description: "history start test"}) {
                          errors { message } } }
                        """).executeSync();
        assertThat(edit.field("updateCapability.errors").toEntityList(Map.class))
                .isEmpty();
        ClientGraphQlResponse diff = graphQl.document("""
                        { landscapeDiff(from: {version: %d}) { to { version } plan { nodes { action key
                            changes { field after } } } } }
                        """.formatted(version)).executeSync();
        assertThat(diff.getErrors()).isEmpty();
        assertThat(diff.field("landscapeDiff.to.version").toEntity(Long.class)).isEqualTo(version + 1);
        assertThat(diff.field("landscapeDiff.plan.nodes").toEntityList(Map.class))
                .singleElement()
                .satisfies(node ->
                        assertThat(node.toString()).contains("service-mesh").contains("history start test"));
        // A checkpoint an edit leaves due is built from the history: the checkpoint before plus the edit replayed.
        assertThat(deferredCheckpoints.run()).as("not due after one edit").isFalse();
        assertThat(deferredCheckpoints.takeNow()).isTrue();
        assertThat(count("MATCH (k:LandscapeCheckpoint) RETURN max(k.version)")).isEqualTo(version + 1);
        assertThat(deferredCheckpoints.takeNow())
                .as("nothing newer to checkpoint")
                .isFalse();
        Object afterEdit = graphQl.document("{ exportLandscape { path content } }")
                .executeSync()
                .field("exportLandscape")
                .toEntityList(Map.class);
        assertThat(graphQl.document("{ exportLandscape(asOf: {version: " + (version + 1) + "}) { path content } }")
                        .executeSync()
                        .field("exportLandscape")
                        .toEntityList(Map.class))
                .isEqualTo(afterEdit)
                .isNotEqualTo(now);
        graphQl.document("""
                        mutation { updateCapability(input: {key: "service-mesh",
                          description: "mTLS mesh, rolled out but never adopted"}) { errors { message } } }
                        """).executeSync().field("updateCapability.errors").toEntityList(Map.class);
    }
}
