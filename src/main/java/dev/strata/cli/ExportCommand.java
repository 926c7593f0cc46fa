package dev.strata.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/** {@code export}: the server's landscape written as files, each node back in the file it came from. */
@Command(name = "export", description = "write the server's landscape as files")
final class ExportCommand implements Callable<Integer> {

    private final Console console;

    @Mixin
    HelpOption help;

    @Mixin
    ServerOptions server;

    @Option(names = "--out", required = true, paramLabel = "<dir>", description = "directory to write the files into")
    String out = "";

    ExportCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        JsonNode files = StrataServer.of(server, console)
                .call("{ exportLandscape { path content } }", null)
                .get("exportLandscape");
        Path root = Path.of(out).toAbsolutePath().normalize();
        int count = 0;
        for (JsonNode file : files) {
            Path target = root.resolve(file.get("path").asString()).normalize();
            if (!target.startsWith(root)) {
                console.err().println("strata: skipped " + file.get("path").asString() + ": outside " + root);
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.get("content").asString(), StandardCharsets.UTF_8);
            count++;
            if (!server.json()) {
                console.out().println("wrote " + root.relativize(target));
            }
        }
        if (server.json()) {
            console.out()
                    .println(
                            StrataServer.JSON.writeValueAsString(Map.of("files", count, "directory", root.toString())));
        }
        return ExitCode.OK;
    }
}
