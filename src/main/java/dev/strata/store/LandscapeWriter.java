package dev.strata.store;

import dev.strata.audit.Actor;
import dev.strata.audit.AuditEntry;
import dev.strata.audit.AuditTrail;
import dev.strata.model.Landscape;
import dev.strata.model.LandscapeDiff;
import dev.strata.model.NodeRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one write path of the landscape. Every change, a GraphQL edit of one field or an apply of a whole repository,
 * runs the same way: in one transaction, it first takes the landscape lock (incrementing the version on the
 * {@code landscape-head} node, which serialises every writer of every instance on one database), then reads the
 * current state, checks, and writes the diff and its audit record, or writes nothing. Because a writer checks only
 * what it holds the lock on, every change behaves as if it ran alone: no check-then-act races. After the commit a
 * {@link LandscapeChanged} event carries the version and the diff to listeners. Every change is also recorded in the
 * landscape's history ({@link ChangeLog}) in the same transaction.
 */
@Component
public class LandscapeWriter {

    private static final Logger log = LoggerFactory.getLogger(LandscapeWriter.class);
    private static final int ATTEMPTS = 3;

    private final Neo4jClient client;
    private final LandscapeReader reader;
    private final CurrentLandscape currentLandscape;
    private final DiffWriter diffs;
    private final StagedAdditions staged;
    private final AuditTrail audit;
    private final ChangeLog changeLog;
    private final DeferredCheckpoints deferredCheckpoints;
    private final ApplicationEventPublisher events;
    private final PlatformTransactionManager transactionManager;
    private final Clock clock = Clock.systemUTC();

    LandscapeWriter(
            Neo4jClient client,
            LandscapeReader reader,
            CurrentLandscape currentLandscape,
            DiffWriter diffs,
            StagedAdditions staged,
            AuditTrail audit,
            ChangeLog changeLog,
            DeferredCheckpoints deferredCheckpoints,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager) {
        this.client = client;
        this.reader = reader;
        this.currentLandscape = currentLandscape;
        this.diffs = diffs;
        this.staged = staged;
        this.audit = audit;
        this.changeLog = changeLog;
        this.deferredCheckpoints = deferredCheckpoints;
        this.events = events;
        this.transactionManager = transactionManager;
    }

    /**
     * Runs {@code work} as one change under the landscape lock, within {@code timeout} (waiting for the lock
     * included). Work that calls {@link Change#write} once commits; work that does not (it refused, or found nothing
     * to change) rolls back and produces no version. Transient database errors (deadlocks with writers outside
     * Strata, leader switches, a graph changed outside the lock) run the whole work again, up to three times.
     */
    public <R> R write(String operation, Actor actor, Duration timeout, Work<R> work) {
        return write(operation, actor, timeout, ChangeProgress.NONE, work);
    }

    /**
     * As {@link #write(String, Actor, Duration, Work)}, reporting the reading, writing and committing steps to
     * {@code progress}; cancelling it rolls the change back.
     */
    public <R> R write(String operation, Actor actor, Duration timeout, ChangeProgress progress, Work<R> work) {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        transactions.setTimeout((int) Math.max(1, timeout.toSeconds()));
        for (int attempt = 1; ; attempt++) {
            Change change = new Change(operation, actor, progress, staged.begin(timeout));
            long started = System.nanoTime();
            try {
                R result;
                try {
                    result = transactions.execute(status -> {
                        change.version = lock();
                        change.foreignWritesBefore = currentLandscape.foreignWrites();
                        R outcome = work.run(change);
                        if (change.diff == null) {
                            status.setRollbackOnly();
                        } else {
                            progress.checkCancelled();
                            progress.step(ChangeProgress.Step.COMMITTING, 0);
                        }
                        return outcome;
                    });
                } finally {
                    change.stage.discardUnpublished();
                }
                if (change.diff != null && change.current != null && change.idsAfter != null) {
                    currentLandscape.written(
                            change.version,
                            change.foreignWritesBefore,
                            new StoredLandscape(change.diff.after(), change.idsAfter));
                }
                if (change.checkpointDeferred) {
                    deferredCheckpoints.request();
                }
                if (change.diff != null) {
                    events.publishEvent(
                            new LandscapeChanged(change.version, change.diff, actor, operation, change.recordedAt()));
                }
                return result;
            } catch (RuntimeException e) {
                if (ChangeTimedOutException.isTimeout(e, System.nanoTime() - started >= timeout.toNanos())) {
                    currentLandscape.forget();
                    throw new ChangeTimedOutException(operation, timeout, e);
                }
                if (ChangeTooLargeException.isMemoryLimit(e, change.attempted)) {
                    currentLandscape.forget();
                    throw new ChangeTooLargeException(operation, e);
                }
                if (!(e instanceof TransientException
                        || e instanceof TransientDataAccessException
                        || e instanceof DataIntegrityViolationException)) {
                    throw e;
                }
                // The landscape kept in memory may be what misled the change: read the graph next time.
                currentLandscape.forget();
                // A uniqueness violation means a writer outside Strata created the same key meanwhile; running
                // again answers as a serial run would (a typed DUPLICATE_KEY).
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.info(
                        "Transient database error in {}, attempt {} of {}: {}",
                        operation,
                        attempt,
                        ATTEMPTS,
                        e.getMessage());
                sleep(50L * attempt);
            }
        }
    }

    /**
     * Takes the landscape lock for this transaction and returns the version this change will produce. The
     * transaction is marked as the writer's, so that counting {@link ForeignLandscapeWrites} leaves it out.
     */
    private long lock() {
        try {
            client.query("CALL tx.setMetaData($metadata)")
                    .bind(Map.of(ForeignLandscapeWrites.WRITER_METADATA, true))
                    .to("metadata")
                    .run();
        } catch (org.springframework.dao.InvalidDataAccessResourceUsageException e) {
            // Under contention (ConcurrentWritersIT) the server may answer this first statement with "the transaction
            // has been closed": nothing was written, so it runs again like any transient failure.
            throw new org.springframework.dao.TransientDataAccessResourceException(
                    "the transaction was closed" + " before it took the landscape lock: " + e.getMessage(), e);
        }
        return client.query("""
                MERGE (h:StrataMeta {key: 'landscape-head'})
                ON CREATE SET h.version = 0
                SET h.version = h.version + 1
                RETURN h.version AS version
                """).fetchAs(Long.class).one().orElseThrow();
    }

    /** The work of one change; runs inside the transaction with the lock held. */
    @FunctionalInterface
    public interface Work<R> {
        R run(Change change);
    }

    /** The change under way: the state to check against, and the one write it may make. */
    public final class Change {

        private final String operation;
        private final Actor actor;
        private final ChangeProgress progress;
        private final StagedAdditions.Stage stage;
        private long version;
        private long foreignWritesBefore;
        private @Nullable StoredLandscape current;
        private @Nullable Map<NodeRef, String> idsAfter;
        private @Nullable LandscapeDiff diff;
        /** Changes this change set out to write (0 before it writes): what a refusal for memory is weighed by. */
        private long attempted;

        private @Nullable Instant at;
        private @Nullable String source;
        private @Nullable Instant recordedAt;
        private boolean checkpointDeferred;

        private Change(String operation, Actor actor, ChangeProgress progress, StagedAdditions.Stage stage) {
            this.operation = operation;
            this.actor = actor;
            this.progress = progress;
            this.stage = stage;
        }

        /** Reads the current state, as this change sees it (after every change committed before it). */
        public LandscapeReader reader() {
            return reader;
        }

        /**
         * The whole landscape as this change sees it, with the element ids of its nodes: from memory when nothing
         * changed it since the last change ({@link CurrentLandscape}), else read. A diff computed on it is written
         * without looking anything up. Shared: callers must not change it.
         */
        public StoredLandscape current() {
            if (current == null) {
                current = currentLandscape.read(version - 1, progress);
            }
            return current;
        }

        /** Where the change has got to; work reports its own steps here too. */
        public ChangeProgress progress() {
            return progress;
        }

        /**
         * Records the change in the history at {@code at} instead of now (a commit replayed from Git); a time before
         * the newest recorded change is refused, so that history stays in order.
         */
        public void recordAt(Instant at) {
            this.at = at;
        }

        /** What the history names as the change's source (a commit, a file set); default: the operation's subject. */
        public void source(String source) {
            this.source = source;
        }

        /** The time the history recorded the change at (after {@link #write}). */
        Instant recordedAt() {
            return recordedAt == null ? clock.instant() : recordedAt;
        }

        /** The version this change produces when it writes. */
        public long version() {
            return version;
        }

        /**
         * Writes the diff and its audit record. A change writes once; an empty diff writes nothing and commits
         * nothing (applying the same thing twice is not a change).
         */
        public void write(
                LandscapeDiff diff,
                String input,
                @Nullable String entityKind,
                @Nullable String entityKey,
                @Nullable String before,
                @Nullable String after) {
            if (this.diff != null) {
                throw new IllegalStateException("a change writes once");
            }
            if (diff.isEmpty()) {
                return;
            }
            attempted = ChangeLog.changed(diff);
            ChangeLog.Head head = changeLog.head();
            Instant requested = at == null ? clock.instant() : at;
            if (at != null && head.lastAt() != null && at.isBefore(head.lastAt())) {
                throw new HistoryOrderException(at, head.lastAt());
            }
            // A change that read the whole landscape (an apply) has the checkpoint in hand; an edit, whose diff covers
            // only its documents, leaves it to DeferredCheckpoints after its commit: reading, encoding and writing the
            // whole landscape inside a one-node edit missed its 30 s timeout at scale M under load. Only the first
            // recorded change of a landscape without history writes it itself (history begins there), built before
            // the diff is written from the state before it (kept in memory, or read while the graph still holds it).
            Landscape checkpoint = null;
            if (changeLog.checkpointDue(head, version, ChangeLog.changed(diff))) {
                if (current != null) {
                    checkpoint = diff.after();
                } else if (head.checkpointVersion() == null) {
                    checkpoint = withDiff(currentLandscape.read(version - 1, progress), diff);
                } else {
                    checkpointDeferred = true;
                }
            }
            Map<NodeRef, String> ids =
                    diffs.write(diff, current == null ? Map.of() : current.elementIds(), progress, stage);
            idsAfter = current == null ? null : ids;
            audit.record(new AuditEntry(operation, actor, entityKind, entityKey, input, before, after, version));
            recordedAt = ChangeLog.recordedAt(head, requested);
            String described = source != null ? source : entityKey != null ? entityKind + ":" + entityKey : operation;
            changeLog.record(head, version, recordedAt, actor, operation, described, diff, checkpoint);
            this.diff = diff;
        }
    }

    /** The whole landscape after a diff that may cover only some documents (a one-node edit). */
    private static Landscape withDiff(StoredLandscape before, LandscapeDiff diff) {
        Landscape after = before.landscape().copy();
        diff.removedEdges().forEach(after::remove);
        diff.removedNodes().forEach(after::remove);
        diff.upsertNodes().forEach(after::put);
        diff.upsertEdges().forEach(after::put);
        return after;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
