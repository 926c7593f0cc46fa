package dev.strata.backstage;

import dev.strata.ingest.LandscapeFile;
import java.util.List;

/**
 * Which catalog to import: files a request carries (read from {@code roots}, or all of them like a folder), or the
 * running Backstage of the configuration.
 */
public record CatalogRequest(List<LandscapeFile> files, List<String> roots, boolean fromBackstage) {

    public static CatalogRequest ofFiles(List<LandscapeFile> files, List<String> roots) {
        return new CatalogRequest(files, roots, false);
    }

    public static CatalogRequest fromRunningBackstage() {
        return new CatalogRequest(List.of(), List.of(), true);
    }
}
