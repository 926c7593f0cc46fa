package dev.strata.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help} on every command: its own usage, without starting or calling anything. */
final class HelpOption {

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "show this command's options and exit")
    boolean help;
}
