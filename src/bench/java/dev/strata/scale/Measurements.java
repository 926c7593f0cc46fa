package dev.strata.scale;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * What every group of benchmark rows shares: the options, the report, the database, and the ways of timing an
 * engine and its reference and of turning both into a row.
 */
final class Measurements {

    /** A reference slower than this on its first run is not repeated. */
    static final double SLOW_MS = 10_000;

    final Benchmark.Options options;
    final BenchmarkReport report;
    final BenchmarkDatabase database;

    Measurements(Benchmark.Options options, BenchmarkReport report, BenchmarkDatabase database) {
        this.options = options;
        this.report = report;
        this.database = database;
    }

    /**
     * Waits until the application has checkpointed the bulk-loaded landscape (store.HistoryStart), or its thread has
     * ended without (it ran out of heap, say, which the rows that follow must then say); the wait in ms.
     */
    long awaitHistoryStart() {
        return awaitUntil(
                () -> checkpoints() > 0 || !historyStartRunning(), 3600, "no history checkpoint after an hour");
    }

    /** Whether the application has checkpointed its landscape to begin its history. */
    boolean historyStarted() {
        return checkpoints() > 0;
    }

    private static boolean historyStartRunning() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals("strata-history-start"));
    }

    /** Polls {@code done} every half second for at most {@code seconds}; the wait in ms. */
    long awaitUntil(java.util.function.BooleanSupplier done, long seconds, String failure) {
        long start = System.nanoTime();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() - start > seconds * 1_000_000_000L) {
                throw new IllegalStateException(failure);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private long checkpoints() {
        try (Session session = driver().session()) {
            return session.run("MATCH (c:LandscapeCheckpoint) RETURN count(c)")
                    .single()
                    .get(0)
                    .asLong(0);
        }
    }

    Driver driver() {
        return database.driver();
    }

    Scale scale() {
        return options.scale();
    }

    /** A target of this row at this scale (see {@link BenchmarkReport.Target}); NaN = none at that scale. */
    BenchmarkReport.@Nullable Target target(String statistic, double atM, double atL) {
        return BenchmarkReport.Target.at(scale(), statistic, atM, atL);
    }

    /** Rows of a reference query, mapped to comparable strings, and its timings; or why there are none. */
    record Reference(List<String> rows, @Nullable Timings timings, String failure) {}

    Reference reference(String query, Map<String, Object> parameters, Function<Record, String> row) {
        System.out.println(
                "running the reference " + query.lines().findFirst().orElse("") + " ... " + parameters.keySet());
        TransactionConfig config =
                TransactionConfig.builder().withTimeout(options.cypherTimeout()).build();
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
            return new Reference(
                    List.of(),
                    null,
                    "reference stopped at its " + options.cypherTimeout().toSeconds() + " s timeout (" + e.code()
                            + ")");
        }
    }

    /** A reference computed in Java (a Cypher-read reference or a brute force), timed like the engines. */
    <T> Reference reference(Supplier<T> run, Function<T, ? extends java.util.Collection<String>> rows) {
        long start = System.nanoTime();
        T result = run.get();
        double first = Timings.since(start);
        Timings timings = first > SLOW_MS || options.cypherRuns() <= 1
                ? Timings.of(first)
                : Timings.of(first).plus(Timings.measure(0, options.cypherRuns() - 1, run));
        return new Reference(List.copyOf(rows.apply(result)), timings, "");
    }

    static BenchmarkReport.Row row(String question, Timings engine, Reference ref, Set<String> expected, String note) {
        Set<String> actual = new TreeSet<>(ref.rows());
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
            check = "DIFFERENT: engine only " + first(missing) + ", reference only " + first(extra);
        }
        return new BenchmarkReport.Row(question, engine, ref.timings(), check, note);
    }

    private static String first(Set<String> values) {
        return values.size() <= 5
                ? values.toString()
                : values.stream().limit(5).toList() + " and " + (values.size() - 5) + " more";
    }

    /**
     * Fewer repetitions for slow work: the first (cold) run alone above 10 s, three more runs above 2 s, otherwise
     * {@code warmUp} more unmeasured runs and {@code runs} measured ones.
     */
    static Timings measureAdaptive(int warmUp, int runs, Supplier<?> work) {
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

    /** Runs with the usual repetitions of the options. */
    Timings measure(Supplier<?> work) {
        return measureAdaptive(Math.min(5, options.runs()), options.runs(), work);
    }

    static String round(double value) {
        return String.format(java.util.Locale.ROOT, "%.6f", value);
    }
}
