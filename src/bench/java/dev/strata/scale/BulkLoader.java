package dev.strata.scale;

import dev.strata.scale.SyntheticLandscape.Capability;
import dev.strata.scale.SyntheticLandscape.Consumer;
import dev.strata.scale.SyntheticLandscape.Consumption;
import dev.strata.scale.SyntheticLandscape.Dependency;
import dev.strata.scale.SyntheticLandscape.Layer;
import dev.strata.scale.SyntheticLandscape.Platform;
import dev.strata.scale.SyntheticLandscape.Team;
import dev.strata.scale.SyntheticLandscape.ValueStream;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Writes a {@link SyntheticLandscape} into Neo4j through the driver, two ways:
 *
 * <ul>
 *   <li>{@link #mergeBaseline}: what a careful script does, {@code UNWIND $rows ... MERGE} per label and per
 *       relationship type, every relationship end looked up by key, batches of 10 000 rows, one session. Works on
 *       any database; idempotent.</li>
 *   <li>{@link #load}: the fast path into an empty database with the uniqueness constraints in place.
 *       {@code CREATE} instead of {@code MERGE} (no existence check); each node is created together with the
 *       relationships it owns in the same statement, so one end of every relationship is the node just created
 *       (no lookup) and only the other end is found through the key index (OWNS, IN_LAYER, PROVIDES, ALIGNED_TO,
 *       CONSUMES); larger batches; capabilities, dependencies and consumers are split into disjoint partitions
 *       written by parallel sessions.</li>
 * </ul>
 * Every node gets {@code createdAt} and {@code updatedAt} (the load time), like nodes written through the API.
 */
public final class BulkLoader {

    static final int BASELINE_BATCH = 10_000;

    /** Nodes, relationships and wall time of one load. */
    public record LoadStats(String method, long nodes, long relationships, Duration time) {

        public double elementsPerSecond() {
            return (nodes + relationships) / seconds();
        }

        public double nodesPerSecond() {
            return nodes / seconds();
        }

        public double relationshipsPerSecond() {
            return relationships / seconds();
        }

        private double seconds() {
            return Math.max(1e-9, time.toNanos() / 1e9);
        }
    }

    private final Driver driver;
    private final int parallelism;
    private final int batchSize;

    /**
     * @param parallelism sessions writing at once on the fast path (disjoint partitions)
     * @param batchSize   rows per transaction on the fast path (a consumer row carries its consumptions)
     */
    public BulkLoader(Driver driver, int parallelism, int batchSize) {
        this.driver = Objects.requireNonNull(driver, "driver");
        if (parallelism < 1 || batchSize < 1) {
            throw new IllegalArgumentException("parallelism and batchSize must be positive");
        }
        this.parallelism = parallelism;
        this.batchSize = batchSize;
    }

    public BulkLoader(Driver driver) {
        this(driver, Math.max(2, Runtime.getRuntime().availableProcessors()), 20_000);
    }

    // ------------------------------------------------------------------------------------------- fast path

    /**
     * Loads into an empty database (the schema's uniqueness constraints must exist: they are the key indexes).
     *
     * @throws IllegalStateException if the database already holds landscape nodes
     */
    public LoadStats load(SyntheticLandscape landscape) {
        try (Session session = driver.session()) {
            long existing = session.run("MATCH (n) WHERE NOT n:StrataMeta RETURN count(n)")
                    .single()
                    .get(0)
                    .asLong();
            if (existing > 0) {
                throw new IllegalStateException(
                        "the fast bulk path needs an empty database; it holds " + existing + " nodes");
            }
        }
        long start = System.nanoTime();
        Map<String, Object> now = Map.of("now", ZonedDateTime.now(ZoneOffset.UTC));
        write(List.of(rows(landscape.layers(), BulkLoader::layer)), """
                UNWIND $rows AS row
                CREATE (n:Layer)
                SET n = row, n.createdAt = $now, n.updatedAt = $now
                """, now);
        write(List.of(rows(landscape.valueStreams(), BulkLoader::valueStream)), """
                UNWIND $rows AS row
                CREATE (n:ValueStream)
                SET n = row, n.createdAt = $now, n.updatedAt = $now
                """, now);
        write(partitions(landscape.teams(), t -> withRefs(team(t), "valueStream", t.valueStream())), """
                UNWIND $rows AS row
                CREATE (n:Team)
                SET n = row.props, n.createdAt = $now, n.updatedAt = $now
                WITH n, row
                MATCH (v:ValueStream {key: row.valueStream})
                CREATE (n)-[:ALIGNED_TO]->(v)
                """, now);
        write(
                partitions(landscape.platforms(), p -> withRefs(platform(p), "layer", p.layer(), "owner", p.owner())),
                """
                UNWIND $rows AS row
                CREATE (n:Platform)
                SET n = row.props, n.createdAt = $now, n.updatedAt = $now
                WITH n, row
                MATCH (l:Layer {key: row.layer})
                CREATE (n)-[:IN_LAYER]->(l)
                WITH n, row
                MATCH (t:Team {key: row.owner})
                CREATE (t)-[:OWNS]->(n)
                """,
                now);
        write(partitions(landscape.capabilities(), c -> withRefs(capability(c), "platform", c.platform())), """
                UNWIND $rows AS row
                CREATE (n:Capability)
                SET n = row.props, n.createdAt = $now, n.updatedAt = $now
                WITH n, row
                MATCH (p:Platform {key: row.platform})
                CREATE (p)-[:PROVIDES]->(n)
                """, now);
        write(partitions(landscape.dependencies(), BulkLoader::dependency), """
                UNWIND $rows AS row
                MATCH (a:Capability {key: row.from})
                MATCH (b:Capability {key: row.to})
                CREATE (a)-[:DEPENDS_ON]->(b)
                """, Map.of());
        Map<String, List<Map<String, Object>>> consumes = new HashMap<>();
        for (Consumption c : landscape.consumptions()) {
            consumes.computeIfAbsent(c.consumer(), k -> new ArrayList<>())
                    .add(Map.of("capability", c.capability(), "since", c.since(), "mode", c.mode()));
        }
        write(
                partitions(landscape.consumers(), c -> {
                    Map<String, Object> row = withRefs(consumer(c), "owner", c.owner());
                    row.put("consumes", consumes.getOrDefault(c.key(), List.of()));
                    return row;
                }),
                """
                UNWIND $rows AS row
                CREATE (n:Consumer)
                SET n = row.props, n.createdAt = $now, n.updatedAt = $now
                WITH n, row
                CALL (n, row) {
                    MATCH (t:Team {key: row.owner})
                    CREATE (t)-[:OWNS]->(n)
                }
                WITH n, row
                UNWIND row.consumes AS use
                MATCH (c:Capability {key: use.capability})
                CREATE (n)-[:CONSUMES {since: use.since, mode: use.mode}]->(c)
                """,
                now);
        return new LoadStats(
                String.format("CREATE, combined, %d sessions, batch %d", parallelism, batchSize),
                landscape.nodeCount(),
                landscape.relationshipCount(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private <T> List<List<Map<String, Object>>> partitions(List<T> items, Function<T, Map<String, Object>> row) {
        List<List<Map<String, Object>>> batches = new ArrayList<>();
        for (int from = 0; from < items.size(); from += batchSize) {
            batches.add(rows(items.subList(from, Math.min(items.size(), from + batchSize)), row));
        }
        return batches;
    }

    /** Runs the batches on {@code parallelism} sessions at once; each batch is one transaction. */
    private void write(List<List<Map<String, Object>>> batches, String query, Map<String, Object> parameters) {
        if (batches.size() <= 1 || parallelism == 1) {
            try (Session session = driver.session()) {
                for (List<Map<String, Object>> batch : batches) {
                    run(session, query, parameters, batch);
                }
            }
            return;
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(parallelism)) {
            List<Future<?>> running = new ArrayList<>();
            for (int worker = 0; worker < parallelism; worker++) {
                int first = worker;
                running.add(pool.submit(() -> {
                    try (Session session = driver.session()) {
                        for (int b = first; b < batches.size(); b += parallelism) {
                            run(session, query, parameters, batches.get(b));
                        }
                    }
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bulk load interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("bulk load failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static void run(
            Session session, String query, Map<String, Object> parameters, List<Map<String, Object>> batch) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("rows", batch);
        session.executeWriteWithoutResult(tx -> tx.run(query, all).consume());
    }

    // ------------------------------------------------------------------------------------------- baseline

    /** The plain {@code UNWIND ... MERGE} load: one statement per label and relationship type, by key. */
    public LoadStats mergeBaseline(SyntheticLandscape landscape) {
        long start = System.nanoTime();
        Map<String, Object> now = Map.of("now", ZonedDateTime.now(ZoneOffset.UTC));
        try (Session session = driver.session()) {
            mergeNodes(session, "Layer", rows(landscape.layers(), BulkLoader::layer), now);
            mergeNodes(session, "ValueStream", rows(landscape.valueStreams(), BulkLoader::valueStream), now);
            mergeNodes(session, "Team", rows(landscape.teams(), BulkLoader::team), now);
            mergeNodes(session, "Platform", rows(landscape.platforms(), BulkLoader::platform), now);
            mergeNodes(session, "Capability", rows(landscape.capabilities(), BulkLoader::capability), now);
            mergeNodes(session, "Consumer", rows(landscape.consumers(), BulkLoader::consumer), now);
            mergeEdges(
                    session,
                    "Team",
                    "ALIGNED_TO",
                    "ValueStream",
                    landscape.teams().stream()
                            .filter(t -> t.valueStream() != null)
                            .map(t -> edge(t.key(), t.valueStream()))
                            .toList());
            mergeEdges(
                    session,
                    "Platform",
                    "IN_LAYER",
                    "Layer",
                    landscape.platforms().stream()
                            .map(p -> edge(p.key(), p.layer()))
                            .toList());
            mergeEdges(
                    session,
                    "Team",
                    "OWNS",
                    "Platform",
                    landscape.platforms().stream()
                            .filter(p -> p.owner() != null)
                            .map(p -> edge(p.owner(), p.key()))
                            .toList());
            mergeEdges(
                    session,
                    "Platform",
                    "PROVIDES",
                    "Capability",
                    landscape.capabilities().stream()
                            .map(c -> edge(c.platform(), c.key()))
                            .toList());
            mergeEdges(
                    session,
                    "Capability",
                    "DEPENDS_ON",
                    "Capability",
                    landscape.dependencies().stream()
                            .map(BulkLoader::dependency)
                            .toList());
            mergeEdges(
                    session,
                    "Team",
                    "OWNS",
                    "Consumer",
                    landscape.consumers().stream()
                            .map(c -> edge(c.owner(), c.key()))
                            .toList());
            List<Map<String, Object>> consumes = landscape.consumptions().stream()
                    .map(c -> {
                        Map<String, Object> row = edge(c.consumer(), c.capability());
                        row.put("props", Map.of("since", c.since(), "mode", c.mode()));
                        return row;
                    })
                    .toList();
            mergeEdges(session, "Consumer", "CONSUMES", "Capability", consumes);
        }
        return new LoadStats(
                String.format("UNWIND ... MERGE, 1 session, batch %d", BASELINE_BATCH),
                landscape.nodeCount(),
                landscape.relationshipCount(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private static void mergeNodes(
            Session session, String label, List<Map<String, Object>> rows, Map<String, Object> now) {
        // Labels and types come from this class's own constants, never from data.
        String query = """
                UNWIND $rows AS row
                MERGE (n:%s {key: row.key})
                SET n += row, n.createdAt = $now, n.updatedAt = $now
                """.formatted(label);
        for (List<Map<String, Object>> batch : batches(rows)) {
            run(session, query, now, batch);
        }
    }

    private static void mergeEdges(
            Session session, String from, String type, String to, List<Map<String, Object>> rows) {
        String query = """
                UNWIND $rows AS row
                MATCH (a:%s {key: row.from})
                MATCH (b:%s {key: row.to})
                MERGE (a)-[r:%s]->(b)
                SET r += row.props
                """.formatted(from, to, type);
        for (List<Map<String, Object>> batch : batches(rows)) {
            run(session, query, Map.of(), batch);
        }
    }

    private static List<List<Map<String, Object>>> batches(List<Map<String, Object>> rows) {
        List<List<Map<String, Object>>> batches = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += BASELINE_BATCH) {
            batches.add(rows.subList(from, Math.min(rows.size(), from + BASELINE_BATCH)));
        }
        return batches;
    }

    // ------------------------------------------------------------------------------------------- rows

    private static <T> List<Map<String, Object>> rows(List<T> items, Function<T, Map<String, Object>> row) {
        List<Map<String, Object>> rows = new ArrayList<>(items.size());
        for (T item : items) {
            rows.add(row.apply(item));
        }
        return rows;
    }

    private static Map<String, Object> edge(String from, String to) {
        Map<String, Object> row = new HashMap<>();
        row.put("from", from);
        row.put("to", to);
        row.put("props", Map.of());
        return row;
    }

    private static Map<String, Object> dependency(Dependency d) {
        return edge(d.from(), d.to());
    }

    private static Map<String, Object> withRefs(Map<String, Object> props, String name, @Nullable String key) {
        Map<String, Object> row = new HashMap<>();
        row.put("props", props);
        row.put(name, key);
        return row;
    }

    private static Map<String, Object> withRefs(
            Map<String, Object> props, String name, String key, String name2, @Nullable String key2) {
        Map<String, Object> row = withRefs(props, name, key);
        row.put(name2, key2);
        return row;
    }

    static Map<String, Object> layer(Layer l) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("key", l.key());
        p.put("name", l.name());
        p.put("rank", l.rank());
        p.put("crossCutting", l.crossCutting());
        p.put("description", l.description());
        return p;
    }

    static Map<String, Object> valueStream(ValueStream v) {
        return Map.of("key", v.key(), "name", v.name(), "kind", v.kind(), "description", v.description());
    }

    static Map<String, Object> team(Team t) {
        return Map.of("key", t.key(), "name", t.name(), "type", t.type(), "size", t.size());
    }

    static Map<String, Object> platform(Platform p) {
        return Map.of("key", p.key(), "name", p.name(), "description", p.description(), "tier", p.tier());
    }

    static Map<String, Object> capability(Capability c) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("key", c.key());
        p.put("name", c.name());
        p.put("description", c.description());
        p.put("lifecycle", c.lifecycle());
        p.put("gaDate", c.gaDate());
        p.put("tier", c.tier());
        p.put("category", c.category());
        p.put("sloTarget", c.sloTarget());
        p.put("sloAttainment", c.sloAttainment());
        p.put("compliant", c.compliant());
        return p;
    }

    static Map<String, Object> consumer(Consumer c) {
        return Map.of(
                "key", c.key(), "name", c.name(), "description", c.description(), "kind", c.kind(), "tier", c.tier());
    }
}
