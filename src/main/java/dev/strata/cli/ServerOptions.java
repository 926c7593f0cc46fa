package dev.strata.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Options of every command that talks to a Strata server; defaults come from the environment. */
final class ServerOptions {

    static final String DEFAULT_SERVER = "http://127.0.0.1:8080";

    @Option(
            names = "--server",
            paramLabel = "<url>",
            description = "Strata server (default " + DEFAULT_SERVER + "; env STRATA_SERVER)")
    @Nullable
    String server;

    @Option(names = "--token", paramLabel = "<token>", description = "bearer token (env STRATA_TOKEN)")
    @Nullable
    String token;

    @Option(
            names = "--format",
            paramLabel = "text|json|markdown",
            defaultValue = "text",
            description = "output format (default text; markdown: plan and apply as a pull-request comment)")
    OutputFormat format = OutputFormat.TEXT;

    /** The server given by option or environment, or null when neither names one. */
    @Nullable
    String givenServer(Console console) {
        return server != null ? server : console.env().get("STRATA_SERVER");
    }

    String serverOrDefault(Console console) {
        String given = givenServer(console);
        return given == null ? DEFAULT_SERVER : given;
    }

    @Nullable
    String token(Console console) {
        return token != null ? token : console.env().get("STRATA_TOKEN");
    }

    boolean json() {
        return format == OutputFormat.JSON;
    }
}
