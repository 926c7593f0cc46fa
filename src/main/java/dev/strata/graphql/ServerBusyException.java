package dev.strata.graphql;

/** A heavy field that found every slot for heavy work taken; reported as BUSY with a retry hint. */
public class ServerBusyException extends RuntimeException {

    public static final int RETRY_AFTER_SECONDS = 2;

    ServerBusyException(String message) {
        super(message);
    }
}
