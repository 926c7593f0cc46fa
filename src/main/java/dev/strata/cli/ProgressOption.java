package dev.strata.cli;

import picocli.CommandLine.Option;

/** How a command shows the progress of long work (uploading, parsing, writing) on stderr. */
final class ProgressOption {

    /** Seconds between progress lines when they are lines (CI logs). */
    static final long LINE_INTERVAL_MILLIS = 5_000;

    @Option(
            names = "--progress",
            paramLabel = "auto|bar|lines|off",
            defaultValue = "auto",
            description = "progress on stderr: a bar on a terminal, lines every 5 s otherwise (default auto)")
    ProgressReport.Mode mode = ProgressReport.Mode.AUTO;

    ProgressReport report(Console console) {
        return new ProgressReport(console.err(), mode, console.terminal(), LINE_INTERVAL_MILLIS);
    }
}
