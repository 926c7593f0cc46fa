package dev.strata.store;

import dev.strata.neo4j.DatabaseErrors;
import java.time.Duration;

/**
 * A change did not finish within its transaction timeout and the database stopped it: nothing of it was written (all
 * or nothing), so it can be sent again. Says which change and which timeout, instead of the driver's code. The
 * database's error is attached as suppressed rather than as the cause, so that handlers of analytics timeouts (which
 * look for the database's code among the causes) do not describe it as a query.
 */
public class ChangeTimedOutException extends RuntimeException {

    ChangeTimedOutException(String operation, Duration timeout, RuntimeException stopped) {
        super(operation + " did not finish within its transaction timeout of " + timeout.toSeconds()
                + " s and was rolled back: nothing was changed. Send it again; if this keeps happening, the database"
                + " is overloaded or something outside Strata holds the landscape lock for long");
        addSuppressed(stopped);
    }

    /**
     * Whether {@code ex} is the database stopping a transaction at its timeout: the timeout's own code, or (a change
     * stopped while it waited for a lock) the transaction's termination once it has run {@code ranFullTimeout} its
     * whole timeout (earlier, a termination is an operator's or a shutdown's, not the timeout).
     */
    static boolean isTimeout(Throwable ex, boolean ranFullTimeout) {
        return DatabaseErrors.codes(ex).stream()
                .anyMatch(code -> code.contains("TransactionTimedOut")
                        || (ranFullTimeout && (code.endsWith("LockClientStopped") || code.endsWith("Terminated"))));
    }
}
