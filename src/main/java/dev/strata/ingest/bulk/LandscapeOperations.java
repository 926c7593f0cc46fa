package dev.strata.ingest.bulk;

import dev.strata.audit.Actor;
import dev.strata.audit.AuditTrail;
import dev.strata.ingest.LandscapeFile;
import dev.strata.ingest.LandscapeOutcome;
import dev.strata.ingest.LandscapeService;
import dev.strata.plan.LandscapePolicy;
import dev.strata.store.ChangeTimedOutException;
import dev.strata.store.ChangeTooLargeException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Runs validate, plan and apply of uploads in the background, one after the other (each holds a whole landscape in
 * memory; at scale M that is hundreds of MB, so two at once are not worth the risk), and keeps each operation, with
 * its outcome, for {@code strata.landscape.operation-ttl} after it ended. Nobody needs to wait on a connection: a
 * client that goes away loses nothing, and can follow or cancel the operation from anywhere.
 */
@Component
public class LandscapeOperations implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LandscapeOperations.class);

    private final LandscapeService service;
    private final LandscapeUploads uploads;
    private final AuditTrail audit;
    private final BulkProperties properties;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, LandscapeOperation> operations = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "landscape-operations");
        thread.setDaemon(true);
        return thread;
    });

    LandscapeOperations(
            LandscapeService service, LandscapeUploads uploads, AuditTrail audit, BulkProperties properties) {
        this.service = service;
        this.uploads = uploads;
        this.audit = audit;
        this.properties = properties;
    }

    /** Queues the operation on the caller's ready upload. */
    synchronized LandscapeOperation start(
            LandscapeOperation.Action action, String uploadId, boolean prune, LandscapePolicy policy, Actor actor) {
        forgetExpired();
        Upload upload = uploads.ready(uploadId, actor.name());
        long unfinished = operations.values().stream()
                .filter(o ->
                        o.state() == LandscapeOperation.State.QUEUED || o.state() == LandscapeOperation.State.RUNNING)
                .count();
        if (unfinished >= properties.maxOperations()) {
            throw new UploadRefusedException(
                    HttpStatus.TOO_MANY_REQUESTS,
                    unfinished + " landscape operations are"
                            + " queued or running, the most the server takes (strata.landscape.max-operations); retry when"
                            + " one has finished");
        }
        LandscapeOperation operation =
                new LandscapeOperation(UUID.randomUUID().toString(), action, uploadId, actor.name(), clock);
        operations.put(operation.id(), operation);
        operation.runsAs(worker.submit(() -> run(operation, upload, prune, policy, actor)));
        return operation;
    }

    Optional<LandscapeOperation> find(String id) {
        forgetExpired();
        return Optional.ofNullable(operations.get(id));
    }

    @Override
    public void close() {
        operations.values().forEach(operation -> operation.cancel("the server stopping"));
        worker.shutdownNow();
    }

    private void run(LandscapeOperation operation, Upload upload, boolean prune, LandscapePolicy policy, Actor actor) {
        if (!operation.started()) {
            return;
        }
        Iterable<LandscapeFile> files = uploads.files(upload);
        int count = upload.files().size();
        try {
            LandscapeOutcome outcome = switch (operation.action()) {
                case VALIDATE -> service.validate(files, count, operation);
                case PLAN -> service.plan(files, count, prune, policy, operation);
                case APPLY ->
                    service.apply(files, count, prune, policy, actor, auditInput(upload, prune, policy), operation);
            };
            operation.succeeded(outcome);
        } catch (CancellationException e) {
            operation.cancelled();
        } catch (ChangeTooLargeException | ChangeTimedOutException e) {
            operation.failed(e.getMessage());
        } catch (DataAccessException | org.neo4j.driver.exceptions.Neo4jException e) {
            operation.failed("the database failed: " + e.getMessage() + "; nothing was written (the transaction"
                    + " rolled back). Retry when the database is reachable");
        } catch (RuntimeException e) {
            log.error(
                    "Landscape operation {} failed unexpectedly; nothing was written (its transaction rolled back)."
                            + " Retry it; if it fails again, report this log",
                    operation.id(),
                    e);
            operation.failed("failed unexpectedly: " + e + "; nothing was written (the transaction rolled back)");
        } catch (OutOfMemoryError e) {
            // Caught, not rethrown: what filled the heap was this operation's, and it is unreachable now. Without this
            // the operation stayed RUNNING and its client waited forever (a first apply of scale L in a 6 GB heap).
            String message = "ran out of memory in a Java heap of "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB; nothing was written (the transaction rolled back). Start Strata with a larger heap (java"
                    + " -Xmx16g -jar strata.jar: a first apply of scale L, a million nodes, needs about 16 GB) or apply"
                    + " the landscape in parts";
            log.error("Landscape operation {} {}", operation.id(), message);
            operation.failed(message);
        }
    }

    /** What the audit trail records as the request of an apply from an upload: which files, by their hash. */
    private String auditInput(Upload upload, boolean prune, LandscapePolicy policy) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("upload", upload.id());
        input.put("files", upload.files().size());
        input.put("bytes", upload.bytes());
        input.put("sha256", upload.sha256());
        input.put("prune", prune);
        input.put("policy", policy);
        return audit.json(input);
    }

    /** Finished operations are kept for the TTL, and at most 32 of them, the newest. */
    private void forgetExpired() {
        Instant oldest = clock.instant().minus(properties.operationTtl());
        operations
                .values()
                .removeIf(operation ->
                        operation.finishedAt() != null && operation.finishedAt().isBefore(oldest));
        long finished =
                operations.values().stream().filter(o -> o.finishedAt() != null).count();
        if (finished > 32) {
            operations.values().stream()
                    .filter(o -> o.finishedAt() != null)
                    .sorted(Comparator.comparing(LandscapeOperation::finishedAt))
                    .limit(finished - 32)
                    .map(LandscapeOperation::id)
                    .toList()
                    .forEach(operations::remove);
        }
    }
}
