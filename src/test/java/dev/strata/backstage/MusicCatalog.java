package dev.strata.backstage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The test catalog {@code src/test/resources/backstage/music}: written for these tests in the shapes of Backstage's
 * example catalog (groups with users, an organisation, domains, systems, APIs, resources, components that provide,
 * consume and depend, subcomponents, namespaces, nested Locations, a URL target, an OpenAPI file, an MkDocs
 * configuration, a Helm template and a native layer beside the descriptors).
 */
final class MusicCatalog {

    static final Path DIRECTORY = Path.of("src/test/resources/backstage/music");

    private MusicCatalog() {}

    /** The whole folder, read as a folder. */
    static BackstageImport folder() {
        return map(List.of(""));
    }

    /** Read from the given roots of the folder. */
    static BackstageImport map(List<String> roots) {
        try {
            return CatalogMapping.map(CatalogReader.read(new DirectorySource(DIRECTORY), roots, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of the folder by relative path, as a request would carry them. */
    static Map<String, String> files() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(DIRECTORY)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                files.put(DIRECTORY.relativize(path).toString().replace('\\', '/'), Files.readString(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
