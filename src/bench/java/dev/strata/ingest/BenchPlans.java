package dev.strata.ingest;

import dev.strata.analytics.load.CognitiveLoadModel;
import dev.strata.model.Landscape;
import dev.strata.plan.LandscapePolicy;
import dev.strata.scorecard.ScorecardRulesFile;
import dev.strata.store.BenchDiffs;
import dev.strata.store.ChangeProgress;
import dev.strata.store.LandscapeReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.data.neo4j.core.Neo4jClient;

/** The benchmark's door to plan and export, as the application runs them, without a Spring context. */
public final class BenchPlans {

    private BenchPlans() {}

    /**
     * {@code strata plan} of the files against the graph (no prune, no policy): reads, diffs, measures impact. With
     * {@code database} the graph is read through its kernel, as the application does with the embedded database;
     * without, over Bolt, as with an external Neo4j.
     */
    public static LandscapeOutcome plan(
            Driver driver, @Nullable GraphDatabaseService database, List<LandscapeFile> files) {
        // No parse cache and no kept landscape: every plan parses every file and reads the whole graph.
        return new LandscapeService(
                        BenchDiffs.currentLandscape(driver, database),
                        new LandscapeReader(Neo4jClient.create(driver)),
                        null,
                        null,
                        CognitiveLoadModel.defaults(),
                        ScorecardRulesFile.shipped(),
                        new ParsedFileCache(0))
                .plan(files, false, LandscapePolicy.NONE);
    }

    /**
     * {@code strata export}: the graph as landscape files, read as {@link #plan} reads it and streamed as the server
     * streams it to the CLI; each file is kept only as its digest, size and number of documents.
     */
    public static List<ExportedFile> export(Driver driver, @Nullable GraphDatabaseService database) {
        Landscape landscape = BenchDiffs.currentLandscape(driver, database)
                .read(ChangeProgress.NONE)
                .landscape();
        List<ExportedFile> files = new ArrayList<>();
        try {
            LandscapeExport.write(landscape, new LandscapeExport.ExportSink() {
                private String path = "";
                private MessageDigest digest = sha256();
                private long bytes;
                private long documents;

                @Override
                public void startFile(String path) {
                    this.path = path;
                    digest = sha256();
                    bytes = 0;
                    documents = 0;
                }

                @Override
                public void write(String text) {
                    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                    digest.update(utf8);
                    bytes += utf8.length;
                    documents += DOCUMENT_START.matcher(text).results().count();
                }

                @Override
                public void endFile() {
                    files.add(new ExportedFile(path, HexFormat.of().formatHex(digest.digest()), bytes, documents));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** An exported file as the benchmark keeps it: its path, the SHA-256 of its text, its bytes and documents. */
    public record ExportedFile(String path, String sha256, long bytes, long documents) {}

    private static final Pattern DOCUMENT_START = Pattern.compile("(?m)^apiVersion: ");

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
