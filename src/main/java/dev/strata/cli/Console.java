package dev.strata.cli;

import java.io.PrintStream;
import java.util.Map;

/**
 * Where a command writes and what it reads from its surroundings; tests give their own streams and environment.
 *
 * @param out      normal output (results, plans, JSON)
 * @param err      problems, diagnostics and progress
 * @param env      environment variables (defaults of {@code --server} and {@code --token})
 * @param terminal whether a person watches a terminal (progress as a bar redrawn in place rather than lines)
 */
record Console(PrintStream out, PrintStream err, Map<String, String> env, boolean terminal) {

    Console(PrintStream out, PrintStream err, Map<String, String> env) {
        this(out, err, env, false);
    }
}
