package dev.strata.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * How a command reads a Backstage catalog: from the paths as they are ({@code --backstage}: a folder, Location files
 * followed through relative paths and globs, descriptors, native documents beside them), or from a running
 * Backstage's catalog REST API ({@code --backstage-url}).
 */
final class BackstageOptions {

    @Option(
            names = "--backstage",
            description = "the paths are a Backstage catalog as it is: a folder, Location"
                    + " files (their targets are followed) or descriptors; native Strata documents may sit beside them")
    boolean backstage;

    @Option(
            names = "--backstage-url",
            paramLabel = "<url>",
            description = "read the catalog from a running"
                    + " Backstage's REST API instead of paths, e.g. https://backstage.example.com")
    @Nullable
    String url;

    @Option(
            names = "--backstage-token",
            paramLabel = "<token>",
            description = "bearer token for --backstage-url (env STRATA_BACKSTAGE_TOKEN)")
    @Nullable
    String token;

    @Option(names = "--follow-urls", description = "with --backstage: also fetch Location targets that are URLs")
    boolean followUrls;

    @Option(
            names = "--list-documents",
            description = "with --backstage or --backstage-url: print what became of every document")
    boolean listDocuments;

    boolean enabled() {
        return backstage || url != null;
    }

    @Nullable
    String token(Console console) {
        return token != null ? token : console.env().get("STRATA_BACKSTAGE_TOKEN");
    }
}
