package dev.strata.model;

/**
 * Why a change to the landscape is refused: the class of problem, the model field it concerns (e.g. {@code tier},
 * {@code platform}, empty for the node as a whole) and a message naming the offending value. Landscape files turn it
 * into a problem with file and line, GraphQL into a typed error in the payload.
 */
public record Violation(Code code, String field, String message) {

    /** Classes of problems a change can have. */
    public enum Code {
        INVALID_VALUE,
        MISSING_FIELD,
        NOT_FOUND,
        DUPLICATE_KEY,
        SELF_DEPENDENCY,
        STILL_REFERENCED
    }
}
