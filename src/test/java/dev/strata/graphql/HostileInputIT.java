package dev.strata.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.StrataIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Thousands of generated malformed or hostile GraphQL requests (wrong types, huge strings, control characters,
 * Cypher fragments in names and keys, deep nesting, broken JSON): every one gets a client error or a successful,
 * literal write; none gets a server error, and a refused request writes nothing.
 */
class HostileInputIT extends StrataIntegrationTest {

    private static final int REQUESTS = 2000;
    private static final List<String> HOSTILE = List.of(
            "x'}) MATCH (n) DETACH DELETE n //",
            "\") RETURN 1 UNION MATCH (n) DELETE n //",
            "$key",
            "`Team`",
            "t-\u0000nul",
            "t-\u001b[31m",
            "\uD83D\uDE80 rocket",
            "ünïcödé",
            "<script>alert(1)</script>",
            "{{7*7}}",
            "' OR 1=1 --",
            "\\\\",
            "\n\n\n",
            " ",
            "");
    private static final List<String> MUTATIONS = List.of(
            "createTeam(input: {key: $a, name: $b, type: PLATFORM, size: $n})",
            "createValueStream(input: {key: $a, name: $b, kind: BUSINESS})",
            "createLayer(input: {key: $a, name: $b, rank: $n})",
            "createCapability(input: {key: $a, name: $b, lifecycle: GA, tier: $n, category: $b})",
            "updateTeam(input: {key: $a, name: $b, size: $n})",
            "addDependency(input: {capabilityKey: $a, dependsOnKey: $b})",
            "createConsumer(input: {key: $a, name: $b, kind: SERVICE, tier: $n, ownerKey: $b})");

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void removeTestData() {
        cleanUpTestData();
    }

    @Test
    void hostileRequestsGetClientErrorsOrLiteralWritesAndNeverServerErrors() throws Exception {
        Random random = new Random(20261127);
        int refused = 0;
        int written = 0;
        for (int i = 0; i < REQUESTS; i++) {
            String before = fingerprint();
            String key = random.nextBoolean() ? "t-fz-" + i : pick(random);
            String name = pick(random);
            Object number = switch (random.nextInt(6)) {
                case 0 -> "seven";
                case 1 -> Long.MAX_VALUE;
                case 2 -> -1;
                case 3 -> List.of(List.of(List.of(1)));
                case 4 -> Map.of("nested", Map.of("deeper", 1));
                default -> 1 + random.nextInt(3);
            };
            String mutation = MUTATIONS.get(random.nextInt(MUTATIONS.size()));
            String operation = mutation.substring(0, mutation.indexOf('('));
            String body = switch (random.nextInt(10)) {
                case 0 -> "{\"query\": \"mutation { " + "{".repeat(500) + "\"}";
                case 1 ->
                    "{\"query\": "
                            + json.writeValueAsString("mutation($a: ID!) { "
                                    + mutation.replace("$b", "$a").replace("$n", "1") + " { errors { code } } }")
                            + ", \"variables\": {\"a\": " + json.writeValueAsString(name.repeat(20_000)) + "}}";
                case 2 -> "{\"query\": \"mutation "; // broken JSON
                default ->
                    json.writeValueAsString(Map.of(
                            "query",
                            "mutation($a: ID!, $b: String!, $n: Int!) { "
                                    + mutation.replace("key: $a", "key: $a")
                                            .replace("ownerKey: $b", "ownerKey: $a")
                                            .replace("dependsOnKey: $b", "dependsOnKey: $a")
                                    + " { errors { code message } } }",
                            "variables",
                            Map.of("a", key, "b", name, "n", number)));
            };
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + ADMIN_TOKEN)
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode())
                    .as("request %d: %s", i, abbreviated(body))
                    .isLessThan(500);
            assertThat(response.body())
                    .as("request %d: %s", i, abbreviated(body))
                    .doesNotContain("INTERNAL_ERROR");
            Map<String, Object> result =
                    response.statusCode() == 200 ? json.readValue(response.body(), Map.class) : Map.of();
            Map<String, Object> data = result.get("data") instanceof Map<?, ?> d ? (Map<String, Object>) d : Map.of();
            Map<String, Object> payload = data.get(operation) instanceof Map<?, ?> p ? (Map<String, Object>) p : null;
            boolean success =
                    result.get("errors") == null && payload != null && ((List<?>) payload.get("errors")).isEmpty();
            if (success) {
                written++;
                if (operation.startsWith("create")) {
                    String label = Character.toUpperCase(operation.charAt(6)) + operation.substring(7);
                    assertThat(stored(label, key))
                            .as("the name is stored literally")
                            .isEqualTo(name);
                }
            } else {
                refused++;
                assertThat(fingerprint())
                        .as("request %d wrote nothing: %s", i, abbreviated(body))
                        .isEqualTo(before);
            }
        }
        assertThat(refused).isGreaterThan(REQUESTS / 2);
        assertThat(written).isPositive();
        assertThat(count("MATCH (n) WHERE n:Team OR n:Capability RETURN count(n)"))
                .isPositive();
    }

    private String stored(String label, String key) {
        try (var session = driver.session()) {
            return session.run(
                            "MATCH (n {key: $key}) WHERE $label IN labels(n) RETURN n.name",
                            Map.of("key", key, "label", label))
                    .single()
                    .get(0)
                    .asString();
        }
    }

    private static String pick(Random random) {
        return HOSTILE.get(random.nextInt(HOSTILE.size()));
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
