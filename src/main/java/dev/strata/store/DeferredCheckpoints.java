package dev.strata.store;

import dev.strata.model.Landscape;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checkpoints due after one-node edits, taken in the background from the history itself: the newest checkpoint with
 * the changes after it replayed (at most a checkpoint interval of them), written as the checkpoint of the newest
 * recorded version. An edit's diff covers only its documents, so taking the checkpoint inside the edit would mean
 * reading the whole landscape within the edit's timeout (the M benchmark showed that it fails under load, and then
 * every following edit tries again). Recorded history is immutable, so this needs neither the graph nor the landscape
 * lock; until it is written, asOf replays from the checkpoint before (a longer replay, never a wrong answer).
 */
@Component
class DeferredCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(DeferredCheckpoints.class);

    private final Neo4jClient client;
    private final ChangeLog changeLog;
    private final TransactionTemplate transactions;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "strata-history-checkpoint");
        thread.setDaemon(true);
        return thread;
    });

    DeferredCheckpoints(Neo4jClient client, ChangeLog changeLog, PlatformTransactionManager transactions) {
        this.client = client;
        this.changeLog = changeLog;
        this.transactions = new TransactionTemplate(transactions);
        this.transactions.setTimeout(3600);
    }

    /** Asks for a checkpoint of the newest recorded version; requests made while one is under way coalesce. */
    void request() {
        if (pending.compareAndSet(false, true)) {
            background.submit(this::run);
        }
    }

    /** Takes the checkpoint now (tests, and the background thread); whether one was written. */
    boolean run() {
        pending.set(false);
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> checkpoint()));
        } catch (RuntimeException e) {
            log.warn(
                    "Could not write a history checkpoint ({}); asOf replays from the one before until the next"
                            + " change asks again. Check that Neo4j is reachable.",
                    e.getMessage());
            return false;
        }
    }

    private boolean checkpoint() {
        // The landscape's own bookkeeping, not a foreign write: what CurrentLandscape keeps stays valid.
        client.query("CALL tx.setMetaData($metadata)")
                .bind(Map.of(ForeignLandscapeWrites.WRITER_METADATA, true))
                .to("metadata")
                .run();
        Map<String, Object> newest = client.query("""
                        MATCH (c:LandscapeChange) WITH max(c.version) AS version
                        MATCH (k:LandscapeCheckpoint) WITH version, max(k.version) AS checkpoint
                        MATCH (c:LandscapeChange {version: version})
                        RETURN version, checkpoint, c.at AS at
                        """).fetch().one().orElse(null);
        if (newest == null || newest.get("version") == null || newest.get("checkpoint") == null) {
            return false;
        }
        long version = (Long) newest.get("version");
        long from = (Long) newest.get("checkpoint");
        if (version <= from) {
            return false;
        }
        Landscape landscape = LandscapeCodec.decodeLandscape(joined(
                client.query("""
                        MATCH (k:LandscapeChunk {of: 'checkpoint', version: $version})
                        RETURN k.data AS data ORDER BY k.index
                        """).bind(from).to("version").fetchAs(byte[].class).all()));
        List<Map<String, Object>> rows = new ArrayList<>(client.query("""
                        MATCH (k:LandscapeChunk {of: 'change'}) WHERE k.version > $from AND k.version <= $version
                        RETURN k.version AS version, k.data AS data ORDER BY k.version, k.index
                        """)
                .bindAll(Map.of("from", from, "version", version))
                .fetch()
                .all());
        int i = 0;
        while (i < rows.size()) {
            long current = (Long) rows.get(i).get("version");
            List<byte[]> pieces = new ArrayList<>();
            while (i < rows.size() && (Long) rows.get(i).get("version") == current) {
                pieces.add((byte[]) rows.get(i++).get("data"));
            }
            LandscapeCodec.replay(joined(pieces), landscape);
        }
        changeLog.checkpoint(version, Instant.from((TemporalAccessor) newest.get("at")), landscape);
        return true;
    }

    private static byte[] joined(java.util.Collection<byte[]> pieces) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        pieces.forEach(joined::writeBytes);
        return joined.toByteArray();
    }
}
