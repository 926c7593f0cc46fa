package dev.strata.scale;

import dev.strata.StrataApplication;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.impact.BlastRadiusEngine;
import dev.strata.analytics.impact.BlastRadiusRequest;
import dev.strata.analytics.snapshot.LandscapeSnapshots;
import dev.strata.ingest.BenchPlans;
import dev.strata.ingest.LandscapeFile;
import dev.strata.ingest.LandscapeOutcome;
import dev.strata.model.NodeRef;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.Session;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** What the application does around the engines: export, plan, and GraphQL over HTTP. */
final class ApplicationRows {

    private static final String TOKEN = BenchHttp.TOKEN;

    private final Measurements m;

    ApplicationRows(Measurements measurements) {
        this.m = measurements;
    }

    /**
     * {@code strata export} of the whole landscape: read as model data (through the embedded kernel, as the
     * application does in-process), rendered as files. Reference: the same export reading over Bolt, as with an
     * external Neo4j (what every export did before); both must give the same files.
     */
    void export() {
        GraphDatabaseService database = m.database.server().defaultDatabaseService();
        Timings timings = Measurements.measureAdaptive(
                0, Math.min(m.options.runs(), 3), () -> BenchPlans.export(m.driver(), database));
        List<BenchPlans.ExportedFile> files = BenchPlans.export(m.driver(), database);
        Timings bolt = Measurements.measureAdaptive(0, 1, () -> BenchPlans.export(m.driver(), null));
        boolean equal = files.equals(BenchPlans.export(m.driver(), null));
        long documents =
                files.stream().mapToLong(BenchPlans.ExportedFile::documents).sum();
        long nodes = landscapeNodes();
        m.report.add(new BenchmarkReport.Row(
                "export of the whole landscape as files (strata export)",
                timings,
                bolt,
                documents != nodes
                        ? "DIFFERENT: " + documents + " documents for " + nodes + " nodes"
                        : !equal
                                ? "DIFFERENT: the files differ from the export read over Bolt"
                                : "every node exported once (" + nodes
                                        + " documents); files equal to the reference's (SHA-256)",
                files.size() + " files, "
                        + files.stream()
                                        .mapToLong(BenchPlans.ExportedFile::bytes)
                                        .sum()
                                / 1_000_000
                        + " MB, streamed and kept as SHA-256 digests; read through the embedded kernel (KernelLandscapeReader, the in-process"
                        + " default); reference: the same export read over Bolt (LandscapeReader, an external Neo4j)",
                m.target("median", 10_000, Double.NaN)));
    }

    /** The file a plan row changes: the first file of capabilities, as generated. */
    static LandscapeFile planInput(SyntheticLandscape synthetic) {
        return LandscapeFiles.first(synthetic, path -> path.contains("capabilities"));
    }

    /** {@code strata plan} of one changed file (a capability deprecated) against the whole landscape. */
    void plan(LandscapeFile original) {
        LandscapeFile changed = new LandscapeFile(
                original.path(), original.content().replaceFirst("lifecycle: GA", "lifecycle: DEPRECATED"));
        rememberSourceFile(original);
        GraphDatabaseService database = m.database.server().defaultDatabaseService();
        Timings timings = Measurements.measureAdaptive(
                0, Math.min(m.options.runs(), 3), () -> BenchPlans.plan(m.driver(), database, List.of(changed)));
        LandscapeOutcome outcome = BenchPlans.plan(m.driver(), database, List.of(changed));
        Timings bolt = Measurements.measureAdaptive(0, 1, () -> BenchPlans.plan(m.driver(), null, List.of(changed)));
        LandscapeOutcome reference = BenchPlans.plan(m.driver(), null, List.of(changed));
        String check = !outcome.errors().isEmpty()
                ? "DIFFERENT: problems " + outcome.errors()
                : outcome.plan() == null || outcome.plan().nodesChanged() < 1
                        ? "DIFFERENT: no change planned"
                        : !outcome.equals(reference)
                                ? "DIFFERENT: the plan differs from the plan read over Bolt"
                                : "planned " + outcome.plan().nodesChanged()
                                        + " changed node(s) with their impact; equal to the reference's plan";
        m.report.add(new BenchmarkReport.Row(
                "plan of a one-file change (strata plan, " + original.path() + ")",
                timings,
                bolt,
                check,
                "reads the landscape (through the embedded kernel, the in-process default), parses and checks the"
                        + " file, diffs, and measures the impact on in-memory snapshots before and after; reference:"
                        + " the same plan read over Bolt (an external Neo4j)",
                m.target("median", 5_000, Double.NaN)));
    }

    /**
     * Marks the file's capabilities (and the relationships their documents declare) as coming from it, as an apply of
     * the file would have: the bulk loader writes no source file, and a plan would otherwise see every document of
     * the file as changed.
     */
    private void rememberSourceFile(LandscapeFile file) {
        List<String> keys = new ArrayList<>();
        Matcher key = Pattern.compile("(?m)^  key: (.+)$").matcher(file.content());
        while (key.find()) {
            keys.add(key.group(1).trim().replaceAll("^'|'$", ""));
        }
        try (Session session = m.driver().session()) {
            session.run("""
                    UNWIND $keys AS key
                    MATCH (c:Capability {key: key})
                    SET c.sourceFile = $file
                    WITH c
                    CALL (c) {
                      OPTIONAL MATCH (c)-[d:DEPENDS_ON]->(:Capability)
                      SET d.sourceFile = $file
                    }
                    CALL (c) {
                      OPTIONAL MATCH (:Platform)-[p:PROVIDES]->(c)
                      SET p.sourceFile = $file
                    }
                    """, Map.of("keys", keys, "file", file.path())).consume();
        }
    }

    private long landscapeNodes() {
        try (Session session = m.driver().session()) {
            return session.run("""
                    MATCH (n) WHERE n:Capability OR n:Platform OR n:Consumer OR n:Team OR n:ValueStream OR n:Layer
                    RETURN count(n) AS nodes
                    """).single().get("nodes").asLong();
        }
    }

    /** Starts the whole application against the loaded database and measures GraphQL over HTTP. */
    void graphQl(LandscapeSnapshot snapshot, List<NodeRef> hubs, String changedCapability) {
        // Settings as command-line arguments: default properties rank below application.yml, whose server.port
        // (8080) would then collide with a Strata already running on this machine. The token stays a default property:
        // the application refuses tokens on the command line, which other processes can read.
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(StrataApplication.class)
                .properties(Map.of("strata.security.bootstrap-admin-token", TOKEN))
                .run(
                        "--spring.neo4j.uri=" + m.database.server().boltURI(),
                        "--strata.demo.enabled=false",
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--spring.main.banner-mode=off")) {
            String port = app.getEnvironment().getProperty("local.server.port");
            URI endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
            HttpClient http = HttpClient.newHttpClient();
            // The application checkpoints the bulk-loaded landscape once, in the background, to begin its history: a
            // minute of CPU at M that would otherwise land in these timings.
            long waited = m.awaitHistoryStart();
            m.report.note(
                    m.historyStarted()
                            ? "GraphQL and MCP rows timed after the application's history start (ready %,d ms after it)"
                                    .formatted(waited)
                            : ("GraphQL and MCP rows timed after the application's history start FAILED (%,d ms after"
                                            + " the start; its log says why): the application has no history, the rows"
                                            + " are otherwise unaffected")
                                    .formatted(waited));
            blastRadius(http, endpoint, snapshot, hubs);
            mcpOverhead(
                    http,
                    URI.create("http://127.0.0.1:" + port + "/mcp"),
                    app.getBean(LandscapeSnapshots.class).current(),
                    hubs);
            mutationThenQuery(http, endpoint, changedCapability);
        }
    }

    private void blastRadius(HttpClient http, URI endpoint, LandscapeSnapshot snapshot, List<NodeRef> hubs) {
        BlastRadiusEngine engine = new BlastRadiusEngine();
        Timings timings = Timings.of();
        List<String> problems = new ArrayList<>();
        for (NodeRef hub : hubs) {
            int expected = engine.analyse(
                            snapshot, BlastRadiusRequest.downstream(hub).withPage(0, 0))
                    .totalCount();
            Supplier<String> call =
                    () -> BenchHttp.post(http, endpoint, BLAST_RADIUS, "{\"key\":" + BenchHttp.quote(hub.key()) + "}");
            String body = call.get();
            Matcher total = Pattern.compile("\"totalCount\"\\s*:\\s*(\\d+)").matcher(body);
            if (!total.find() || Integer.parseInt(total.group(1)) < expected) {
                problems.add(hub.key() + ": " + (body.length() > 200 ? body.substring(0, 200) : body));
            }
            timings = timings.plus(Timings.measure(Math.min(5, m.options.runs()), m.options.runs(), call));
        }
        m.report.add(new BenchmarkReport.Row(
                "blast radius through GraphQL over HTTP (" + hubs.size() + " hubs, "
                        + "first: 100 with paths and totals)",
                timings,
                null,
                problems.isEmpty()
                        ? "totalCount as the engine's (the graph then grew by the update rows' changes)"
                        : "DIFFERENT: " + problems,
                "the application started against the loaded database (spring.neo4j.uri=bolt://...), one HTTP "
                        + "client, sequential requests",
                m.target("p95", 50, Double.NaN)));
    }

    /**
     * Issue 16: what the MCP door adds to the analytic it runs. Each run times the engine alone on the application's
     * own snapshot (the one the tool answers from, so both see the same memory layout and caches), then the {@code blast_radius} tool over HTTP (JSON-RPC, token check, admission, summary and structured
     * content) on the application's; the row's timings are the differences.
     */
    private void mcpOverhead(HttpClient http, URI endpoint, LandscapeSnapshot snapshot, List<NodeRef> hubs) {
        BlastRadiusEngine engine = new BlastRadiusEngine();
        List<Double> overheads = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (NodeRef hub : hubs) {
            BlastRadiusRequest request = new BlastRadiusRequest(
                    List.of(hub),
                    dev.strata.analytics.impact.Scenario.FAIL,
                    dev.strata.analytics.impact.Direction.DOWNSTREAM,
                    null,
                    0,
                    100);
            int expected = engine.analyse(snapshot, request).totalCount();
            String call =
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"blast_radius\","
                            + "\"arguments\":{\"targets\":[" + BenchHttp.quote(hub.kind() + ":" + hub.key()) + "]}}}";
            String body = postMcp(http, endpoint, call);
            Matcher total = Pattern.compile("\"totalCount\"\\s*:\\s*(\\d+)").matcher(body);
            if (!total.find() || Integer.parseInt(total.group(1)) < expected) {
                problems.add(hub.key() + ": " + (body.length() > 200 ? body.substring(0, 200) : body));
            }
            for (int run = 0; run < Math.min(5, m.options.runs()) + m.options.runs(); run++) {
                long start = System.nanoTime();
                engine.analyse(snapshot, request);
                double engineMillis = Timings.since(start);
                start = System.nanoTime();
                postMcp(http, endpoint, call);
                double toolMillis = Timings.since(start);
                if (run >= Math.min(5, m.options.runs())) {
                    overheads.add(toolMillis - engineMillis);
                }
            }
        }
        Timings timings =
                Timings.of(overheads.stream().mapToDouble(Double::doubleValue).toArray());
        m.report.add(new BenchmarkReport.Row(
                "overhead of the MCP blast_radius tool call over its engine (" + hubs.size() + " hubs, over HTTP)",
                timings,
                null,
                problems.isEmpty() ? "totalCount as the engine's" : "DIFFERENT: " + problems,
                "per run: the tool over HTTP (JSON-RPC, token, admission, text and structured answer) minus the engine"
                        + " alone on the same request",
                m.target("median", 5, Double.NaN)));
    }

    private static String postMcp(HttpClient http, URI endpoint, String json) {
        return BenchHttp.send(http, endpoint, json, "application/json, text/event-stream");
    }

    private void mutationThenQuery(HttpClient http, URI endpoint, String capability) {
        List<String> problems = new ArrayList<>();
        String[] lifecycles = {"RETIRED", "DEPRECATED"};
        int[] turn = {0};
        Supplier<String> call = () -> {
            String lifecycle = lifecycles[turn[0]++ % 2];
            BenchHttp.post(
                    http,
                    endpoint,
                    UPDATE,
                    "{\"key\":" + BenchHttp.quote(capability) + ",\"lifecycle\":\"" + lifecycle + "\"}");
            String body = BenchHttp.post(http, endpoint, ADOPTION, "{\"key\":" + BenchHttp.quote(capability) + "}");
            if (!body.contains("\"lifecycle\":\"" + lifecycle + "\"")) {
                problems.add(lifecycle + " not visible: " + (body.length() > 200 ? body.substring(0, 200) : body));
            }
            return body;
        };
        Timings timings = Timings.measure(2, Math.min(m.options.runs(), 10), call);
        m.report.add(new BenchmarkReport.Row(
                "a mutation, then the next analytics query sees it (over HTTP)",
                timings,
                null,
                problems.isEmpty() ? "every change visible to the very next query" : "DIFFERENT: " + problems,
                "updateCapability (lifecycle), then capabilityAdoption of it: the change is applied to the snapshot "
                        + "before the mutation answers",
                null));
    }

    private static final String BLAST_RADIUS = """
            query($key: ID!) {
              blastRadius(input: {targets: [{kind: CAPABILITY, key: $key}], first: 100}) {
                totalCount tier1Consumers severity deepest
                totals { byLayer { key count } byOwningTeam { key count } }
                items { kind key depth path { key } }
                pageInfo { hasNextPage endCursor }
              }
            }""";

    private static final String UPDATE = """
            mutation($key: ID!, $lifecycle: Lifecycle!) {
              updateCapability(input: {key: $key, lifecycle: $lifecycle}) { errors { message } }
            }""";

    private static final String ADOPTION = """
            query($key: ID!) { capabilityAdoption(key: $key) { lifecycle consumers } }""";
}
