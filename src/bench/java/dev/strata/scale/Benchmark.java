package dev.strata.scale;

import com.sun.management.OperatingSystemMXBean;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.NodeRef;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Loads a generated landscape into a fresh in-process Neo4j (Bolt only) and measures, on that one database, every
 * analytic of the application (the snapshot's load and update, each engine, export, plan, and with
 * {@code --graphql} the API over HTTP) against its reference, checking that both answer the same and reporting the
 * targets of issue 19. Prints a Markdown table and writes it, with the machine description, to
 * {@code <results>/<scale>-<timestamp>.md}. Exits 1 when an engine answers differently from its reference or is
 * slower than it. Not a test; see src/docs/scale.md.
 *
 * <pre>
 * mvn -Pbench package -Dbench.args="M --graphql"
 * mvn -Pbench package -Dbench.args="S --write-yaml=target/landscape-S --no-baseline"
 * </pre>
 */
public final class Benchmark {

    /**
     * @param graphQl   also start the application against the loaded database and time blast radius through HTTP
     * @param writeYaml when set, the generated landscape is also written there as files of the native landscape
     *                  format ({@link LandscapeFiles}) before the measurements
     */
    public record Options(
            Scale scale,
            long seed,
            int runs,
            int cypherRuns,
            Duration cypherTimeout,
            Path results,
            boolean baseline,
            boolean graphQl,
            int hubs,
            @Nullable Path writeYaml) {

        public Options(
                Scale scale,
                long seed,
                int runs,
                int cypherRuns,
                Duration cypherTimeout,
                Path results,
                boolean baseline,
                boolean graphQl,
                int hubs) {
            this(scale, seed, runs, cypherRuns, cypherTimeout, results, baseline, graphQl, hubs, null);
        }

        public static Options defaults(Scale scale) {
            return new Options(
                    scale, 42, 20, 3, Duration.ofSeconds(120), Path.of("src/bench/results"), true, false, 10);
        }

        static Options parse(String[] args) {
            if (args.length == 0) {
                throw new IllegalArgumentException("usage: Benchmark S|M|L [--seed=42] [--runs=20] [--cypher-runs=3] "
                        + "[--cypher-timeout=120] [--results=src/bench/results] [--no-baseline] [--graphql] "
                        + "[--hubs=10] [--write-yaml=<directory>]");
            }
            Options d = defaults(Scale.valueOf(args[0].toUpperCase(Locale.ROOT)));
            long seed = d.seed;
            int runs = d.runs;
            int cypherRuns = d.cypherRuns;
            Duration cypherTimeout = d.cypherTimeout;
            Path results = d.results;
            boolean baseline = d.baseline;
            boolean graphQl = d.graphQl;
            int hubs = d.hubs;
            Path writeYaml = d.writeYaml;
            for (int i = 1; i < args.length; i++) {
                String[] kv = args[i].split("=", 2);
                String value = kv.length > 1 ? kv[1] : "";
                switch (kv[0]) {
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--runs" -> runs = Integer.parseInt(value);
                    case "--cypher-runs" -> cypherRuns = Integer.parseInt(value);
                    case "--cypher-timeout" -> cypherTimeout = Duration.ofSeconds(Long.parseLong(value));
                    case "--results" -> results = Path.of(value);
                    case "--no-baseline" -> baseline = false;
                    case "--graphql" -> graphQl = true;
                    case "--hubs" -> hubs = Integer.parseInt(value);
                    case "--write-yaml" -> {
                        if (value.isBlank()) {
                            throw new IllegalArgumentException("--write-yaml needs a directory: --write-yaml=<dir>");
                        }
                        writeYaml = Path.of(value);
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(
                    d.scale, seed, runs, cypherRuns, cypherTimeout, results, baseline, graphQl, hubs, writeYaml);
        }
    }

    /** The report and the file it was written to. */
    public record Outcome(BenchmarkReport report, Path file) {}

    private final Options options;
    private final BenchmarkReport report;

    private Benchmark(Options options) {
        this.options = options;
        this.report =
                new BenchmarkReport("Strata benchmark, scale " + options.scale() + " (seed " + options.seed() + ")");
    }

    /**
     * Runs the benchmark; exits 1 when an engine answered differently from its reference or was slower than it
     * (targets missed on a shared machine are reported, not failed).
     */
    public static void main(String[] args) {
        Outcome outcome = run(Options.parse(args));
        System.out.println(outcome.report().markdown());
        System.out.println("written to " + outcome.file().toAbsolutePath());
        if (!outcome.report().allEqual()) {
            System.out.println("FAILED: an engine answered differently from its reference");
        }
        if (!outcome.report().noneSlower()) {
            System.out.println("FAILED: an engine was slower than its reference");
        }
        System.exit(outcome.report().allEqual() && outcome.report().noneSlower() ? 0 : 1);
    }

    public static Outcome run(Options options) {
        return new Benchmark(options).run();
    }

    private Outcome run() {
        describeMachine();
        long start = System.nanoTime();
        SyntheticLandscape landscape = LandscapeGenerator.generate(options.scale(), options.seed());
        report.note("generated %s in %s ms".formatted(landscape, BenchmarkReport.ms(Timings.since(start))));
        if (options.writeYaml() != null) {
            long writeStart = System.nanoTime();
            int files = LandscapeFiles.write(landscape, options.writeYaml()).size();
            report.note("wrote the landscape as %,d files of the native format to %s in %s ms"
                    .formatted(
                            files,
                            options.writeYaml().toAbsolutePath(),
                            BenchmarkReport.ms(Timings.since(writeStart))));
        }

        BulkLoader.LoadStats baseline = null;
        if (options.baseline()) {
            try (BenchmarkDatabase db = BenchmarkDatabase.start()) {
                baseline = new BulkLoader(db.driver()).mergeBaseline(landscape);
                check(db.driver(), landscape);
            }
        }
        try (BenchmarkDatabase db = BenchmarkDatabase.start()) {
            Measurements measurements = new Measurements(options, report, db);
            report.machine(neo4jVersion(db.driver()) + " in-process (neo4j-harness), Bolt on loopback");
            BulkLoader.LoadStats fast = new BulkLoader(db.driver()).load(landscape);
            check(db.driver(), landscape);
            bulkLoad(fast, baseline);

            SnapshotRows snapshots = new SnapshotRows(measurements);
            LandscapeSnapshot snapshot = snapshots.load();
            if (Boolean.getBoolean("bench.productsOnly")) {
                // -Djvm.flags=-Dbench.productsOnly=true: only the rows of issue #14, for a quick look at them
                new ProductRows(measurements, snapshot).all();
                return finish();
            }
            EngineRows engines = new EngineRows(measurements, snapshot);
            List<NodeRef> hubs = engines.hubs();
            engines.all(hubs);
            new RiskRows(measurements, snapshot).all();
            new ProductRows(measurements, snapshot).all();
            snapshots.updates(snapshot, landscape);
            ApplicationRows application = new ApplicationRows(measurements);
            application.export();
            application.plan(landscape);
            if (options.graphQl()) {
                application.graphQl(
                        snapshot,
                        hubs,
                        landscape
                                .capabilities()
                                .get(landscape.capabilities().size() / 3)
                                .key());
            }
        }
        return finish();
    }

    private Outcome finish() {
        report.machine("system load average at the end: %.1f"
                .formatted(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        String stamp = LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path file = report.write(options.results().resolve(options.scale() + "-" + stamp + ".md"));
        return new Outcome(report, file);
    }

    private void bulkLoad(BulkLoader.LoadStats fast, BulkLoader.@Nullable LoadStats baseline) {
        String note = "%,d nodes + %,d relationships; fast path %,.0f nodes/s, %,.0f relationships/s (%s)"
                .formatted(
                        fast.nodes(),
                        fast.relationships(),
                        fast.nodesPerSecond(),
                        fast.relationshipsPerSecond(),
                        fast.method());
        if (baseline != null) {
            note += "; baseline %,.0f elements/s (%s)".formatted(baseline.elementsPerSecond(), baseline.method());
        }
        report.add(new BenchmarkReport.Row(
                "bulk load (whole landscape)", Timings.of(fast.time().toNanos() / 1e6), null, "counts checked", note));
    }

    /** The loaded database holds exactly the generated nodes and relationships. */
    private static void check(Driver driver, SyntheticLandscape landscape) {
        try (Session session = driver.session()) {
            Record counts = session.run("""
                    MATCH (n) WHERE NOT n:StrataMeta
                    RETURN count(n) AS nodes, COUNT { ()-[]->() } AS relationships
                    """).single();
            if (counts.get("nodes").asLong() != landscape.nodeCount()
                    || counts.get("relationships").asLong() != landscape.relationshipCount()) {
                throw new IllegalStateException("loaded " + counts.get("nodes") + " nodes and "
                        + counts.get("relationships") + " relationships, generated " + landscape.nodeCount()
                        + " and " + landscape.relationshipCount());
            }
        }
    }

    private static String neo4jVersion(Driver driver) {
        try (Session session = driver.session()) {
            Record r = session.run("CALL dbms.components() YIELD name, versions, edition "
                            + "RETURN name + ' ' + versions[0] + ' ' + edition")
                    .list()
                    .getFirst();
            return r.get(0).asString();
        }
    }

    private void describeMachine() {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        report.machine("date (UTC): " + LocalDateTime.now(ZoneOffset.UTC).withNano(0));
        report.machine("machine: %d cores, %.1f GiB memory, %s %s"
                .formatted(
                        Runtime.getRuntime().availableProcessors(),
                        os.getTotalMemorySize() / (double) (1L << 30),
                        System.getProperty("os.name"),
                        System.getProperty("os.arch")));
        report.machine("system load average at start: %.1f (other processes share the cores)"
                .formatted(os.getSystemLoadAverage()));
        report.machine("JDK: %s %s, max heap %.1f GiB"
                .formatted(
                        System.getProperty("java.vm.vendor"),
                        Runtime.version(),
                        Runtime.getRuntime().maxMemory() / (double) (1L << 30)));
        report.machine(("options: runs %d, reference runs %d (one run when slower than %.0f s), reference timeout %d "
                        + "s, seed %d")
                .formatted(
                        options.runs(),
                        options.cypherRuns(),
                        Measurements.SLOW_MS / 1000,
                        options.cypherTimeout().toSeconds(),
                        options.seed()));
    }
}
