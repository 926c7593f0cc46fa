package dev.strata.cli;

import dev.strata.ingest.LandscapeFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The landscape files a command reads: YAML files and directories (or a Backstage catalog, see {@link BackstageOptions}). */
final class LandscapePaths {

    @Parameters(
            arity = "0..*",
            paramLabel = "<paths>",
            description = "YAML files or directories (searched for *.yaml and *.yml)")
    List<String> paths = new ArrayList<>();

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The native landscape files of the paths (optional on the command line only for --backstage-url). */
    List<LandscapeFile> read() throws IOException {
        return files(required());
    }

    /** The paths; none is a usage error, as a missing parameter is. */
    List<String> required() {
        if (paths.isEmpty()) {
            throw new ParameterException(command.commandLine(), "Missing required parameter: '<paths>'");
        }
        return paths;
    }

    /** The files as the GraphQL input {@code LandscapeFileInput} expects them. */
    static List<Map<String, String>> asInput(List<LandscapeFile> files) {
        return files.stream()
                .map(f -> Map.of("path", f.path(), "content", f.content()))
                .toList();
    }

    /** The conventional name of the scorecard rules file kept beside the landscape (strata.scorecards.file). */
    static final String SCORECARDS_FILE = "strata-scorecards.yaml";

    /**
     * The YAML files of the given paths: files as given, directories searched (skipping {@link #SCORECARDS_FILE}),
     * paths relative to the directory.
     */
    static List<LandscapeFile> files(List<String> paths) throws IOException {
        List<LandscapeFile> files = new ArrayList<>();
        for (String given : paths) {
            Path path = Path.of(given);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path file : walk.filter(Files::isRegularFile)
                            .filter(p -> p.toString().endsWith(".yaml")
                                    || p.toString().endsWith(".yml"))
                            // the scorecard rules kept beside the landscape are server configuration, not documents
                            .filter(p -> !p.getFileName().toString().equals(SCORECARDS_FILE))
                            .sorted()
                            .toList()) {
                        files.add(new LandscapeFile(
                                path.relativize(file).toString().replace('\\', '/'),
                                Files.readString(file, StandardCharsets.UTF_8)));
                    }
                }
            } else if (Files.isRegularFile(path)) {
                files.add(new LandscapeFile(
                        path.normalize().toString().replace('\\', '/'),
                        Files.readString(path, StandardCharsets.UTF_8)));
            } else {
                throw new IOException("no such file or directory: " + given);
            }
        }
        return files;
    }
}
