package dev.strata.scorecard;

/**
 * One problem in a scorecard rules file.
 *
 * @param file    the file as given
 * @param line    1-based line, 0 when the problem concerns the whole file
 * @param field   where in the document, e.g. {@code rules[2].check}; empty for the whole document
 * @param message why, naming the offending value and what is allowed
 */
public record RuleProblem(String file, int line, String field, String message) {

    /** {@code file:line: field: message}, the way compilers print it. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + message;
    }
}
