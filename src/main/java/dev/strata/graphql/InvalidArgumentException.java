package dev.strata.graphql;

/** A request argument outside what the API accepts; reported to the client as a BAD_REQUEST GraphQL error. */
public class InvalidArgumentException extends RuntimeException {

    public InvalidArgumentException(String message) {
        super(message);
    }
}
