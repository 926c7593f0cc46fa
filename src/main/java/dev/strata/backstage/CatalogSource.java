package dev.strata.backstage;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Where catalog files come from: the files a request carries ({@link #of(java.util.Map)}) or a directory on disk
 * (the CLI). Paths are relative, with {@code /}; a URL (e.g. a Location target fetched by the CLI) is a path too.
 */
public interface CatalogSource {

    /**
     * The files a root stands for: the file itself, or the {@code *.yaml}/{@code *.yml} files below a directory
     * ({@code ""} or {@code .}: all of them), sorted; empty when there is no such file or directory.
     */
    List<String> filesUnder(String root) throws IOException;

    /** The file's text, empty when there is no such file. */
    Optional<String> read(String path) throws IOException;

    /** The files matching a glob pattern ({@code components/*.yaml}, {@code **}{@code /catalog-info.yaml}), sorted. */
    List<String> glob(String pattern) throws IOException;

    /** The files of a request, by path. */
    static CatalogSource of(java.util.Map<String, String> files) {
        return new GivenFiles(files);
    }
}
