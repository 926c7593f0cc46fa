package dev.strata.store;

import java.time.Instant;

/**
 * A change asked to be recorded at a time before the newest recorded change (a Git commit older than the history):
 * history stays in time order, so nothing is written.
 */
public class HistoryOrderException extends RuntimeException {

    private final Instant newest;

    HistoryOrderException(Instant requested, Instant newest) {
        super("cannot record a change at " + requested + ": the history already holds a change at " + newest
                + ", and history is kept in time order");
        this.newest = newest;
    }

    /** The time of the newest recorded change. */
    public Instant newest() {
        return newest;
    }
}
