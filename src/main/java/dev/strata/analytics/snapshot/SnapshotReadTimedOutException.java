package dev.strata.analytics.snapshot;

import java.time.Duration;

/**
 * The whole landscape could not be read into the analytics snapshot within {@code strata.analytics.snapshot-timeout}:
 * the database stopped the read. Nothing changed; the previous snapshot, if any, stays in use. Says which setting to
 * raise, since the per-query {@code strata.analytics.timeout} does not govern this read.
 */
public class SnapshotReadTimedOutException extends RuntimeException {

    public SnapshotReadTimedOutException(String source, Duration timeout, RuntimeException stopped) {
        super("Reading the whole landscape into the analytics snapshot (from " + source
                + ") did not finish within "
                + (timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms")
                + " (strata.analytics.snapshot-timeout) and was stopped. Raise the setting for a landscape of this"
                + " size; a read over Bolt takes about six times as long as one in-process");
        addSuppressed(stopped);
    }
}
