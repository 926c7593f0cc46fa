package dev.strata.scale;

import dev.strata.StrataApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.driver.Session;
import org.neo4j.kernel.impl.transaction.log.checkpoint.CheckPointer;
import org.neo4j.kernel.impl.transaction.log.checkpoint.SimpleTriggerInfo;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 13's scale rows: the whole application against the loaded database records {@code changes} one-node changes
 * (GraphQL {@code updateCapability}, each a version with its change record, a checkpoint every 2,000 versions written in the background); then
 * an {@code asOf} analytics query on versions that need the longest replays (cold: each a version no cache holds), a
 * current-time query before and after the history, and the store size before and after.
 */
final class HistoryRows {

    private static final String TOKEN = BenchHttp.TOKEN;

    private static final String UPDATE = """
            mutation($key: ID!, $text: String!) {
              updateCapability(input: {key: $key, description: $text}) { errors { message } }
            }""";

    private static final String VIOLATIONS_NOW = "{ layerViolations { violations { fromCapability toCapability } } }";

    private final Measurements m;

    HistoryRows(Measurements m) {
        this.m = m;
    }

    void all(int changes, SyntheticLandscape landscape) {
        checkpointStore();
        long storeBefore = storeBytes();
        // Settings as arguments (they outrank application.yml's server.port 8080); the token as a default property
        // (the application refuses tokens on the command line).
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(StrataApplication.class)
                .properties(Map.of("strata.security.bootstrap-admin-token", TOKEN))
                .run(
                        "--spring.neo4j.uri=" + m.database.server().boltURI(),
                        "--strata.demo.enabled=false",
                        "--strata.graphql.request-timeout=600s",
                        "--strata.analytics.timeout=600s",
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--spring.main.banner-mode=off")) {
            String port = app.getEnvironment().getProperty("local.server.port");
            URI endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
            HttpClient http = HttpClient.newHttpClient();
            int runs = Math.min(m.options.runs(), 10);
            long waited = m.awaitHistoryStart();
            if (!m.historyStarted()) {
                throw new IllegalStateException("the application's history start failed after " + waited
                        + " ms (its log says why): these rows measure history");
            }
            m.report.note("history began with a checkpoint of the bulk-loaded landscape, taken in the background at"
                    + " start: ready %,d ms after the application".formatted(waited));
            Timings before = Timings.measure(2, runs, () -> BenchHttp.post(http, endpoint, VIOLATIONS_NOW, "{}"));
            String currentAnswer = BenchHttp.post(http, endpoint, VIOLATIONS_NOW, "{}");

            List<String> errors = new ArrayList<>();
            int failed = 0;
            double[] perChange = new double[changes];
            List<SyntheticLandscape.Capability> capabilities = landscape.capabilities();
            for (int i = 0; i < changes; i++) {
                String key = capabilities.get((i * 7919) % capabilities.size()).key();
                long start = System.nanoTime();
                String answer = BenchHttp.post(
                        http,
                        endpoint,
                        UPDATE,
                        "{\"key\":\"" + key + "\",\"text\":\"history benchmark change " + i + "\"}");
                perChange[i] = (System.nanoTime() - start) / 1e6;
                if (!answer.contains("\"errors\":[]")) {
                    failed++;
                    if (errors.size() < 3) {
                        errors.add(answer.length() > 300 ? answer.substring(0, 300) : answer);
                    }
                }
                if (i % 1000 == 999) {
                    System.out.println("history benchmark: " + (i + 1) + " changes recorded");
                }
            }
            m.report.add(new BenchmarkReport.Row(
                    "history: %,d one-node changes recorded (updateCapability over HTTP, each a version)"
                            .formatted(changes),
                    Timings.of(perChange),
                    null,
                    errors.isEmpty()
                            ? "every change answered without errors"
                            : "ERRORS in %,d of %,d changes, the first: %s".formatted(failed, changes, errors),
                    "per change; checkpoints of edits are built in the background (store/DeferredCheckpoints)"));

            // The background checkpoint an edit asked for last may still be written: let it finish, so that the
            // asOf timings below measure asOf, not the two beside each other.
            long settled = awaitCheckpoints();
            m.report.note(
                    "the background checkpoint after the last change was written %,d ms after it".formatted(settled));
            long head = count("MATCH (c:LandscapeChange) RETURN max(c.version)");
            long checkpoints = count("MATCH (c:LandscapeCheckpoint) RETURN count(c)");
            long historyBytes = count("MATCH (k:LandscapeChunk) RETURN sum(size(k.data))");
            // The versions that replay most: just before each next checkpoint (the newest: the newest version but one),
            // newest first, so that no landscape kept from an earlier request shortens the replay (each is cold).
            List<Long> versions = new ArrayList<>();
            try (Session session = m.driver().session()) {
                List<Long> checkpointVersions = session.run(
                                "MATCH (c:LandscapeCheckpoint) RETURN c.version AS v ORDER BY v DESC")
                        .list(r -> r.get("v").asLong());
                long next = head;
                for (long checkpoint : checkpointVersions) {
                    if (next - 1 > checkpoint && versions.size() < runs) {
                        versions.add(next - 1);
                    }
                    next = checkpoint;
                }
            }
            if (versions.isEmpty()) {
                versions.add(Math.max(1, head - 1));
            }
            List<String> differences = new ArrayList<>();
            double[] asOf = new double[versions.size()];
            for (int i = 0; i < versions.size(); i++) {
                long start = System.nanoTime();
                String answer = BenchHttp.post(
                        http,
                        endpoint,
                        "query($v: Int!) { layerViolations(asOf: {version: $v}) {"
                                + " violations { fromCapability toCapability } } }",
                        "{\"v\":" + versions.get(i) + "}");
                asOf[i] = (System.nanoTime() - start) / 1e6;
                // Descriptions do not move layer violations: every version answers what the current one does.
                if (!answer.equals(currentAnswer) && differences.size() < 2) {
                    differences.add("version " + versions.get(i) + ": "
                            + (answer.length() > 200 ? answer.substring(0, 200) : answer));
                }
            }
            m.report.add(new BenchmarkReport.Row(
                    "asOf: layerViolations at a past version after %,d changes (cold, longest replays)"
                            .formatted(changes),
                    Timings.of(asOf),
                    null,
                    differences.isEmpty()
                            ? "every version answers the current violations (descriptions do not move them)"
                            : "DIFFERENT: " + differences,
                    "versions " + versions + " of " + head + "; " + checkpoints
                            + " checkpoints; each rebuilds the landscape (checkpoint + replay) and its snapshot",
                    m.target("p95", 2000, Double.NaN)));

            Timings after = Timings.measure(2, runs, () -> BenchHttp.post(http, endpoint, VIOLATIONS_NOW, "{}"));
            m.report.add(new BenchmarkReport.Row(
                    "current-time query before / after %,d recorded changes".formatted(changes),
                    after,
                    before,
                    "same code path (no asOf)",
                    "layerViolations over HTTP; 'engine' column after, 'reference' column before the history"));
            checkpointStore();
            long storeAfter = storeBytes();
            m.report.add(new BenchmarkReport.Row(
                    "history storage after %,d changes".formatted(changes),
                    Timings.of(0),
                    null,
                    "store %,d -> %,d bytes (x%.2f)"
                            .formatted(storeBefore, storeAfter, storeAfter / (double) Math.max(1, storeBefore)),
                    "gzipped history payloads %,d bytes in %d checkpoints and %,d change records; store = database"
                                    .formatted(historyBytes, checkpoints, head)
                            + " store files after a Neo4j checkpoint, transaction logs excluded"));
        }
    }

    /**
     * Waits until no checkpoint is due (the newest version is less than the default interval of 2,000 after the
     * newest checkpoint, or a checkpoint written by {@code store.DeferredCheckpoints} is newer); the wait in ms.
     */
    private long awaitCheckpoints() {
        return m.awaitUntil(
                () -> count("MATCH (h:StrataMeta {key: 'landscape-head'}) RETURN h.version - h.historyCheckpoint")
                        < 2000,
                600,
                "the due history checkpoint was not written within 10 minutes");
    }

    /** Flushes the store files (a Neo4j checkpoint), so that their size on disk is what they hold. */
    private void checkpointStore() {
        GraphDatabaseAPI db = (GraphDatabaseAPI) m.database.server().defaultDatabaseService();
        try {
            db.getDependencyResolver()
                    .resolveDependency(CheckPointer.class)
                    .forceCheckPoint(new SimpleTriggerInfo("history benchmark"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long count(String query) {
        try (Session session = m.driver().session()) {
            return session.run(query).single().get(0).asLong(0);
        }
    }

    /** Bytes of the database's store files (transaction logs left out: they are pruned by their own policy). */
    private long storeBytes() {
        try (Stream<Path> files = Files.walk(m.database.directory())) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("transactions"))
                    .filter(p -> !p.getFileName().toString().startsWith("neostore.transaction"))
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
