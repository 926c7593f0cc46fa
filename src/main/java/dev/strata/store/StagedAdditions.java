package dev.strata.store;

import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import dev.strata.neo4j.DatabaseInitialization;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Writes the additions of a large change ahead of its commit, so that one transaction need not hold them all.
 *
 * <p>Why: the first apply of a scale-L landscape adds a million nodes and 4.6 million relationships. Neo4j holds a
 * transaction's changes in the heap until it commits; that apply needed more than the 11.2 GiB a 16 GiB heap grants
 * all transactions together and was refused at its commit (issue 17). What makes a first apply large is what it adds,
 * and additions can be written where no reader sees them:
 *
 * <ol>
 *   <li>new nodes are created with the label {@value #LABEL} only, marked with the change's staging id, and the
 *       relationships between two new nodes are created between them, in transactions of their own (marked as the
 *       landscape writer's, so no snapshot takes them for outside writes);
 *   <li>the change's own transaction, holding the landscape lock, then gives each staged node its landscape label
 *       ({@link Stage#publish}); everything else of the change (removals, updates, relationships that touch a node
 *       that already existed) is written there as before.
 * </ol>
 *
 * <p>Every reader of the landscape finds nodes by their landscape label and counts relationships by the label of
 * their start node, so staged nodes and the relationships between them are invisible until that commit: the change
 * stays all or nothing. When the change fails or is rolled back, its staged nodes are deleted; when the process dies
 * half way, they are deleted at the next start ({@link #initialize}), under the landscape lock, so that a staging
 * under way on another instance of a cluster is never taken for an abandoned one.
 */
@Component
@Order(3)
class StagedAdditions implements DatabaseInitialization {

    /** The one label of a node staged and not yet published. */
    static final String LABEL = "StrataStaged";

    private static final Logger log = LoggerFactory.getLogger(StagedAdditions.class);
    /** Staged nodes deleted per transaction when discarding: each takes its relationships with it. */
    private static final int DISCARD_BATCH = 2_000;

    private final Driver driver;
    private final Neo4jClient client;
    private final long threshold;

    StagedAdditions(
            Driver driver,
            Neo4jClient client,
            @Value("${strata.landscape.staged-write-threshold:50000}") long threshold) {
        this.driver = driver;
        this.client = client;
        this.threshold = threshold;
    }

    /** Stages nothing: every change is written in its own transaction alone (tools writing outside the writer). */
    static StagedAdditions never(Driver driver, Neo4jClient client) {
        return new StagedAdditions(driver, client, Long.MAX_VALUE);
    }

    /** Whether a change with this many additions (new nodes and relationships between them) stages them. */
    boolean worthStaging(long additions) {
        return additions > 0 && additions >= threshold;
    }

    /** A stage for one attempt of one change; its transactions time out after {@code timeout}. */
    Stage begin(Duration timeout) {
        return new Stage(UUID.randomUUID().toString(), timeout);
    }

    /**
     * Deletes what a change staged and did not publish before the process stopped. Each deletion waits for the
     * landscape lock ({@link #discard}), so the staging of a change under way on another instance is left to it.
     */
    @Override
    public void initialize() {
        long found = count(null);
        if (found == 0) {
            return;
        }
        log.info(
                "Found {} staged nodes that are not part of the landscape; deleting those no change under way owns",
                found);
        long deleted = discard(null, Duration.ofMinutes(30));
        log.info(
                "Deleted {} nodes a landscape change staged and never committed (the process stopped during a large"
                        + " apply); the graph holds the landscape as it was before that apply",
                deleted);
    }

    /** Staged nodes of the stage {@code id}, or of every stage when null. */
    private long count(@Nullable String id) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run("""
                            MATCH (n:StrataStaged)
                            WHERE $id IS NULL OR n.strataStage = $id
                            RETURN count(n) AS staged
                            """, Collections.singletonMap("id", id))
                    .single()
                    .get("staged")
                    .asLong());
        }
    }

    /**
     * Deletes staged nodes of the stage {@code id} (of every stage when null) with their relationships, in batches.
     * Each batch first takes the landscape lock: a change under way holds it from before its staging to the end of
     * its transaction, so a batch finds that change's nodes only once it has published them (they are no longer
     * staged) or rolled back; a commit whose outcome its caller could not learn is never undone here.
     */
    private long discard(@Nullable String id, Duration timeout) {
        long deleted = 0;
        try (Session session = driver.session()) {
            while (true) {
                long batch = session.executeWrite(
                        tx -> {
                            tx.run("""
                                            MERGE (h:StrataMeta {key: 'landscape-head'})
                                            ON CREATE SET h.version = 0
                                            SET h.version = h.version
                                            """).consume();
                            return tx.run("""
                                            MATCH (n:StrataStaged)
                                            WHERE $id IS NULL OR n.strataStage = $id
                                            WITH n LIMIT $batch
                                            DETACH DELETE n
                                            RETURN count(*) AS deleted
                                            """, parameters(id))
                                    .single()
                                    .get("deleted")
                                    .asLong();
                        },
                        writer(timeout));
                deleted += batch;
                if (batch == 0) {
                    return deleted;
                }
            }
        }
    }

    private static Map<String, Object> parameters(@Nullable String id) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        parameters.put("batch", DISCARD_BATCH);
        return parameters;
    }

    private static TransactionConfig writer(Duration timeout) {
        return TransactionConfig.builder()
                .withTimeout(timeout)
                .withMetadata(Map.of(ForeignLandscapeWrites.WRITER_METADATA, true))
                .build();
    }

    /** The staged additions of one attempt of one change. */
    final class Stage {

        private final String id;
        private final Duration timeout;
        private final long deadline;
        private boolean staged;

        private Stage(String id, Duration timeout) {
            this.id = id;
            this.timeout = timeout;
            this.deadline = System.nanoTime() + timeout.toNanos();
        }

        /**
         * A staging transaction with the rest of the change's time. Explicit transactions, not the driver's managed
         * ones: a managed transaction runs again after an error even when its commit went through, which would
         * create relationships twice; here an error fails the attempt, and the writer runs the whole change again
         * with a new stage.
         */
        private Transaction begin(Session session) {
            long left = Math.max(1_000_000_000L, deadline - System.nanoTime());
            return session.beginTransaction(writer(Duration.ofNanos(left)));
        }

        /**
         * Creates staged nodes of one kind in a transaction of its own, from rows of {@code key} and
         * {@code properties}; answers each created node's key and element id.
         */
        List<Map<String, Object>> createNodes(List<Map<String, Object>> rows, ZonedDateTime now) {
            staged = true;
            try (Session session = driver.session();
                    Transaction tx = begin(session)) {
                List<Map<String, Object>> created = tx.run("""
                                UNWIND $rows AS row
                                CREATE (n:StrataStaged)
                                SET n = row.properties, n.createdAt = $now, n.updatedAt = $now, n.strataStage = $stage
                                RETURN row.key AS key, elementId(n) AS id
                                """, Map.of("rows", rows, "now", now, "stage", id))
                        .list(record -> Map.<String, Object>of(
                                "key",
                                record.get("key").asString(),
                                "id",
                                record.get("id").asString()));
                tx.commit();
                return created;
            }
        }

        /**
         * Creates relationships of one type between staged nodes of this stage, in a transaction of its own, from
         * rows of {@code from} and {@code to} element ids and the relationship's properties; answers how many.
         */
        int createRelationships(EdgeType type, List<Map<String, Object>> rows) {
            try (Session session = driver.session();
                    Transaction tx = begin(session)) {
                int created = tx.run("""
                                UNWIND $rows AS row
                                MATCH (a:StrataStaged {strataStage: $stage}) WHERE elementId(a) = row.from
                                MATCH (b:StrataStaged {strataStage: $stage}) WHERE elementId(b) = row.to
                                CREATE (a)-[:$($type) {since: row.since, mode: row.mode, sourceFile: row.sourceFile}]->(b)
                                RETURN count(*) AS created
                                """, Map.of("rows", rows, "type", type.name(), "stage", id))
                        .single()
                        .get("created")
                        .asInt();
                tx.commit();
                return created;
            }
        }

        /**
         * Gives staged nodes of one kind, by element id, their landscape label, in the change's own transaction:
         * from its commit on, they and the relationships between them are part of the landscape. Answers how many
         * were found (a node missing means the stage was discarded meanwhile).
         */
        int publish(NodeKind kind, List<String> ids) {
            return client.query("""
                            UNWIND $ids AS id
                            MATCH (n:StrataStaged) WHERE elementId(n) = id AND n.strataStage = $stage
                            SET n:$($label)
                            REMOVE n:StrataStaged, n.strataStage
                            RETURN count(n) AS published
                            """)
                    .bindAll(Map.of("ids", ids, "stage", id, "label", kind.label()))
                    .fetchAs(Long.class)
                    .one()
                    .orElse(0L)
                    .intValue();
        }

        /**
         * Deletes what this stage staged and did not publish: everything, after a failed or rolled back change;
         * nothing, after a commit. Runs after the change's transaction ended.
         */
        void discardUnpublished() {
            if (!staged) {
                return;
            }
            try {
                long deleted = discard(id, timeout);
                if (deleted > 0) {
                    log.info("Deleted {} staged nodes of a change that did not commit", deleted);
                }
            } catch (RuntimeException e) {
                // The change's own outcome is what the caller must see; what is left is invisible to every reader.
                log.warn(
                        "Could not delete the staged nodes of a change that did not commit ({}); they are invisible to"
                                + " every query of the landscape and are deleted at the next start",
                        e.getMessage());
            }
        }
    }
}
