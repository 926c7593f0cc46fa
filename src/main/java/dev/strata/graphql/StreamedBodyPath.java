package dev.strata.graphql;

/**
 * A path whose handler streams request bodies to disk instead of reading them into memory, such as landscape
 * uploads. {@link RequestSizeFilter} checks only a declared length against the path's own limit and keeps such bodies
 * out of the bytes-in-flight budget, which exists to bound the heap; the handler enforces the limit while it streams.
 */
public interface StreamedBodyPath {

    /** Whether {@code path} (decoded, without context path) is this one. Match exactly: nothing else may pass. */
    boolean matches(String path);

    /** The largest body accepted. */
    long maxBytes();

    /** The setting that changes {@link #maxBytes()}, named in the refusal. */
    String setting();
}
