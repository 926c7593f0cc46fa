package dev.strata.scale;

import com.sun.management.OperatingSystemMXBean;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.ingest.LandscapeFile;
import dev.strata.model.NodeRef;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
 * mvn -Pbench package -Dbench.args="L --no-baseline --only=updates,export,plan"
 * </pre>
 */
public final class Benchmark {

    /** Groups of rows {@code --only} can select, in the order they run. */
    public enum Rows {
        /** The snapshot's full load (always measured: every other row needs the snapshot). */
        SNAPSHOT,
        /** Blast radius, chains, violations, cycles, cognitive load and hotspots against their references. */
        ENGINES,
        /** Structural risks and adoption against their references. */
        RISKS,
        /** Platforms as products (issue 14): scorecards, load removed, collaboration, against their references. */
        PRODUCTS,
        /** The snapshot's update after writes. */
        UPDATES,
        /** Plan of a one-file change. */
        PLAN,
        /** {@code strata export} of the whole landscape. */
        EXPORT,
        /** GraphQL and MCP over HTTP (needs {@code --graphql}). */
        GRAPHQL
    }

    /**
     * @param graphQl   also start the application against the loaded database and time blast radius through HTTP
     * @param writeYaml when set, the generated landscape is also written there as files of the native landscape
     *                  format ({@link LandscapeFiles}) before the measurements
     * @param only      the groups of rows to run (all by default)
     * @param history   when above 0, only issue 13's history rows, with this many recorded changes
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
            @Nullable Path writeYaml,
            Set<Rows> only,
            int history) {

        public Options {
            only = only.isEmpty() ? EnumSet.allOf(Rows.class) : EnumSet.copyOf(only);
        }

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
            this(scale, seed, runs, cypherRuns, cypherTimeout, results, baseline, graphQl, hubs, null, Set.of(), 0);
        }

        public static Options defaults(Scale scale) {
            return new Options(
                    scale, 42, 20, 3, Duration.ofSeconds(120), Path.of("src/bench/results"), true, false, 10);
        }

        /** Whether the rows of this group run. */
        boolean runs(Rows rows) {
            return only.contains(rows);
        }

        /** The options of a command line; a bad one throws {@link IllegalArgumentException} with the usage. */
        static Options parse(String[] args) {
            CommandLine line = new CommandLine(new CommandLineOptions()).setCaseInsensitiveEnumValuesAllowed(true);
            try {
                line.parseArgs(args);
            } catch (CommandLine.ParameterException e) {
                throw new IllegalArgumentException(e.getMessage() + "\n" + line.getUsageMessage(), e);
            }
            CommandLineOptions o = line.getCommand();
            return new Options(
                    o.scale,
                    o.seed,
                    o.runs,
                    o.cypherRuns,
                    Duration.ofSeconds(o.cypherTimeoutSeconds),
                    o.results,
                    !o.noBaseline,
                    o.graphQl,
                    o.hubs,
                    o.writeYaml,
                    o.only == null ? Set.of() : Set.copyOf(o.only),
                    o.history);
        }
    }

    /** The command line, parsed by picocli. */
    @Command(name = "Benchmark", description = "measures every analytic on a generated landscape")
    static final class CommandLineOptions {
        @Parameters(index = "0", description = "scale: ${COMPLETION-CANDIDATES}")
        Scale scale = Scale.S;

        @Option(names = "--seed", description = "generator seed (default 42)")
        long seed = 42;

        @Option(names = "--runs", description = "runs per engine row (default 20)")
        int runs = 20;

        @Option(names = "--cypher-runs", description = "runs per Cypher reference (default 3)")
        int cypherRuns = 3;

        @Option(names = "--cypher-timeout", description = "seconds before a reference gives up (default 120)")
        long cypherTimeoutSeconds = 120;

        @Option(names = "--results", description = "folder of the result files (default src/bench/results)")
        Path results = Path.of("src/bench/results");

        @Option(names = "--no-baseline", description = "skip the MERGE baseline load")
        boolean noBaseline;

        @Option(names = "--graphql", description = "also time GraphQL and MCP over HTTP")
        boolean graphQl;

        @Option(names = "--hubs", description = "blast-radius targets (default 10)")
        int hubs = 10;

        @Option(names = "--write-yaml", paramLabel = "<dir>", description = "also write the landscape as files there")
        @Nullable
        Path writeYaml;

        @Option(
                names = "--only",
                split = ",",
                paramLabel = "<rows>",
                description = "row groups to run: ${COMPLETION-CANDIDATES} (default all)")
        @Nullable
        List<Rows> only;

        @Option(
                names = "--history",
                paramLabel = "<changes>",
                description = "only the history rows (issue 13), with this many changes recorded")
        int history;
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
            if (options.history() > 0) {
                // Issue 13's rows alone: the other rows do not change with history and take long at M.
                new HistoryRows(measurements).all(options.history(), landscape);
                return finish();
            }

            SnapshotRows snapshots = new SnapshotRows(measurements);
            LandscapeSnapshot snapshot = snapshots.load();
            EngineRows engines = new EngineRows(measurements, snapshot);
            List<NodeRef> hubs = engines.hubs();
            if (options.runs(Rows.ENGINES)) {
                engines.all(hubs);
            }
            if (options.runs(Rows.RISKS)) {
                new RiskRows(measurements, snapshot).all();
            }
            if (options.runs(Rows.PRODUCTS)) {
                new ProductRows(measurements, snapshot).all();
            }
            if (options.runs(Rows.UPDATES)) {
                snapshots.updates(snapshot, landscape);
            }
            ApplicationRows application = new ApplicationRows(measurements);
            String probedCapability = landscape
                    .capabilities()
                    .get(landscape.capabilities().size() / 3)
                    .key();
            LandscapeFile planned = options.runs(Rows.PLAN) ? ApplicationRows.planInput(landscape) : null;
            // The generated model is the harness's largest object (over a gigabyte at L); plan and export read their
            // own copies of the landscape, so the generator's goes first, as it would not exist in a server.
            landscape = null;
            if (planned != null) {
                application.plan(planned);
            }
            if (options.runs(Rows.EXPORT)) {
                application.export();
            }
            if (options.graphQl() && options.runs(Rows.GRAPHQL)) {
                application.graphQl(snapshot, hubs, probedCapability);
            }
        }
        return finish();
    }

    private Outcome finish() {
        report.machine("system load average at the end: %.1f"
                .formatted(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        String stamp = LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path file = report.write(options.results()
                .resolve(options.scale() + (options.history() > 0 ? "-history-" : "-") + stamp + ".md"));
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
