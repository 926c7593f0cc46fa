package dev.strata.cli;

import java.io.PrintStream;
import java.util.Map;

/**
 * Where a command writes and what it reads from its surroundings; tests give their own streams and environment.
 *
 * @param out normal output (results, plans, JSON)
 * @param err problems and diagnostics
 * @param env environment variables (defaults of {@code --server} and {@code --token})
 */
record Console(PrintStream out, PrintStream err, Map<String, String> env) {
}
