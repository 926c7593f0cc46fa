package dev.strata.graphql;

/** A key named in a query does not exist; reported to the client as a NOT_FOUND GraphQL error. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
