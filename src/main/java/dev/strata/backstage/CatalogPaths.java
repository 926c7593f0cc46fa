package dev.strata.backstage;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/** Path arithmetic of catalog files: relative paths with {@code /}, URLs, Location targets. */
final class CatalogPaths {

    private CatalogPaths() {}

    static boolean isUrl(String path) {
        return path.contains("://");
    }

    static boolean isGlob(String path) {
        return path.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    static boolean isYaml(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    /** {@code ./a/../b/c.yaml} as {@code b/c.yaml}; URLs as they are. */
    static String normalize(String path) {
        if (isUrl(path)) {
            return path;
        }
        String normalized =
                Path.of(path.replace('\\', '/')).normalize().toString().replace('\\', '/');
        return normalized.equals(".") ? "" : normalized;
    }

    /** A Location target relative to the Location's own file (a path or a URL). */
    static String resolve(String locationFile, String target) {
        String trimmed = target.trim();
        if (isUrl(trimmed)) {
            return trimmed;
        }
        if (isUrl(locationFile)) {
            return URI.create(locationFile).resolve(trimmed).toString();
        }
        if (trimmed.startsWith("/")) {
            return normalize(trimmed);
        }
        Path parent = Path.of(locationFile).getParent();
        return normalize(parent == null ? trimmed : parent.resolve(trimmed).toString());
    }
}
