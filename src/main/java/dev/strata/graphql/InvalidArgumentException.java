package dev.strata.graphql;

/** A request argument outside what the API accepts; reported to the client as a BAD_REQUEST GraphQL error. */
public class InvalidArgumentException extends RuntimeException {

    public InvalidArgumentException(String message) {
        super(message);
    }

    /** Refuses an integer argument outside {@code min..max}, naming the argument, the range and the value. */
    public static void requireBetween(String argument, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidArgumentException(argument + " must be between " + min + " and " + max + ", was " + value);
        }
    }
}
