package dev.strata.analytics;

import java.util.NoSuchElementException;

/** An analytic was asked about a node key that does not exist, e.g. an unknown team. */
public class UnknownKeyException extends NoSuchElementException {

    private final String label;
    private final String key;

    public UnknownKeyException(String label, String key) {
        super("no " + label + " with key '" + key + "'");
        this.label = label;
        this.key = key;
    }

    /** The node label looked up, e.g. {@code Team}. */
    public String label() {
        return label;
    }

    /** The key that was not found. */
    public String key() {
        return key;
    }
}
