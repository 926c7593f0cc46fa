package dev.strata.cli;

/** How a command prints its result: for people, or for machines. */
enum OutputFormat {
    TEXT,
    JSON
}
