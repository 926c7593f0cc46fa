package dev.strata.graphql;

import java.time.Duration;

/**
 * When a GraphQL request must be done, kept in its GraphQL context under {@link #KEY}. No field starts after it, and
 * long loops that check it ({@link #check}) stop at it; a field stopped this way fails with DEADLINE_EXCEEDED.
 */
public record RequestDeadline(long deadlineNanos, Duration timeout) {

    /** Key in the GraphQL context; controllers read it with {@code @ContextValue(name = RequestDeadline.KEY, required = false)}. */
    public static final String KEY = "strata.deadline";

    static RequestDeadline in(Duration timeout) {
        return new RequestDeadline(System.nanoTime() + timeout.toNanos(), timeout);
    }

    /** Milliseconds left, 0 when passed. */
    public long remainingMillis() {
        return Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000);
    }

    public boolean passed() {
        return System.nanoTime() - deadlineNanos >= 0;
    }

    /** Throws {@link RequestDeadlineExceededException} once the deadline has passed; {@code what} names the work stopped. */
    public void check(String what) {
        if (passed()) {
            String limit = timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
            throw new RequestDeadlineExceededException(what + " was stopped: the request ran into its deadline of "
                    + limit + " (strata.graphql.request-timeout); ask for less per request");
        }
    }
}
