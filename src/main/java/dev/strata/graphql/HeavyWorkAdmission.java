package dev.strata.graphql;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The one admission for heavy work (analytics over the whole landscape, the export), shared by every door that runs
 * it: GraphQL's heavy fields ({@link HeavyFieldGate}) and the MCP tools. At most
 * {@code strata.graphql.max-concurrent-heavy-fields} pieces run at once; a piece that cannot get its turn within
 * {@code strata.graphql.heavy-field-wait} (or before its request's deadline) is refused with BUSY and a retry hint, so
 * a burst through one door cannot starve the other.
 */
@Component
public class HeavyWorkAdmission {

    private final RequestLimits.Limits limits;
    private final Semaphore permits;

    HeavyWorkAdmission(RequestLimits.Limits limits) {
        this.limits = limits;
        this.permits = new Semaphore(limits.heavyFieldPermits(), true);
    }

    /**
     * An admission of its own, outside the application's (a door tested alone): {@code permits} heavy runs at once,
     * each waiting at most {@code wait} for its turn, within deadlines of {@code requestTimeout}.
     */
    public static HeavyWorkAdmission of(int permits, Duration wait, Duration requestTimeout) {
        return new HeavyWorkAdmission(
                new RequestLimits.Limits(15, 100_000, DataSize.ofMegabytes(32), requestTimeout, permits, wait));
    }

    /** A deadline of the configured request timeout ({@code strata.graphql.request-timeout}), starting now. */
    public RequestDeadline newDeadline() {
        return RequestDeadline.in(limits.requestTimeout());
    }

    /**
     * Waits for a turn for the heavy work {@code name}; the caller must {@link #release()} once it is done.
     *
     * @throws RequestDeadlineExceededException when the deadline passes while waiting
     * @throws ServerBusyException              when no turn came in time
     */
    public void acquire(String name, @Nullable RequestDeadline deadline) {
        long wait = Math.min(
                limits.heavyFieldWait().toMillis(), deadline == null ? Long.MAX_VALUE : deadline.remainingMillis());
        boolean admitted;
        try {
            admitted = permits.tryAcquire(wait, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            if (deadline != null) {
                deadline.check(name);
            }
            throw new ServerBusyException("busy: " + name + " is heavy, and the " + limits.heavyFieldPermits()
                    + " slots for heavy"
                    + " work (strata.graphql.max-concurrent-heavy-fields) stayed taken for " + wait + " ms; retry in "
                    + ServerBusyException.RETRY_AFTER_SECONDS + " s");
        }
    }

    public void release() {
        permits.release();
    }
}
