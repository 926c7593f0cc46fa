package dev.strata.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Unmatched;

/**
 * {@code serve} (also what runs with no command, or with only {@code --name=value} settings): the server with its
 * API, dashboard, GraphiQL and embedded Neo4j. Every argument is a Spring property and goes to the server unchanged.
 */
@Command(
        name = "serve",
        customSynopsis = "java -jar strata.jar serve [-h] [--<setting>=<value>...]",
        description = {
            "start the server: GraphQL API, dashboard, GraphiQL and the embedded Neo4j with Browser"
                    + " (the default without a command)",
            "Settings as --name=value, e.g. --server.port=9090 --strata.neo4j.embedded.bolt-port=17687:",
            "any setting of the README's configuration table (or its environment variable)."
        })
final class ServeCommand implements Callable<Integer> {

    private final ServerLauncher launcher;
    private boolean serving;

    @Mixin
    HelpOption help;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    ServeCommand(ServerLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        try {
            launcher.start(springArguments.toArray(String[]::new));
        } catch (RuntimeException e) {
            // Spring Boot has already printed why (and how to fix it) through its failure analyzers.
            return ExitCode.ERROR;
        }
        serving = true;
        return ExitCode.OK;
    }

    /** True once the server runs: the JVM must then stay alive instead of exiting with the command's code. */
    boolean serving() {
        return serving;
    }
}
