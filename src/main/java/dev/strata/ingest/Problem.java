package dev.strata.ingest;

/**
 * One problem in landscape files: where (file, 1-based line, field path such as {@code spec.dependsOn[2]}) and why.
 *
 * @param code    the class of problem
 * @param file    the file path as given
 * @param line    1-based line, 0 when the problem concerns the whole file
 * @param field   the field path inside the document, empty for the whole document or file
 * @param message why, naming the offending value
 */
public record Problem(Code code, String file, int line, String field, String message) {

    /** Classes of problems. */
    public enum Code {
        MALFORMED_YAML,
        TOO_LARGE,
        UNKNOWN_KIND,
        UNKNOWN_FIELD,
        MISSING_FIELD,
        WRONG_TYPE,
        INVALID_VALUE,
        DUPLICATE_KEY,
        DANGLING_REFERENCE,
        SELF_DEPENDENCY,
        /** The input could not be read at all: a path that does not exist, a Backstage that does not answer. */
        SOURCE_UNAVAILABLE,
        /** A commit imported into the history is older than the newest recorded version (history is in time order). */
        HISTORY_ORDER
    }

    /** {@code file:line: field: message}, the way compilers print it. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + message + " [" + code + "]";
    }
}
