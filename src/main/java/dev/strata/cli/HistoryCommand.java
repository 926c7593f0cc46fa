package dev.strata.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code history}: the landscape's history; its one subcommand is {@code import}. */
@Command(name = "history", description = "the landscape's history: history import <repository> replays a Git history")
final class HistoryCommand implements Runnable {

    private final Console console;

    @Mixin
    HelpOption help;

    HistoryCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        console.err().println("strata history: name a subcommand: import <repository> [--path <landscape folder>]");
    }
}
