package dev.strata.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.StrataIntegrationTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

/**
 * 8 writers x 250 mutations over HTTP on overlapping keys: creates of the same keys race, dependencies between the
 * same pairs race. Whatever the interleaving, the result must equal a serial run: each key once, each edge once,
 * every request answered with data or a typed error, never a server error.
 */
class ConcurrentWritersIT extends StrataIntegrationTest {

    private static final int WRITERS = 8;
    private static final int OPERATIONS = 250;
    private static final int KEYS = 40;

    private final java.util.concurrent.atomic.AtomicReference<String> firstError =
            new java.util.concurrent.atomic.AtomicReference<>();

    @AfterEach
    void removeTestData() {
        cleanUpTestData();
    }

    @Test
    void concurrentOverlappingWritesEndInTheSameStateAsASerialRun() throws Exception {
        AtomicInteger serverErrors = new AtomicInteger();
        Set<String> expectedKeys = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Set<String> expectedEdges = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try (ExecutorService pool = Executors.newFixedThreadPool(WRITERS)) {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int seed = w;
                writers.add(pool.submit(
                        () -> write(new Random(seed), client(ADMIN_TOKEN), serverErrors, expectedKeys, expectedEdges)));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        }
        assertThat(serverErrors).as("first error: %s", firstError.get()).hasValue(0);
        assertThat(keys("MATCH (c:Capability) WHERE c.key STARTS WITH 't-cc-' RETURN c.key"))
                .containsExactlyInAnyOrderElementsOf(expectedKeys)
                .doesNotHaveDuplicates();
        List<String> edges = keys("""
                MATCH (a:Capability)-[:DEPENDS_ON]->(b:Capability) WHERE a.key STARTS WITH 't-cc-'
                RETURN a.key + '>' + b.key""");
        assertThat(edges).containsExactlyInAnyOrderElementsOf(expectedEdges).doesNotHaveDuplicates();
        assertThat(new HashSet<>(edges)).hasSize(edges.size());
    }

    private void write(
            Random random,
            HttpSyncGraphQlClient graphQl,
            AtomicInteger serverErrors,
            Set<String> keys,
            Set<String> edges) {
        for (int i = 0; i < OPERATIONS; i++) {
            String a = "t-cc-" + random.nextInt(KEYS);
            ClientGraphQlResponse response;
            if (random.nextInt(3) == 0 || !exists(a)) {
                response = graphQl.document(
                                "mutation($key: ID!, $name: String!) { createCapability(input: {key: $key, name: $name, lifecycle: GA, tier: 2}) { errors { code } } }")
                        .variable("key", a)
                        .variable("name", a)
                        .executeSync();
                if (response.getErrors().isEmpty()) {
                    keys.add(a);
                }
            } else {
                String b = "t-cc-" + random.nextInt(KEYS);
                response = graphQl.document(
                                "mutation($a: ID!, $b: ID!) { addDependency(input: {capabilityKey: $a, dependsOnKey: $b}) { errors { code } } }")
                        .variable("a", a)
                        .variable("b", b)
                        .executeSync();
                List<Map> errors = response.getErrors().isEmpty()
                        ? response.field("addDependency.errors").toEntityList(Map.class)
                        : List.of();
                if (response.getErrors().isEmpty() && errors.isEmpty()) {
                    edges.add(a + ">" + b);
                }
            }
            if (!response.getErrors().isEmpty()) {
                serverErrors.incrementAndGet();
                firstError.compareAndSet(null, response.getErrors().toString());
            }
        }
    }

    private boolean exists(String key) {
        return !keys("MATCH (c:Capability {key: $key}) RETURN c.key", Map.of("key", key))
                .isEmpty();
    }
}
