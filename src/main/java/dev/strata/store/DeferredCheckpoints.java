package dev.strata.store;

import dev.strata.model.Landscape;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checkpoints due after one-node edits, taken in the background from the history itself: the newest checkpoint with
 * the changes after it replayed (at most a checkpoint interval of them), written as the checkpoint of the newest
 * recorded version. An edit's diff covers only its documents, so taking the checkpoint inside the edit would mean
 * reading the whole landscape, encoding and writing it within the edit's 30 s timeout: at scale M under load that
 * missed the timeout (the benchmark's failed edits), and the next edit, still due, tried again.
 *
 * <p>Safe beside the writers: recorded history is immutable, so building the checkpoint needs neither the graph nor
 * the landscape lock. Only the last statement, moving the head's bookkeeping to the new checkpoint, takes the lock
 * of the {@code landscape-head} node: it waits for an edit under way to commit, and an edit arriving then waits for
 * this commit (moments; the checkpoint's nodes are written before, without the lock). No lock is taken in the other
 * order, so the two cannot deadlock. A checkpoint runs only when still due when it starts (edits arriving while one is
 * written ask again, and must not cause a second one), and a checkpoint of the same version written by another
 * instance meanwhile (the unique version) is not an error. Until it is written, asOf replays from the checkpoint
 * before: a longer replay, never a wrong answer.
 */
@Component
class DeferredCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(DeferredCheckpoints.class);

    private final Neo4jClient client;
    private final ChangeLog changeLog;
    private final HistoryPayloads payloads;
    private final TransactionTemplate transactions;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "strata-history-checkpoint");
        thread.setDaemon(true);
        return thread;
    });

    DeferredCheckpoints(
            Neo4jClient client,
            ChangeLog changeLog,
            HistoryPayloads payloads,
            PlatformTransactionManager transactions) {
        this.client = client;
        this.changeLog = changeLog;
        this.payloads = payloads;
        this.transactions = new TransactionTemplate(transactions);
        this.transactions.setTimeout(3600);
    }

    /** Asks for a checkpoint of the newest recorded version; requests made while one is under way coalesce. */
    void request() {
        if (pending.compareAndSet(false, true)) {
            background.submit(this::run);
        }
    }

    /** What the background thread runs: the checkpoint of the newest version if one is due; whether one was written. */
    boolean run() {
        pending.set(false);
        return take(true);
    }

    /** Takes the checkpoint of the newest version now, due or not (tests); whether one was written. */
    boolean takeNow() {
        return take(false);
    }

    private boolean take(boolean onlyWhenDue) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> checkpoint(onlyWhenDue)));
        } catch (DataIntegrityViolationException e) {
            log.debug("History checkpoint written by another instance meanwhile: {}", e.getMessage());
            return false;
        } catch (RuntimeException e) {
            log.warn(
                    "Could not write a history checkpoint ({}); asOf replays from the one before until the next"
                            + " change asks again. Check that Neo4j is reachable.",
                    e.getMessage());
            return false;
        }
    }

    private boolean checkpoint(boolean onlyWhenDue) {
        // The landscape's own bookkeeping, not a foreign write: what CurrentLandscape keeps stays valid.
        client.query("CALL tx.setMetaData($metadata)")
                .bind(Map.of(ForeignLandscapeWrites.WRITER_METADATA, true))
                .to("metadata")
                .run();
        Map<String, Object> newest = client.query("""
                        MATCH (c:LandscapeChange) WITH max(c.version) AS version
                        MATCH (c:LandscapeChange {version: version})
                        RETURN version, c.at AS at
                        """).fetch().one().orElse(null);
        if (newest == null || newest.get("version") == null) {
            return false;
        }
        long version = (Long) newest.get("version");
        ChangeLog.Head head = changeLog.head();
        Long from = head.checkpointVersion();
        if (from == null || version <= from || (onlyWhenDue && !changeLog.checkpointDue(head, version, 0))) {
            return false;
        }
        Landscape landscape = payloads.checkpoint(from)
                .map(LandscapeCodec::decodeLandscape)
                .orElseThrow(() -> new IllegalStateException("the checkpoint of version " + from + " has no payload"));
        payloads.changes(from, version, (v, payload) -> LandscapeCodec.replay(payload, landscape));
        changeLog.checkpoint(version, Instant.from((TemporalAccessor) newest.get("at")), landscape);
        return true;
    }
}
