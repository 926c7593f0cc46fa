package dev.strata.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.audit.Actor;
import dev.strata.neo4j.EmbeddedNeo4jServer;
import dev.strata.testsupport.StrataIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Transaction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.event.LabelEntry;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.test.context.TestPropertySource;

/**
 * Edits while history checkpoints are written (the M benchmark's failed edits): one-node edits leave a due checkpoint
 * to the background ({@link DeferredCheckpoints}) instead of reading and writing the whole landscape inside the edit,
 * and checkpoints written while editors race must neither fail an edit nor miss one. And a change stopped by its
 * transaction timeout says which change and which timeout, not "analytics query". Its own Spring context: a
 * checkpoint is due every 4 versions.
 */
@TestPropertySource(
        properties = {"strata.history.checkpoint-interval=4", "strata.history.checkpoint-changed-share=1000"})
class CheckpointDuringEditsIT extends StrataIntegrationTest {

    private static final Pattern TEXT = Pattern.compile("checkpoint race (\\d+)");
    private static final int EDITORS = 4;
    private static final int EDITS_EACH = 8;

    @Autowired
    DeferredCheckpoints deferredCheckpoints;

    @Autowired
    LandscapeWriter writer;

    @Autowired
    EmbeddedNeo4jServer neo4j;

    @Test
    void racingEditsAndCheckpointsLoseNothingAndEveryVersionRebuildsWithItsEdit() throws Exception {
        long start = count("MATCH (c:LandscapeChange) RETURN max(c.version)");
        long checkpointsBefore = count("MATCH (k:LandscapeCheckpoint) RETURN count(k)");
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS + 1);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean editing = new AtomicBoolean(true);
        AtomicInteger taken = new AtomicInteger();
        try {
            // Checkpoints taken as fast as they can be, beside the background ones the edits ask for.
            Future<?> checkpointer = pool.submit(() -> {
                while (editing.get()) {
                    if (deferredCheckpoints.takeNow()) {
                        taken.incrementAndGet();
                    }
                }
            });
            List<Future<?>> editors = new ArrayList<>();
            for (int e = 0; e < EDITORS; e++) {
                int editor = e;
                editors.add(pool.submit(() -> {
                    for (int i = 0; i < EDITS_EACH; i++) {
                        int text = editor * EDITS_EACH + i;
                        ClientGraphQlResponse response = describeServiceMesh("checkpoint race " + text);
                        if (!response.getErrors().isEmpty()
                                || !response.field("updateCapability.errors")
                                        .toEntityList(Map.class)
                                        .isEmpty()) {
                            failures.add("edit " + text + ": " + response);
                        }
                    }
                }));
            }
            for (Future<?> editor : editors) {
                editor.get(5, TimeUnit.MINUTES);
            }
            editing.set(false);
            checkpointer.get(1, TimeUnit.MINUTES);
        } finally {
            editing.set(false);
            pool.shutdownNow();
        }
        assertThat(failures)
                .as("every edit succeeds while checkpoints are written")
                .isEmpty();
        long newest = count("MATCH (c:LandscapeChange) RETURN max(c.version)");
        assertThat(newest - start).isEqualTo(EDITORS * EDITS_EACH);
        deferredCheckpoints.takeNow();
        assertThat(taken.get()).as("checkpoints written while the edits ran").isPositive();
        assertThat(count("MATCH (k:LandscapeCheckpoint) WHERE k.version > " + start + " RETURN count(k)"))
                .isPositive();
        assertThat(count("MATCH (k:LandscapeCheckpoint) RETURN max(k.version)")).isEqualTo(newest);
        assertThat(count("MATCH (h:StrataMeta {key: 'landscape-head'}) RETURN h.historyCheckpoint"))
                .as("the head's bookkeeping names the newest checkpoint")
                .isEqualTo(newest);
        assertThat(count("MATCH (k:LandscapeCheckpoint) RETURN count(k)")).isGreaterThan(checkpointsBefore);

        // Each version, whether read from a checkpoint written during the race or replayed after one, holds the
        // description its own edit wrote: 32 versions, 32 different edits, none lost or doubled.
        Map<Long, Integer> textAt = new TreeMap<>();
        for (long version = start + 1; version <= newest; version++) {
            textAt.put(version, descriptionAsOf(version));
        }
        assertThat(textAt.values().stream().collect(Collectors.toSet()))
                .hasSize(EDITORS * EDITS_EACH)
                .allMatch(text -> text >= 0 && text < EDITORS * EDITS_EACH);
        assertThat(export("exportLandscape(asOf: {version: " + newest + "})"))
                .as("the newest checkpoint is the landscape now")
                .isEqualTo(export("exportLandscape"));
    }

    @Test
    void anEditNeverWritesACheckpointInItsOwnTransaction() throws Exception {
        long checkpointsBefore = count("MATCH (k:LandscapeCheckpoint) RETURN count(k)");
        ConcurrentLinkedQueue<String> inline = new ConcurrentLinkedQueue<>();
        TransactionEventListenerAdapter<Boolean> observer = new TransactionEventListenerAdapter<>() {
            /** Whether the transaction about to commit records a change and writes a checkpoint (labels only). */
            @Override
            public Boolean beforeCommit(
                    TransactionData data, org.neo4j.graphdb.Transaction transaction, GraphDatabaseService database) {
                boolean change = false;
                boolean checkpoint = false;
                for (LabelEntry assigned : data.assignedLabels()) {
                    change |= assigned.label().name().equals("LandscapeChange");
                    checkpoint |= assigned.label().name().equals("LandscapeCheckpoint");
                }
                return change && checkpoint;
            }

            @Override
            public void afterCommit(TransactionData data, Boolean both, GraphDatabaseService database) {
                if (both) {
                    inline.add("transaction " + data.getTransactionId() + " recorded a change and wrote a checkpoint");
                }
            }
        };
        try (AutoCloseable listening = neo4j.listen(observer)) {
            // Three checkpoint intervals of edits, one after another: each interval leaves a checkpoint due.
            for (int i = 0; i < 12; i++) {
                ClientGraphQlResponse response = describeServiceMesh("inline check " + i);
                assertThat(response.getErrors()).isEmpty();
                assertThat(response.field("updateCapability.errors").toEntityList(Map.class))
                        .isEmpty();
            }
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (count("MATCH (k:LandscapeCheckpoint) RETURN count(k)") == checkpointsBefore
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        }
        assertThat(count("MATCH (k:LandscapeCheckpoint) RETURN count(k)"))
                .as("the due checkpoints were written, in the background")
                .isGreaterThan(checkpointsBefore);
        assertThat(inline)
                .as("no edit wrote a checkpoint inside its own transaction")
                .isEmpty();
    }

    @Test
    void aChangeStoppedByItsTimeoutSaysWhichChangeAndTimeoutAndWritesNothing() {
        long version = count("MATCH (h:StrataMeta {key: 'landscape-head'}) RETURN h.version");
        // Something outside Strata holds the landscape lock longer than the change may wait.
        try (var session = driver.session();
                Transaction holder = session.beginTransaction()) {
            holder.run("MATCH (h:StrataMeta {key: 'landscape-head'}) SET h.version = h.version")
                    .consume();
            assertThatThrownBy(() -> writer.write("timeoutTest", Actor.SYSTEM, Duration.ofSeconds(2), change -> {
                        throw new AssertionError("the change must not get the lock");
                    }))
                    .isInstanceOf(ChangeTimedOutException.class)
                    .hasMessageStartingWith("timeoutTest did not finish within its transaction timeout of 2 s and was"
                            + " rolled back: nothing was changed")
                    .hasMessageNotContaining("analytics");
            holder.rollback();
        }
        assertThat(count("MATCH (h:StrataMeta {key: 'landscape-head'}) RETURN h.version"))
                .isEqualTo(version);
        ClientGraphQlResponse after = graphQl.document("""
                        mutation { updateCapability(input: {key: "service-mesh", description: "after a timeout"}) {
                          errors { message } } }
                        """).executeSync();
        assertThat(after.field("updateCapability.errors").toEntityList(Map.class))
                .as("the next change goes through")
                .isEmpty();
    }

    private int descriptionAsOf(long version) {
        Matcher text = TEXT.matcher(export("exportLandscape(asOf: {version: " + version + "})"));
        assertThat(text.find())
                .as("version %d holds an edit's description", version)
                .isTrue();
        int found = Integer.parseInt(text.group(1));
        assertThat(text.find()).as("one description per version").isFalse();
        return found;
    }

    private String export(String field) {
        ClientGraphQlResponse response =
                graphQl.document("{ " + field + " { path content } }").executeSync();
        assertThat(response.getErrors()).isEmpty();
        return response.field(field.replaceAll("\\(.*", ""))
                .toEntityList(Map.class)
                .toString();
    }

    /** A one-node edit: service-mesh's description set to {@code text}. */
    private ClientGraphQlResponse describeServiceMesh(String text) {
        return graphQl.document("""
                        mutation($text: String!) {
                          updateCapability(input: {key: "service-mesh", description: $text}) {
                            errors { message } } }
                        """).variable("text", text).executeSync();
    }
}
