package dev.strata.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.StrataIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * One client floods the demo with the most expensive requests the budget allows, from eight connections at once, plus
 * requests over the budget; a second client's cheap query is answered all the while (issue 10.5). Every flood request
 * gets data or a typed refusal (budget, BUSY, deadline), never an internal error.
 */
class FloodIT extends StrataIntegrationTest {

    private static final String HEAVY = """
            { a: hotspots(first: 100) { key severity } b: hotspots(first: 100) { key severity }
              structuralRisks { tierInversions { sourceKey targetKey } deprecatedInUse { consumerKey capabilityKey } }
              capabilityAdoptions { capabilityKey adoptionRate } dependencyCycles { members } }
            """;
    private static final String OVER_BUDGET = "{ "
            + String.join(
                    " ",
                    java.util.stream.IntStream.range(0, 8)
                            .mapToObj(i -> "h" + i + ": hotspots { key }")
                            .toList())
            + " }";
    private static final String CHEAP = "{ teams(first: 5) { totalCount nodes { key name } } }";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aSecondClientsCheapQueryIsAnsweredWhileOneClientFloodsTheMostExpensiveQueries() throws Exception {
        HttpClient flooder = HttpClient.newHttpClient();
        HttpClient bystander = HttpClient.newHttpClient();
        AtomicBoolean flooding = new AtomicBoolean(true);
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> flood = new ArrayList<>();
        try {
            for (int connection = 0; connection < 8; connection++) {
                String document = connection == 0 ? OVER_BUDGET : HEAVY;
                flood.add(pool.submit(() -> {
                    for (int i = 0; i < 200 && flooding.get(); i++) {
                        HttpResponse<String> response = send(flooder, document);
                        outcomes.computeIfAbsent(outcome(response), key -> new AtomicInteger())
                                .incrementAndGet();
                    }
                    return null;
                }));
            }
            int answered = 0;
            long floodEnds = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (System.nanoTime() < floodEnds) {
                HttpResponse<String> cheap = send(bystander, CHEAP);
                assertThat(cheap.statusCode()).isEqualTo(200);
                assertThat(cheap.body()).contains("totalCount").doesNotContain("\"errors\"");
                answered++;
                Thread.sleep(100);
            }
            flooding.set(false);
            for (Future<?> connection : flood) {
                connection.get(2 * REQUEST_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
            System.out.println(
                    "FloodIT: " + answered + " cheap queries answered during the flood; flood outcomes " + outcomes);
            assertThat(answered).isPositive();
            assertThat(outcomes.keySet())
                    .allSatisfy(
                            outcome -> assertThat(outcome).isIn("data", "BAD_REQUEST", "BUSY", "DEADLINE_EXCEEDED"));
            assertThat(outcomes).containsKeys("data", "BAD_REQUEST");
        } finally {
            flooding.set(false);
            pool.shutdownNow();
            assertThat(pool.awaitTermination(2 * REQUEST_TIMEOUT.toSeconds(), TimeUnit.SECONDS))
                    .isTrue();
        }
    }

    /** "data" for a full answer, else the classification of its errors (all must share one). */
    private String outcome(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<?, ?> body = json.readValue(response.body(), Map.class);
        if (!(body.get("errors") instanceof List<?> errors) || errors.isEmpty()) {
            return "data";
        }
        List<String> classifications = errors.stream()
                .map(e -> String.valueOf(((Map<?, ?>) ((Map<?, ?>) e).get("extensions")).get("classification")))
                .distinct()
                .toList();
        assertThat(classifications).as(response.body()).hasSize(1);
        return classifications.getFirst();
    }

    private HttpResponse<String> send(HttpClient client, String document) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                        .timeout(REQUEST_TIMEOUT.plusSeconds(5))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", document))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
