package dev.strata.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
        Path root = Path.of(out).toAbsolutePath().normalize();
        // The server streams a zip archive as it renders the files: neither side holds the landscape's text whole.
        int count = StrataServer.of(server, console).download("/api/landscape/export", body -> writeAll(body, root));
        if (server.json()) {
            console.out()
                    .println(
                            StrataServer.JSON.writeValueAsString(Map.of("files", count, "directory", root.toString())));
        }
        return ExitCode.OK;
    }

    private int writeAll(InputStream body, Path root) throws IOException {
        int count = 0;
        ZipInputStream zip = new ZipInputStream(body, StandardCharsets.UTF_8);
        try {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (write(zip, entry, root)) {
                    count++;
                }
            }
        } catch (IOException e) {
            throw new IOException(
                    "the export stopped after " + count + " files (" + e.getMessage() + "); the files written are"
                            + " whole, the others missing: run export again (the server's log says why it stopped)",
                    e);
        }
        return count;
    }

    private boolean write(ZipInputStream zip, ZipEntry entry, Path root) throws IOException {
        Path target = root.resolve(entry.getName()).normalize();
        if (!target.startsWith(root) || entry.isDirectory()) {
            console.err().println("strata: skipped " + entry.getName() + ": outside " + root);
            return false;
        }
        Files.createDirectories(target.getParent());
        // Written beside its place and then moved there, so an export cut off half way leaves no half file.
        Path partial = Files.createTempFile(target.getParent(), ".strata-export-", ".part");
        try {
            Files.copy(zip, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        if (!server.json()) {
            console.out().println("wrote " + root.relativize(target));
        }
        return true;
    }
}
