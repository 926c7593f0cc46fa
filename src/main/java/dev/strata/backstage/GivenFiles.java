package dev.strata.backstage;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The files a request carries, by normalized path: a catalog with no file system behind it. */
final class GivenFiles implements CatalogSource {

    private final Map<String, String> files = new TreeMap<>();

    GivenFiles(Map<String, String> files) {
        files.forEach((path, content) -> this.files.put(CatalogPaths.normalize(path), content));
    }

    @Override
    public List<String> filesUnder(String root) {
        String normalized = CatalogPaths.normalize(root);
        if (files.containsKey(normalized)) {
            return List.of(normalized);
        }
        if (normalized.isEmpty() || normalized.equals(".")) {
            return files.keySet().stream().filter(CatalogPaths::isYaml).toList();
        }
        return files.keySet().stream()
                .filter(p -> p.startsWith(normalized + "/"))
                .filter(CatalogPaths::isYaml)
                .toList();
    }

    @Override
    public Optional<String> read(String path) {
        return Optional.ofNullable(files.get(CatalogPaths.normalize(path)));
    }

    @Override
    public List<String> glob(String pattern) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + CatalogPaths.normalize(pattern));
        return files.keySet().stream()
                .filter(p -> !CatalogPaths.isUrl(p) && matcher.matches(Path.of(p)))
                .toList();
    }
}
