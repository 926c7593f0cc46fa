package dev.strata.cli;

import dev.strata.backstage.BackstageClient;
import dev.strata.backstage.BackstageImport;
import dev.strata.backstage.CatalogMapping;
import dev.strata.backstage.CatalogReader;
import dev.strata.backstage.CatalogSource;
import dev.strata.backstage.DirectorySource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Backstage catalog read on this machine: the files read (every descriptor, Location target and fetched URL, by
 * the path problems show), the roots reading started from, and the import mapped from them. The same files and
 * roots go to the server, which reads and maps them the same way and checks them against its graph.
 */
record BackstageCatalogInput(Map<String, String> files, List<String> roots, BackstageImport imported) {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    static BackstageCatalogInput read(LandscapePaths landscape, BackstageOptions options, Console console)
            throws IOException, InterruptedException {
        List<String> paths = landscape.paths;
        if (options.url != null) {
            if (!paths.isEmpty()) {
                throw new picocli.CommandLine.ParameterException(
                        landscape.command.commandLine(), "give either paths or --backstage-url, not both");
            }
            Map<String, String> pages =
                    new BackstageClient(options.url, options.token(console), 200, TIMEOUT).fetchAll();
            List<String> roots = List.copyOf(pages.keySet());
            return new BackstageCatalogInput(
                    pages, roots, CatalogMapping.map(CatalogReader.read(CatalogSource.of(pages), roots, null)));
        }
        landscape.required();
        // Paths relative to the folder the given paths share (a folder given alone: that folder), so a catalog records
        // the same sourceFile whether given as its folder or as its Location files, and from any working directory;
        // roots are named as the source names what it reads, which is how the server finds them among the files.
        Path base = sharedFolder(paths);
        List<String> roots = paths.stream().map(path -> relative(base, path)).toList();
        Recording source = new Recording(new DirectorySource(base));
        CatalogReader.Read read =
                CatalogReader.read(source, roots, options.followUrls ? BackstageCatalogInput::fetch : null);
        Map<String, String> files = new LinkedHashMap<>(source.read);
        files.putAll(read.fetched());
        return new BackstageCatalogInput(files, roots, CatalogMapping.map(read));
    }

    private static Path sharedFolder(List<String> paths) {
        Path shared = null;
        for (String given : paths) {
            Path path = Path.of(given).toAbsolutePath().normalize();
            Path folder = Files.isDirectory(path) || path.getParent() == null ? path : path.getParent();
            if (shared == null) {
                shared = folder;
            } else {
                while (!folder.startsWith(shared)) {
                    shared = shared.getParent();
                }
            }
        }
        return shared == null ? Path.of("").toAbsolutePath() : shared;
    }

    private static String relative(Path base, String path) {
        return base.relativize(Path.of(path).toAbsolutePath().normalize())
                .toString()
                .replace('\\', '/');
    }

    /** The catalog as the GraphQL input {@code BackstageCatalogInput} expects it. */
    Map<String, Object> asInput() {
        List<Map<String, String>> list = new ArrayList<>();
        files.forEach((path, content) -> list.add(Map.of("path", path, "content", content)));
        return Map.of("files", list, "roots", roots);
    }

    /** A Location target that is a URL, fetched as it is (use raw URLs, e.g. raw.githubusercontent.com). */
    private static Optional<String> fetch(String url) throws IOException {
        try (HttpClient client = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(TIMEOUT)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() / 100 == 2 ? Optional.of(response.body()) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + url, e);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Remembers every file read, to send exactly those to the server. */
    private static final class Recording implements CatalogSource {
        private final CatalogSource source;
        private final Map<String, String> read = new LinkedHashMap<>();

        Recording(CatalogSource source) {
            this.source = source;
        }

        @Override
        public List<String> filesUnder(String root) throws IOException {
            return source.filesUnder(root);
        }

        @Override
        public Optional<String> read(String path) throws IOException {
            Optional<String> content = source.read(path);
            content.ifPresent(text -> read.put(path, text));
            return content;
        }

        @Override
        public List<String> glob(String pattern) throws IOException {
            return source.glob(pattern);
        }
    }
}
