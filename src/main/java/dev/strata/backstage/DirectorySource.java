package dev.strata.backstage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Catalog files on disk, with paths relative to a base directory (what problems show and {@code sourceFile}
 * records). Hidden directories ({@code .git}, {@code .github}) and {@code node_modules} are not searched.
 */
public final class DirectorySource implements CatalogSource {

    private final Path base;

    public DirectorySource(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    @Override
    public List<String> filesUnder(String root) throws IOException {
        Path path = resolve(root);
        if (path == null) {
            return List.of();
        }
        if (Files.isRegularFile(path)) {
            return List.of(relative(path));
        }
        if (!Files.isDirectory(path)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !skipped(path, p))
                    .map(this::relative)
                    .filter(CatalogPaths::isYaml)
                    .sorted()
                    .toList();
        }
    }

    @Override
    public Optional<String> read(String path) throws IOException {
        Path file = resolve(path);
        return file != null && Files.isRegularFile(file)
                ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                : Optional.empty();
    }

    @Override
    public List<String> glob(String pattern) throws IOException {
        String normalized = CatalogPaths.normalize(pattern);
        List<String> parts = List.of(normalized.split("/"));
        List<String> fixed = new ArrayList<>();
        for (String part : parts) {
            if (CatalogPaths.isGlob(part)) {
                break;
            }
            fixed.add(part);
        }
        Path start = resolve(String.join("/", fixed));
        if (start == null || !Files.isDirectory(start)) {
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + normalized);
        try (Stream<Path> walk = Files.walk(start)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !skipped(start, p))
                    .map(this::relative)
                    .filter(p -> matcher.matches(Path.of(p)))
                    .sorted()
                    .toList();
        }
    }

    private Path resolve(String path) {
        if (CatalogPaths.isUrl(path)) {
            return null;
        }
        try {
            return base.resolve(path).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private String relative(Path path) {
        return CatalogPaths.normalize(
                base.relativize(path.toAbsolutePath().normalize()).toString());
    }

    private static boolean skipped(Path root, Path file) {
        Path inside = root.relativize(file);
        for (Path part : inside) {
            String name = part.toString();
            if (name.startsWith(".") || name.equals("node_modules")) {
                return true;
            }
        }
        return false;
    }
}
