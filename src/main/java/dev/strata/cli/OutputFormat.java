package dev.strata.cli;

/** How a command prints its result: for people, for machines, or (plan and apply) as a pull-request comment. */
enum OutputFormat {
    TEXT,
    JSON,
    MARKDOWN
}
