package dev.strata.scale;

import com.sun.management.OperatingSystemMXBean;
import dev.strata.StrataApplication;
import dev.strata.analytics.CypherQueries;
import dev.strata.analytics.adoption.AdoptionEngine;
import dev.strata.analytics.adoption.CapabilityAdoption;
import dev.strata.analytics.chains.Cycles;
import dev.strata.analytics.chains.DependencyCycle;
import dev.strata.analytics.chains.LayerViolation;
import dev.strata.analytics.chains.LayerViolations;
import dev.strata.model.EdgeType;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.graph.LandscapeSnapshotLoader;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import dev.strata.analytics.impact.AffectedNode;
import dev.strata.analytics.impact.BlastRadiusEngine;
import dev.strata.analytics.impact.BlastRadiusRequest;
import dev.strata.analytics.impact.BlastRadiusResult;
import dev.strata.analytics.load.CognitiveLoadModel;
import dev.strata.analytics.load.SnapshotCognitiveLoad;
import dev.strata.analytics.load.TeamCognitiveLoad;
import dev.strata.analytics.risk.CapabilitySinglePointOfFailure;
import dev.strata.analytics.risk.RiskEngine;
import dev.strata.neo4j.CypherScript;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Loads a generated landscape into a fresh in-process Neo4j (Bolt only) and measures, on that one database, each
 * analytics engine against the reference Cypher file of the same question, checking that both answer the same.
 * Prints a Markdown table and writes it, with the machine description, to
 * {@code <results>/<scale>-<timestamp>.md}. Not a test; see src/docs/scale.md.
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
    public record Options(Scale scale, long seed, int runs, int cypherRuns, Duration cypherTimeout, Path results,
                          boolean baseline, boolean graphQl, int hubs, @Nullable Path writeYaml) {

        public Options(Scale scale, long seed, int runs, int cypherRuns, Duration cypherTimeout, Path results,
                       boolean baseline, boolean graphQl, int hubs) {
            this(scale, seed, runs, cypherRuns, cypherTimeout, results, baseline, graphQl, hubs, null);
        }

        public static Options defaults(Scale scale) {
            return new Options(scale, 42, 20, 3, Duration.ofSeconds(120), Path.of("src/bench/results"), true,
                    false, 10);
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
            return new Options(d.scale, seed, runs, cypherRuns, cypherTimeout, results, baseline, graphQl, hubs,
                    writeYaml);
        }
    }

    /** The report and the file it was written to. */
    public record Outcome(BenchmarkReport report, Path file) {
    }

    private static final Duration ENGINE_TIMEOUT = Duration.ofMinutes(30);
    /** A reference query slower than this on its first run is not repeated. */
    private static final double SLOW_MS = 10_000;

    private final Options options;
    private final BenchmarkReport report;
    private @Nullable Driver driver;

    private Benchmark(Options options) {
        this.options = options;
        this.report = new BenchmarkReport("Strata benchmark, scale " + options.scale() + " (seed " + options.seed()
                + ")");
    }

    public static void main(String[] args) {
        Outcome outcome = run(Options.parse(args));
        System.out.println(outcome.report().markdown());
        System.out.println("written to " + outcome.file().toAbsolutePath());
        System.exit(outcome.report().allEqual() ? 0 : 1);
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
            report.note("wrote the landscape as %,d files of the native format to %s in %s ms".formatted(files,
                    options.writeYaml().toAbsolutePath(), BenchmarkReport.ms(Timings.since(writeStart))));
        }

        BulkLoader.LoadStats baseline = null;
        if (options.baseline()) {
            try (Database db = Database.start()) {
                baseline = new BulkLoader(db.driver()).mergeBaseline(landscape);
                check(db.driver(), landscape);
            }
        }
        try (Database db = Database.start()) {
            driver = db.driver();
            report.machine(neo4jVersion(driver) + " in-process (neo4j-harness), Bolt on loopback");
            BulkLoader.LoadStats fast = new BulkLoader(driver).load(landscape);
            check(driver, landscape);
            bulkLoad(fast, baseline);

            LandscapeSnapshot snapshot = snapshot();
            List<NodeRef> hubs = hubs(snapshot);
            blastRadius(snapshot, hubs);
            reachability(snapshot, hubs);
            violationsAndCycles(snapshot);
            singlePointsOfFailure(snapshot);
            cognitiveLoad(snapshot);
            adoption();
            if (options.graphQl()) {
                graphQl(db, snapshot, hubs);
            }
        } finally {
            driver = null;
        }
        report.machine("system load average at the end: %.1f".formatted(
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        String stamp = LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path file = report.write(options.results().resolve(options.scale() + "-" + stamp + ".md"));
        return new Outcome(report, file);
    }

    // ------------------------------------------------------------------------------------------- measurements

    private void bulkLoad(BulkLoader.LoadStats fast, BulkLoader.@Nullable LoadStats baseline) {
        String note = "%,d nodes + %,d relationships; fast path %,.0f nodes/s, %,.0f relationships/s (%s)"
                .formatted(fast.nodes(), fast.relationships(), fast.nodesPerSecond(), fast.relationshipsPerSecond(),
                        fast.method());
        if (baseline != null) {
            note += "; baseline %,.0f elements/s (%s)".formatted(baseline.elementsPerSecond(), baseline.method());
        }
        report.add(new BenchmarkReport.Row("bulk load (whole landscape)", Timings.of(fast.time().toNanos() / 1e6),
                baseline == null ? null : Timings.of(baseline.time().toNanos() / 1e6),
                "counts checked", note));
    }

    private LandscapeSnapshot snapshot() {
        LandscapeSnapshotLoader loader = new LandscapeSnapshotLoader(driver(), ENGINE_TIMEOUT);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        LandscapeSnapshot snapshot = loader.load();
        System.gc();
        long after = runtime.totalMemory() - runtime.freeMemory();
        Timings timings = measureAdaptive(2, Math.min(options.runs(), 5), loader::load);
        long relationships = snapshot.relationshipCount();
        report.add(new BenchmarkReport.Row("snapshot load (LandscapeSnapshotLoader)", timings, null, "n/a",
                "%s; adjacency %.1f bytes/relationship, estimated %.1f MB = %.1f bytes/relationship, heap growth after GC %.1f MB"
                        .formatted(snapshot, (double) snapshot.adjacencyBytes() / relationships,
                                snapshot.estimatedBytes() / 1e6, (double) snapshot.estimatedBytes() / relationships,
                                (after - before) / 1e6)));
        return snapshot;
    }

    /** The capabilities with the most direct dependents. */
    private List<NodeRef> hubs(LandscapeSnapshot snapshot) {
        int[] capabilities = snapshot.nodes(NodeKind.CAPABILITY);
        return IntStream.of(capabilities).boxed()
                .sorted(Comparator.comparingInt((Integer c) -> -snapshot.in(EdgeType.DEPENDS_ON).degree(c))
                        .thenComparing(snapshot::key))
                .limit(options.hubs()).map(snapshot::ref).toList();
    }

    private void blastRadius(LandscapeSnapshot snapshot, List<NodeRef> hubs) {
        BlastRadiusEngine engine = new BlastRadiusEngine();
        String reference = CypherQueries.load("blast-radius-downstream");
        Timings engineTimes = Timings.of();
        Timings cypherTimes = Timings.of();
        List<String> problems = new ArrayList<>();
        int smallest = Integer.MAX_VALUE;
        int largest = 0;
        boolean cypherStopped = false;
        for (NodeRef hub : hubs) {
            BlastRadiusRequest page = BlastRadiusRequest.downstream(hub).withPage(0, 100);
            engineTimes = engineTimes.plus(Timings.measure(Math.min(5, options.runs()), options.runs(),
                    () -> engine.analyse(snapshot, page)));
            BlastRadiusResult all = engine.analyse(snapshot, BlastRadiusRequest.downstream(hub));
            smallest = Math.min(smallest, all.totalCount());
            largest = Math.max(largest, all.totalCount());
            Set<String> expected = new TreeSet<>();
            for (AffectedNode node : all.items()) {
                expected.add(node.kind() + ":" + node.key() + ":" + node.depth());
            }
            if (cypherStopped) {
                continue;
            }
            Reference ref = reference(reference, Map.of("key", hub.key()), r -> r.get("kind").asString() + ":"
                    + r.get("key").asString() + ":" + r.get("depth").asInt());
            if (ref.timings() == null) {
                // One timeout is enough: the remaining hubs are as big, each would cost another timeout.
                problems.add(hub.key() + ": " + ref.failure() + "; not tried for the hubs after it");
                cypherStopped = true;
                continue;
            }
            cypherTimes = cypherTimes.plus(ref.timings());
            if (!new TreeSet<>(ref.rows()).equals(expected)) {
                problems.add("DIFFERENT for " + hub.key() + ": engine " + expected.size() + " nodes, Cypher "
                        + ref.rows().size());
            }
        }
        String check = problems.isEmpty() ? "equal (" + hubs.size() + " hubs, kind+key+depth)"
                : problems.stream().anyMatch(p -> p.startsWith("DIFFERENT")) ? "DIFFERENT: " + problems
                : "equal where answered; " + problems;
        report.add(new BenchmarkReport.Row("blast radius of the " + hubs.size()
                + " biggest hubs (downstream, full depth; summary + first 100 with paths)", engineTimes,
                cypherTimes.runs() == 0 ? null : cypherTimes, check,
                "hubs %s .. %s; %,d to %,d affected nodes each; Cypher: blast-radius-downstream.cypher (all rows)"
                        .formatted(hubs.getFirst().key(), hubs.getLast().key(), smallest, largest)));
    }

    /** Plain Cypher's fastest form of the same traversal (pruning BFS), for a ratio where the reference is too slow. */
    static final String REACHABLE_CAPABILITIES = """
            MATCH (:Capability {key: $key})<-[:DEPENDS_ON*0..20]-(affected:Capability)
            RETURN count(DISTINCT affected) AS capabilities
            """;

    private void reachability(LandscapeSnapshot snapshot, List<NodeRef> hubs) {
        BlastRadiusEngine engine = new BlastRadiusEngine();
        Timings engineTimes = Timings.of();
        Timings cypherTimes = Timings.of();
        List<String> problems = new ArrayList<>();
        for (NodeRef hub : hubs) {
            BlastRadiusRequest summary = BlastRadiusRequest.downstream(hub).withPage(0, 0);
            engineTimes = engineTimes.plus(Timings.measure(Math.min(5, options.runs()), options.runs(),
                    () -> engine.analyse(snapshot, summary)));
            long expected = engine.analyse(snapshot, summary).totals().byKind().stream()
                    .filter(t -> t.key().equals(NodeKind.CAPABILITY.name())).mapToLong(t -> t.count()).sum();
            Reference ref = reference(REACHABLE_CAPABILITIES, Map.of("key", hub.key()),
                    r -> String.valueOf(r.get("capabilities").asLong()));
            if (ref.timings() == null) {
                problems.add(hub.key() + ": " + ref.failure());
                continue;
            }
            cypherTimes = cypherTimes.plus(ref.timings());
            if (!ref.rows().equals(List.of(String.valueOf(expected)))) {
                problems.add("DIFFERENT for " + hub.key() + ": engine " + expected + ", Cypher " + ref.rows());
            }
        }
        report.add(new BenchmarkReport.Row("blast radius summary of the same hubs vs the fastest plain Cypher "
                + "(count(DISTINCT) reachable capabilities)", engineTimes, cypherTimes.runs() == 0 ? null
                : cypherTimes, problems.isEmpty() ? "equal (" + hubs.size() + " hubs, capability count)"
                : (problems.stream().anyMatch(p -> p.startsWith("DIFFERENT")) ? "DIFFERENT: " : "") + problems,
                "engine: full summary (totals, severity, depth), no items; Cypher: a pruning BFS that answers "
                        + "only the count, no depths, paths, consumers or teams"));
    }

    private void violationsAndCycles(LandscapeSnapshot snapshot) {
        Timings violations = Timings.measure(Math.min(5, options.runs()), options.runs(),
                () -> LayerViolations.find(snapshot));
        Set<String> expectedViolations = new TreeSet<>();
        for (LayerViolation v : LayerViolations.find(snapshot).violations()) {
            expectedViolations.add(v.fromCapability() + "->" + v.toCapability());
        }
        Reference violationsRef = reference(CypherQueries.load("layer-violations"), Map.of(),
                r -> r.get("fromCapability").asString() + "->" + r.get("toCapability").asString());
        report.add(row("layer violations", violations, violationsRef, new TreeSet<>(violationsRef.rows()),
                expectedViolations, expectedViolations.size() + " violations; layer-violations.cypher"));

        Timings cycles = Timings.measure(Math.min(5, options.runs()), options.runs(), () -> Cycles.find(snapshot));
        Set<String> expectedCycles = new TreeSet<>();
        for (DependencyCycle cycle : Cycles.find(snapshot)) {
            expectedCycles.add(String.join(",", cycle.members()));
        }
        Reference cyclesRef = reference(CypherQueries.load("cycles"), Map.of(),
                r -> String.join(",", r.get("members").asList(v -> v.asString())));
        report.add(row("dependency cycles", cycles, cyclesRef, new TreeSet<>(cyclesRef.rows()), expectedCycles,
                expectedCycles.size() + " cycles; cycles.cypher"));
    }

    private void singlePointsOfFailure(LandscapeSnapshot snapshot) {
        Timings timings = measureAdaptive(1, Math.min(options.runs(), 5),
                () -> RiskEngine.singlePointsOfFailure(snapshot));
        Map<String, Integer> expected = new TreeMap<>();
        for (CapabilitySinglePointOfFailure spof : RiskEngine.singlePointsOfFailure(snapshot).capabilities()) {
            expected.put(spof.capabilityKey(), spof.consumers());
        }
        Reference ref = reference(CypherQueries.load("single-points-of-failure"), Map.of(),
                r -> r.get("capabilityKey").asString() + "=" + r.get("consumers").asInt());
        Set<String> expectedRows = new TreeSet<>();
        expected.forEach((k, v) -> expectedRows.add(k + "=" + v));
        report.add(row("single points of failure (RiskEngine, dominators over the snapshot)", timings, ref,
                new TreeSet<>(ref.rows()), expectedRows, expected.size()
                        + " capabilities are SPOFs for some consumer; single-points-of-failure.cypher"));
    }

    private void cognitiveLoad(LandscapeSnapshot snapshot) {
        CognitiveLoadModel model = CognitiveLoadModel.defaults();
        Timings timings = Timings.measure(Math.min(5, options.runs()), options.runs(),
                () -> SnapshotCognitiveLoad.allTeams(snapshot, model));
        Set<String> expected = new TreeSet<>();
        for (TeamCognitiveLoad load : SnapshotCognitiveLoad.allTeams(snapshot, model)) {
            expected.add(load.teamKey() + "=" + round(load.index()));
        }
        Map<String, Object> parameters = new HashMap<>(model.parameters());
        parameters.put("teamKey", null);
        Reference ref = reference(CypherQueries.load("team-cognitive-load"), parameters,
                r -> r.get("teamKey").asString() + "=" + round(r.get("index").asDouble()));
        report.add(row("cognitive load, all teams (SnapshotCognitiveLoad)", timings, ref, new TreeSet<>(ref.rows()),
                expected, expected.size() + " teams; team-cognitive-load.cypher (what CognitiveLoadEngine runs, "
                        + "the reference)"));
    }

    private void adoption() {
        AdoptionEngine engine = new AdoptionEngine(driver(), ENGINE_TIMEOUT);
        Timings timings = measureAdaptive(2, Math.min(options.runs(), 10), engine::capabilities);
        Set<String> expected = new TreeSet<>();
        for (CapabilityAdoption adoption : engine.capabilities()) {
            expected.add(adoption.capabilityKey() + "=" + adoption.consumers() + "/" + round(adoption.adoptionRate()));
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("capabilityKey", null);
        Reference ref = reference(CypherQueries.load("capability-adoption"), parameters,
                r -> r.get("capabilityKey").asString() + "=" + r.get("consumers").asInt() + "/"
                        + round(r.get("adoptionRate").asDouble()));
        report.add(row("adoption, all capabilities (AdoptionEngine, with trends)", timings, ref,
                new TreeSet<>(ref.rows()), expected, expected.size()
                        + " capabilities; capability-adoption.cypher (the engine runs it and adds quarterly trends)"));
    }

    /** Starts the whole application against the loaded database and times blastRadius over HTTP. */
    private void graphQl(Database db, LandscapeSnapshot snapshot, List<NodeRef> hubs) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(StrataApplication.class)
                .properties(Map.of(
                        "spring.neo4j.uri", db.server().boltURI().toString(),
                        "strata.demo.enabled", "false",
                        "server.port", "0",
                        "server.address", "127.0.0.1",
                        "spring.main.banner-mode", "off"))
                .run()) {
            String port = app.getEnvironment().getProperty("local.server.port");
            URI endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
            HttpClient http = HttpClient.newHttpClient();
            BlastRadiusEngine engine = new BlastRadiusEngine();
            Timings timings = Timings.of();
            List<String> problems = new ArrayList<>();
            for (NodeRef hub : hubs) {
                int expected = engine.analyse(snapshot, BlastRadiusRequest.downstream(hub).withPage(0, 0))
                        .totalCount();
                Supplier<String> call = () -> post(http, endpoint, hub.key());
                String body = call.get();
                Matcher total = Pattern.compile("\"totalCount\"\\s*:\\s*(\\d+)").matcher(body);
                if (!total.find() || Integer.parseInt(total.group(1)) != expected) {
                    problems.add(hub.key() + ": " + (body.length() > 200 ? body.substring(0, 200) : body));
                }
                timings = timings.plus(Timings.measure(Math.min(5, options.runs()), options.runs(), call));
            }
            report.add(new BenchmarkReport.Row("blast radius through GraphQL over HTTP (10 hubs, first: 100 with "
                    + "paths and totals)", timings, null,
                    problems.isEmpty() ? "totalCount equal to the engine" : "DIFFERENT: " + problems,
                    "the application started against the loaded database (spring.neo4j.uri=bolt://...), "
                            + "one HTTP client, sequential requests"));
        }
    }

    private static final String BLAST_RADIUS_QUERY = """
            query($key: ID!) {
              blastRadius(input: {targets: [{kind: CAPABILITY, key: $key}], first: 100}) {
                totalCount tier1Consumers severity deepest
                totals { byLayer { key count } byOwningTeam { key count } }
                items { kind key depth path { key } }
                pageInfo { hasNextPage endCursor }
              }
            }""";

    private static String post(HttpClient http, URI endpoint, String key) {
        String json = "{\"query\":" + quote(BLAST_RADIUS_QUERY) + ",\"variables\":{\"key\":" + quote(key) + "}}";
        HttpRequest request = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    // ------------------------------------------------------------------------------------------- helpers

    /** Rows of a reference query, mapped to comparable strings, and its timings; or why there are none. */
    private record Reference(List<String> rows, @Nullable Timings timings, String failure) {
    }

    private Reference reference(String query, Map<String, Object> parameters, Function<Record, String> row) {
        System.out.println("running the reference " + query.lines().findFirst().orElse("") + " ... " + parameters
                .keySet());
        TransactionConfig config = TransactionConfig.builder().withTimeout(options.cypherTimeout()).build();
        Supplier<List<String>> run = () -> {
            try (Session session = driver().session()) {
                return session.executeRead(tx -> tx.run(query, parameters).list(row::apply), config);
            }
        };
        try {
            long start = System.nanoTime();
            List<String> rows = run.get();
            double first = Timings.since(start);
            if (first > SLOW_MS || options.cypherRuns() <= 1) {
                return new Reference(rows, Timings.of(first), "");
            }
            return new Reference(rows, Timings.measure(0, options.cypherRuns(), run), "");
        } catch (Neo4jException e) {
            return new Reference(List.of(), null, "Cypher stopped at its " + options.cypherTimeout().toSeconds()
                    + " s timeout (" + e.code() + ")");
        }
    }

    private static BenchmarkReport.Row row(String question, Timings engine, Reference ref, Set<String> actual,
                                           Set<String> expected, String note) {
        String check;
        if (ref.timings() == null) {
            check = ref.failure();
        } else if (actual.equals(expected)) {
            check = "equal (" + expected.size() + " rows)";
        } else {
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(actual);
            Set<String> extra = new TreeSet<>(actual);
            extra.removeAll(expected);
            check = "DIFFERENT: engine only " + first(missing) + ", Cypher only " + first(extra);
        }
        return new BenchmarkReport.Row(question, engine, ref.timings(), check, note);
    }

    private static String first(Set<String> values) {
        return values.size() <= 5 ? values.toString() : values.stream().limit(5).toList() + " and "
                + (values.size() - 5) + " more";
    }

    /**
     * Fewer repetitions for slow work: the first (cold) run alone above 10 s, three more runs above 2 s, otherwise
     * {@code warmUp} more unmeasured runs and {@code runs} measured ones.
     */
    private static Timings measureAdaptive(int warmUp, int runs, Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        double first = Timings.since(start);
        if (first > SLOW_MS) {
            return Timings.of(first);
        }
        if (first > 2_000) {
            return Timings.measure(0, Math.min(runs, 3), work);
        }
        return Timings.measure(warmUp, runs, work);
    }

    private static String round(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    private Driver driver() {
        return Objects.requireNonNull(driver, "no database");
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
                    + "RETURN name + ' ' + versions[0] + ' ' + edition").list().getFirst();
            return r.get(0).asString();
        }
    }

    private void describeMachine() {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        report.machine("date (UTC): " + LocalDateTime.now(ZoneOffset.UTC).withNano(0));
        report.machine("machine: %d cores, %.1f GiB memory, %s %s".formatted(Runtime.getRuntime()
                .availableProcessors(), os.getTotalMemorySize() / (double) (1L << 30), System.getProperty("os.name"),
                System.getProperty("os.arch")));
        report.machine("system load average at start: %.1f (other processes share the cores)".formatted(
                os.getSystemLoadAverage()));
        report.machine("JDK: %s %s, max heap %.1f GiB".formatted(System.getProperty("java.vm.vendor"),
                Runtime.version(), Runtime.getRuntime().maxMemory() / (double) (1L << 30)));
        report.machine(("options: runs %d, Cypher runs %d (one run when slower than %.0f s), Cypher timeout %d s, "
                + "seed %d").formatted(options.runs(), options.cypherRuns(), SLOW_MS / 1000,
                options.cypherTimeout().toSeconds(), options.seed()));
    }

    /** A fresh in-process Neo4j (Bolt only) in a temporary directory with Strata's schema, deleted on close. */
    record Database(Neo4j server, Driver driver, Path directory) implements AutoCloseable {

        static Database start() {
            try {
                Path directory = Files.createTempDirectory("strata-bench");
                Neo4j server = Neo4jBuilders.newInProcessBuilder(directory).withDisabledServer().build();
                Driver driver = GraphDatabase.driver(server.boltURI(), AuthTokens.none());
                for (String script : List.of("V001__constraints.cypher", "V002__indexes.cypher")) {
                    for (String statement : CypherScript.statements(resource("/cypher/schema/" + script))) {
                        try (Session session = driver.session()) {
                            session.run(statement).consume();
                        }
                    }
                }
                return new Database(server, driver, directory);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            driver.close();
            server.close();
            try (var files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary directory left behind is harmless
            }
        }

        private static String resource(String name) {
            try (InputStream in = Benchmark.class.getResourceAsStream(name)) {
                return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
