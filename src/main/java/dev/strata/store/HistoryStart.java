package dev.strata.store;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Begins the history of a database that holds a landscape but no history yet (one from before history existed, or
 * loaded in bulk): in the background after start it checkpoints the landscape as found (read without the landscape
 * lock, written under it if nothing changed meanwhile, so edits are not held up for the read), so
 * that the first change does not have to (a one-node edit would otherwise read the whole landscape inside its 30 s
 * timeout, which a large landscape on a busy machine may not make). An empty landscape needs nothing: its history
 * begins with its first change. Produces no landscape version.
 */
@Component
class HistoryStart {

    private static final Logger log = LoggerFactory.getLogger(HistoryStart.class);
    private static final Duration TIMEOUT = Duration.ofHours(1);

    private final Neo4jClient client;
    private final CurrentLandscape currentLandscape;
    private final ChangeLog changeLog;
    private final PlatformTransactionManager transactions;
    private final Clock clock = Clock.systemUTC();

    HistoryStart(
            Neo4jClient client,
            CurrentLandscape currentLandscape,
            ChangeLog changeLog,
            PlatformTransactionManager transactions) {
        this.client = client;
        this.currentLandscape = currentLandscape;
        this.changeLog = changeLog;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void applicationReady() {
        Thread thread = new Thread(this::begin, "strata-history-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** Checkpoints the landscape as found when it has no history yet; whether it did. */
    boolean begin() {
        try {
            TransactionTemplate template = new TransactionTemplate(transactions);
            template.setTimeout((int) TIMEOUT.toSeconds());
            // Read first without the lock (at scale M under load the read takes minutes, and every edit waiting for
            // the lock meanwhile would run out of its 30 s), then write under the lock if nothing changed since;
            // else read again under the lock.
            Read read = template.execute(status -> {
                Map<String, Object> head = client.query("""
                                OPTIONAL MATCH (h:StrataMeta {key: 'landscape-head'})
                                RETURN coalesce(h.version, 0) AS version, h.historyCheckpoint IS NOT NULL AS started
                                """).fetch().one().orElseThrow();
                if (Boolean.TRUE.equals(head.get("started"))) {
                    return null;
                }
                long foreign = currentLandscape.foreignWrites();
                long version = (Long) head.get("version");
                return new Read(version, foreign, currentLandscape.read(version, ChangeProgress.NONE));
            });
            if (read == null) {
                return false;
            }
            Boolean started = template.execute(status -> {
                client.query("CALL tx.setMetaData($metadata)")
                        .bind(Map.of(ForeignLandscapeWrites.WRITER_METADATA, true))
                        .to("metadata")
                        .run();
                // Writing the head takes the landscape lock: no change can commit meanwhile.
                Map<String, Object> head = client.query("""
                                MERGE (h:StrataMeta {key: 'landscape-head'})
                                ON CREATE SET h.version = 0
                                SET h.historyLocked = datetime.realtime()
                                RETURN h.version AS version, h.historyCheckpoint IS NOT NULL AS started
                                """).fetch().one().orElseThrow();
                if (Boolean.TRUE.equals(head.get("started"))) {
                    return false;
                }
                long version = (Long) head.get("version");
                // Writes outside Strata never take the lock; where they cannot be counted (an external Neo4j) the
                // lock did not keep them out of the read either.
                boolean unchanged =
                        version == read.version() && currentLandscape.foreignWrites() == read.foreignWrites();
                StoredLandscape state = unchanged ? read.state() : currentLandscape.read(version, ChangeProgress.NONE);
                if (state.landscape().nodes().isEmpty()) {
                    return false;
                }
                changeLog.start(version, clock.instant(), state.landscape());
                return true;
            });
            if (Boolean.TRUE.equals(started)) {
                log.info("Landscape history begins now: checkpointed the landscape as found");
            }
            return Boolean.TRUE.equals(started);
        } catch (RuntimeException e) {
            log.warn(
                    "Could not checkpoint the landscape to begin its history ({}); the next change will take the"
                            + " checkpoint itself, which makes it slower once. Check that Neo4j is reachable.",
                    e.getMessage());
            return false;
        }
    }

    /** The landscape read without the lock, with the version and foreign-write count it was read at. */
    private record Read(long version, long foreignWrites, StoredLandscape state) {}
}
