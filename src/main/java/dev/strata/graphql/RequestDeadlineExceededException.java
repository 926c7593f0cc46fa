package dev.strata.graphql;

/** A field not started, or stopped, because its request passed its deadline; reported as DEADLINE_EXCEEDED. */
public class RequestDeadlineExceededException extends RuntimeException {

    RequestDeadlineExceededException(String message) {
        super(message);
    }
}
