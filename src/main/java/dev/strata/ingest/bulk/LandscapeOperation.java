package dev.strata.ingest.bulk;

import dev.strata.ingest.LandscapeOutcome;
import dev.strata.store.ChangeProgress;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A validate, plan or apply of an upload running in the background, and the progress it reports: the step, the
 * units of the step done out of how many, and from these an estimate of the step's time left. Written by the
 * operation's thread, read by any request; a {@link #view()} is a consistent copy for one answer.
 */
final class LandscapeOperation implements ChangeProgress {

    private static final Logger log = LoggerFactory.getLogger(LandscapeOperation.class);

    /** What the operation does. */
    enum Action {
        VALIDATE,
        PLAN,
        APPLY
    }

    /** Where the operation is in its life. */
    enum State {
        QUEUED,
        RUNNING,
        SUCCEEDED,
        FAILED,
        CANCELLED
    }

    private final String id;
    private final Action action;
    private final String uploadId;
    private final String owner;
    private final Clock clock;
    private final AtomicLong stepDone = new AtomicLong();
    private volatile State state = State.QUEUED;
    private volatile @Nullable Step step;
    private volatile long stepTotal;
    private volatile long stepStartedNanos;
    private volatile long startedNanos;
    private volatile @Nullable Instant startedAt;
    private volatile @Nullable Instant finishedAt;
    private volatile @Nullable String failure;
    private volatile @Nullable LandscapeOutcome outcome;
    private volatile @Nullable String cancelledBy;
    private volatile @Nullable Future<?> future;

    LandscapeOperation(String id, Action action, String uploadId, String owner, Clock clock) {
        this.id = id;
        this.action = action;
        this.uploadId = uploadId;
        this.owner = owner;
        this.clock = clock;
    }

    String id() {
        return id;
    }

    Action action() {
        return action;
    }

    State state() {
        return state;
    }

    @Nullable
    Instant finishedAt() {
        return finishedAt;
    }

    void runsAs(Future<?> future) {
        this.future = future;
    }

    boolean started() {
        synchronized (this) {
            if (state != State.QUEUED) {
                return false;
            }
            state = State.RUNNING;
        }
        startedAt = clock.instant();
        startedNanos = System.nanoTime();
        log.info("Landscape operation {} ({} of upload {} by {}) started", id, action, uploadId, owner);
        return true;
    }

    void succeeded(LandscapeOutcome outcome) {
        this.outcome = outcome;
        finish(State.SUCCEEDED);
    }

    void failed(String why) {
        this.failure = why;
        finish(State.FAILED);
    }

    void cancelled() {
        finish(State.CANCELLED);
    }

    /**
     * Asks the operation to stop: a queued one never starts, a running one stops at its next batch and its
     * transaction rolls back. Once committing, an apply finishes.
     */
    synchronized void cancel(String by) {
        if (state == State.QUEUED) {
            cancelledBy = by;
            Future<?> queued = future;
            if (queued != null) {
                queued.cancel(false);
            }
            finish(State.CANCELLED);
        } else if (state == State.RUNNING && step != Step.COMMITTING) {
            cancelledBy = by;
        }
    }

    private synchronized void finish(State end) {
        if (state == State.SUCCEEDED || state == State.FAILED || state == State.CANCELLED) {
            return;
        }
        state = end;
        finishedAt = clock.instant();
        log.info(
                "Landscape operation {} ({}) {}{}",
                id,
                action,
                end.name().toLowerCase(java.util.Locale.ROOT),
                startedNanos == 0 ? "" : " after " + (System.nanoTime() - startedNanos) / 1_000_000 + " ms");
    }

    @Override
    public void step(Step step, long total) {
        synchronized (this) {
            this.step = step;
            this.stepTotal = total;
            this.stepDone.set(0);
            this.stepStartedNanos = System.nanoTime();
        }
        log.info(
                "Landscape operation {} ({}): {}{}",
                id,
                action,
                step.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                total > 0 ? " (" + total + ")" : "");
    }

    @Override
    public void advance(long units) {
        stepDone.addAndGet(units);
    }

    @Override
    public void checkCancelled() {
        String by = cancelledBy;
        if (by != null) {
            throw new CancellationException("cancelled by " + by);
        }
    }

    /** A consistent copy for one answer, with the estimates computed now. */
    synchronized View view() {
        long now = System.nanoTime();
        long done = stepDone.get();
        long total = stepTotal;
        Double percent = step == null || total <= 0 ? null : Math.min(100.0, 100.0 * done / total);
        Double secondsLeft = null;
        if (state == State.RUNNING && step != null && total > 0 && done > 0 && done <= total) {
            double elapsed = (now - stepStartedNanos) / 1e9;
            secondsLeft = elapsed / done * (total - done);
        }
        double elapsed = startedNanos == 0 ? 0 : ((finishedAt == null ? now : finishedNanos()) - startedNanos) / 1e9;
        return new View(
                id,
                action,
                uploadId,
                owner,
                state,
                state == State.RUNNING ? step : null,
                (double) done,
                (double) total,
                percent,
                secondsLeft,
                elapsed,
                startedAt,
                finishedAt,
                failure,
                cancelledBy,
                outcome);
    }

    private long finishedNanos() {
        Instant start = startedAt;
        Instant end = finishedAt;
        return start == null || end == null
                ? System.nanoTime()
                : startedNanos + java.time.Duration.between(start, end).toNanos();
    }

    /** The operation as GraphQL shows it (type {@code LandscapeOperation}). */
    record View(
            String id,
            Action action,
            String uploadId,
            String startedBy,
            State state,
            @Nullable Step step,
            double stepDone,
            double stepTotal,
            @Nullable Double stepPercent,
            @Nullable Double stepSecondsLeft,
            double elapsedSeconds,
            @Nullable Instant startedAt,
            @Nullable Instant finishedAt,
            @Nullable String failure,
            @Nullable String cancelledBy,
            @Nullable LandscapeOutcome outcome) {}
}
