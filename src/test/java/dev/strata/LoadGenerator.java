package dev.strata;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load on loopback: N concurrent clients for a fixed time, each looping over a mix of list queries,
 * navigation, analytics and writes (create, update, delete of its own {@code t-load-} keys) through GraphQL over HTTP.
 * Counts every request whose HTTP status is not 200 or whose body carries a GraphQL error as an error.
 */
final class LoadGenerator {

    private static final List<String> QUERIES = List.of(
            "{ teams(first: 20) { totalCount nodes { key platforms { key } } } }",
            "{ capability(key: \"k8s-workloads\") { key dependencies { key } dependents { key } consumptions { consumer { key } } } }",
            "{ blastRadius(input: {targets: [{kind: CAPABILITY, key: \"cloud-networking\"}], first: 20}) { totalCount severity items { key depth } } }",
            "{ cognitiveLoad { teamKey index band } }",
            "{ layerViolations { violations { fromCapability } } dependencyCycles { members } }",
            "{ platformAdoptions { platformKey adoptionRate } }");

    private LoadGenerator() {}

    static Report run(String graphQlUrl, String token, int clients, Duration duration) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + duration.toNanos();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                int client = c;
                pool.submit(() -> {
                    Random random = new Random(client);
                    int writes = 0;
                    while (System.nanoTime() < end) {
                        String query = random.nextInt(5) == 0
                                ? write(client, writes++)
                                : QUERIES.get(random.nextInt(QUERIES.size()));
                        long started = System.nanoTime();
                        try {
                            HttpResponse<String> response = http.send(
                                    HttpRequest.newBuilder(URI.create(graphQlUrl))
                                            .header("Content-Type", "application/json")
                                            .header("Authorization", "Bearer " + token)
                                            .POST(HttpRequest.BodyPublishers.ofString(
                                                    "{\"query\":" + quote(query) + "}"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                            latencies.add(System.nanoTime() - started);
                            if (response.statusCode() != 200
                                    || response.body().contains("\"errors\":[{")
                                    || response.body().contains("\"code\":")) {
                                errors.incrementAndGet();
                                if (firstErrors.size() < 5) {
                                    firstErrors.add(response.statusCode() + " " + response.body());
                                }
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            firstErrors.add(e.toString());
                        }
                    }
                });
            }
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Report(
                clients,
                duration,
                sorted.size(),
                errors.get(),
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                List.copyOf(firstErrors));
    }

    /** Create, then rename, then delete a value stream of this client: each step a separate request. */
    private static String write(int client, int i) {
        String key = "t-load-" + client + "-" + (i / 3);
        return switch (i % 3) {
            case 0 ->
                "mutation { createValueStream(input: {key: \"" + key
                        + "\", name: \"Load\", kind: BUSINESS}) { errors { code } } }";
            case 1 ->
                "mutation { updateValueStream(input: {key: \"" + key
                        + "\", name: \"Load renamed\"}) { errors { code } } }";
            default -> "mutation { deleteValueStream(input: {key: \"" + key + "\"}) { errors { code } } }";
        };
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static double percentile(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }

    record Report(
            int clients,
            Duration duration,
            int requests,
            int errors,
            double p50Millis,
            double p95Millis,
            double p99Millis,
            List<String> firstErrors) {

        double throughput() {
            return requests / (double) duration.toSeconds();
        }

        String table() {
            return String.format(
                    """
                    | clients | duration | requests | throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) | errors |
                    | --- | --- | --- | --- | --- | --- | --- | --- |
                    | %d | %d s | %d | %.1f | %.1f | %.1f | %.1f | %d |
                    """,
                    clients, duration.toSeconds(), requests, throughput(), p50Millis, p95Millis, p99Millis, errors);
        }
    }
}
