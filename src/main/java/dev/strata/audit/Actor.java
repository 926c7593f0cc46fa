package dev.strata.audit;

/**
 * Who makes a change and through which door: a token or user name, and the client path ({@code graphql},
 * {@code graphql/cli}, {@code startup} for the demo).
 */
public record Actor(String name, String via) {

    /** The application itself, e.g. loading the demo landscape at start. */
    public static final Actor SYSTEM = new Actor("strata", "startup");
}
