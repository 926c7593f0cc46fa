package dev.strata.cli;

import dev.strata.ingest.BackstageCatalog;
import dev.strata.ingest.LandscapeFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The landscape files a command reads: YAML files and directories, optionally a Backstage catalog to convert. */
final class LandscapePaths {

    @Parameters(arity = "1..*", paramLabel = "<paths>",
            description = "YAML files or directories (searched for *.yaml and *.yml)")
    List<String> paths = new ArrayList<>();

    @Option(names = "--backstage", description = "the paths are Backstage catalog-info.yaml files: import them")
    boolean backstage;

    /** The files of the paths; Backstage descriptors converted, every unmapped reference reported on stderr. */
    List<LandscapeFile> read(Console console) throws IOException {
        return prepared(files(paths), "", console);
    }

    /**
     * Files as read, or converted from Backstage descriptors when {@code --backstage} is given: problems on stderr,
     * named with {@code label} in front (a base's), and references the catalog cannot map (only for the files planned,
     * not for a base, which would repeat them).
     */
    List<LandscapeFile> prepared(List<LandscapeFile> files, String label, Console console) throws IOException {
        if (!backstage) {
            return files;
        }
        BackstageCatalog.Conversion conversion = BackstageCatalog.convert(files);
        conversion.problems().forEach(problem -> console.err().println(label + problem));
        if (label.isEmpty()) {
            conversion.unresolved().forEach(line -> console.err().println("unresolved: " + line));
        }
        if (!conversion.problems().isEmpty()) {
            throw new IOException(conversion.problems().size() + " problems in the Backstage catalog"
                    + (label.isEmpty() ? "" : " " + label));
        }
        return conversion.files();
    }

    /** The files as the GraphQL input {@code LandscapeFileInput} expects them. */
    static List<Map<String, String>> asInput(List<LandscapeFile> files) {
        return files.stream().map(f -> Map.of("path", f.path(), "content", f.content())).toList();
    }

    /** The YAML files of the given paths: files as given, directories searched, paths relative to the directory. */
    static List<LandscapeFile> files(List<String> paths) throws IOException {
        List<LandscapeFile> files = new ArrayList<>();
        for (String given : paths) {
            Path path = Path.of(given);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path file : walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".yaml")
                            || p.toString().endsWith(".yml")).sorted().toList()) {
                        files.add(new LandscapeFile(path.relativize(file).toString().replace('\\', '/'),
                                Files.readString(file, StandardCharsets.UTF_8)));
                    }
                }
            } else if (Files.isRegularFile(path)) {
                files.add(new LandscapeFile(path.normalize().toString().replace('\\', '/'),
                        Files.readString(path, StandardCharsets.UTF_8)));
            } else {
                throw new IOException("no such file or directory: " + given);
            }
        }
        return files;
    }
}
