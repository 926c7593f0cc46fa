package dev.strata.analytics.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.model.Landscape;
import dev.strata.testsupport.Neo4jTestServer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Session;

/**
 * Random landscapes (fixed seeds, with occasional dependency cycles) loaded into Neo4j: the engine's dominator-based
 * single points of failure equal a brute force that removes each capability and re-checks reachability, and equal
 * the brute-force Cypher of cypher/analytics/single-points-of-failure.cypher.
 */
class SinglePointsOfFailurePropertyTest {

    private final CypherRisks engine = new CypherRisks(Neo4jTestServer.driver(), Duration.ofSeconds(60));

    static IntStream seeds() {
        return IntStream.range(0, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void dominatorsEqualRemoveAndRecheckBruteForce(int seed) {
        Landscape landscape = Landscape.random(new Random(seed));
        landscape.load();

        SinglePointsOfFailure spof = engine.singlePointsOfFailure();

        Map<String, Set<String>> expected = landscape.bruteForceCriticalByConsumer();
        Map<String, Set<String>> actual = new TreeMap<>();
        spof.criticalByConsumer()
                .forEach((consumer, capabilities) -> actual.put(consumer, new TreeSet<>(capabilities)));
        assertThat(actual).isEqualTo(expected);

        // the order runs from the consumer towards the sinks: removing one cuts the consumer off from the next
        spof.criticalByConsumer().forEach((consumer, chain) -> {
            for (int i = 0; i + 1 < chain.size(); i++) {
                assertThat(landscape.reach(consumer, chain.get(i))).doesNotContain(chain.get(i + 1));
            }
        });

        Map<String, Set<String>> consumersByCapability = new TreeMap<>();
        expected.forEach((consumer, capabilities) -> capabilities.forEach(capability -> consumersByCapability
                .computeIfAbsent(capability, c -> new TreeSet<>())
                .add(consumer)));
        assertThat(spof.capabilities())
                .hasSize(consumersByCapability.size())
                .allSatisfy(row -> assertThat(row.consumerKeys())
                        .containsExactlyElementsOf(consumersByCapability.get(row.capabilityKey())));
        assertThat(spof.platforms()).allSatisfy(row -> {
            Set<String> union = new TreeSet<>();
            row.capabilityKeys().forEach(capability -> union.addAll(consumersByCapability.get(capability)));
            assertThat(row.consumerKeys()).containsExactlyElementsOf(union);
            assertThat(row.capabilityKeys())
                    .allSatisfy(capability ->
                            assertThat(landscape.platformOf(capability)).isEqualTo(row.platformKey()));
        });

        assertThat(RiskQueryFilesTest.runSinglePointsOfFailureFile()).isEqualTo(spof.capabilities());
    }

    @Test
    void theSeedsCoverCyclesRedundancyAndSinglePointsOfFailure() {
        int withCycles = 0;
        int withCriticalCapabilities = 0;
        int withRedundantCapabilities = 0;
        for (int seed : seeds().toArray()) {
            Landscape landscape = Landscape.random(new Random(seed));
            Map<String, Set<String>> critical = landscape.bruteForceCriticalByConsumer();
            withCycles += landscape.hasCycle() ? 1 : 0;
            withCriticalCapabilities += critical.isEmpty() ? 0 : 1;
            boolean redundant = false;
            for (int consumer = 0; consumer < landscape.consumers(); consumer++) {
                String key = "u" + consumer;
                redundant |= !critical.getOrDefault(key, Set.of()).containsAll(landscape.reach(key, null));
            }
            withRedundantCapabilities += redundant ? 1 : 0;
        }
        assertThat(withCycles).isGreaterThanOrEqualTo(5);
        assertThat(withCriticalCapabilities).isGreaterThanOrEqualTo(20);
        assertThat(withRedundantCapabilities).isGreaterThanOrEqualTo(20);
    }

    /** Capabilities c0..cN, consumers u0..uM, platforms p0..p2 (some capabilities have none). */
    record Landscape(
            int capabilities,
            int consumers,
            List<List<Integer>> dependsOn,
            List<List<Integer>> consumes,
            int[] platform) {

        static Landscape random(Random random) {
            int capabilities = 2 + random.nextInt(10);
            int consumers = 1 + random.nextInt(6);
            double forward = 0.15 + random.nextDouble() * 0.3;
            double backward = random.nextInt(4) == 0 ? 0.08 : 0.0; // a quarter of the landscapes may have cycles
            List<List<Integer>> dependsOn = new ArrayList<>();
            for (int from = 0; from < capabilities; from++) {
                List<Integer> targets = new ArrayList<>();
                for (int to = 0; to < capabilities; to++) {
                    if (to != from && random.nextDouble() < (to > from ? forward : backward)) {
                        targets.add(to);
                    }
                }
                dependsOn.add(targets);
            }
            List<List<Integer>> consumes = new ArrayList<>();
            for (int consumer = 0; consumer < consumers; consumer++) {
                Set<Integer> targets = new TreeSet<>();
                int count = random.nextInt(4); // 0..3: some consumers consume nothing
                for (int i = 0; i < count; i++) {
                    targets.add(random.nextInt(capabilities));
                }
                consumes.add(List.copyOf(targets));
            }
            int[] platform = new int[capabilities];
            for (int capability = 0; capability < capabilities; capability++) {
                platform[capability] = random.nextInt(4) - 1; // -1 = no providing platform
            }
            return new Landscape(capabilities, consumers, dependsOn, consumes, platform);
        }

        void load() {
            Neo4jTestServer.clear();
            List<Map<String, Object>> capabilityRows = new ArrayList<>();
            List<Map<String, Object>> dependencyRows = new ArrayList<>();
            for (int capability = 0; capability < capabilities; capability++) {
                Map<String, Object> row = new HashMap<>();
                row.put("key", "c" + capability);
                row.put("platform", platform[capability] < 0 ? null : "p" + platform[capability]);
                capabilityRows.add(row);
                for (int dependency : dependsOn.get(capability)) {
                    dependencyRows.add(Map.of("from", "c" + capability, "to", "c" + dependency));
                }
            }
            List<Map<String, Object>> consumerRows = new ArrayList<>();
            for (int consumer = 0; consumer < consumers; consumer++) {
                consumerRows.add(Map.of(
                        "key",
                        "u" + consumer,
                        "consumes",
                        consumes.get(consumer).stream().map(c -> "c" + c).toList()));
            }
            try (Session session = Neo4jTestServer.driver().session()) {
                session.run("""
                        UNWIND ['p0', 'p1', 'p2'] AS key
                        CREATE (:Platform {key: key, name: 'Platform ' + key, tier: 1})
                        """).consume();
                session.run("""
                        UNWIND $rows AS row
                        CREATE (c:Capability {key: row.key, name: 'Capability ' + row.key, lifecycle: 'GA', tier: 1})
                        WITH c, row
                        MATCH (p:Platform {key: row.platform})
                        CREATE (p)-[:PROVIDES]->(c)
                        """, Map.of("rows", capabilityRows)).consume();
                session.run("""
                        UNWIND $rows AS row
                        MATCH (a:Capability {key: row.from}), (b:Capability {key: row.to})
                        CREATE (a)-[:DEPENDS_ON]->(b)
                        """, Map.of("rows", dependencyRows)).consume();
                session.run("""
                        UNWIND $rows AS row
                        CREATE (u:Consumer {key: row.key, name: 'Consumer ' + row.key, kind: 'SERVICE', tier: 1})
                        WITH u, row
                        UNWIND row.consumes AS capabilityKey
                        MATCH (c:Capability {key: capabilityKey})
                        CREATE (u)-[:CONSUMES {since: date('2025-01-01'), mode: 'X_AS_A_SERVICE'}]->(c)
                        """, Map.of("rows", consumerRows)).consume();
            }
        }

        /** The definition, literally: U reaches X, and without X U reaches none of the sinks it reaches with X. */
        Map<String, Set<String>> bruteForceCriticalByConsumer() {
            Map<String, Set<String>> critical = new TreeMap<>();
            for (int consumer = 0; consumer < consumers; consumer++) {
                String consumerKey = "u" + consumer;
                Set<String> reached = reach(consumerKey, null);
                Set<String> sinks = new HashSet<>();
                for (String capability : reached) {
                    if (dependsOn.get(index(capability)).isEmpty()) {
                        sinks.add(capability);
                    }
                }
                for (String removed : reached) {
                    Set<String> otherSinks = new HashSet<>(sinks);
                    otherSinks.remove(removed);
                    Set<String> without = reach(consumerKey, removed);
                    if (!sinks.isEmpty() && otherSinks.stream().noneMatch(without::contains)) {
                        critical.computeIfAbsent(consumerKey, c -> new TreeSet<>())
                                .add(removed);
                    }
                }
            }
            return critical;
        }

        /** Capabilities the consumer reaches when {@code removed} (may be null) is taken out of the graph. */
        Set<String> reach(String consumerKey, String removed) {
            Set<String> reached = new HashSet<>();
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (int capability : consumes.get(Integer.parseInt(consumerKey.substring(1)))) {
                if (!("c" + capability).equals(removed) && reached.add("c" + capability)) {
                    queue.add(capability);
                }
            }
            while (!queue.isEmpty()) {
                for (int dependency : dependsOn.get(queue.poll())) {
                    if (!("c" + dependency).equals(removed) && reached.add("c" + dependency)) {
                        queue.add(dependency);
                    }
                }
            }
            return reached;
        }

        /** Whether some capability depends on itself through DEPENDS_ON. */
        boolean hasCycle() {
            for (int start = 0; start < capabilities; start++) {
                Set<Integer> reached = new HashSet<>();
                ArrayDeque<Integer> queue = new ArrayDeque<>(dependsOn.get(start));
                while (!queue.isEmpty()) {
                    int capability = queue.poll();
                    if (capability == start) {
                        return true;
                    }
                    if (reached.add(capability)) {
                        queue.addAll(dependsOn.get(capability));
                    }
                }
            }
            return false;
        }

        String platformOf(String capabilityKey) {
            int p = platform[index(capabilityKey)];
            return p < 0 ? null : "p" + p;
        }

        private static int index(String capabilityKey) {
            return Integer.parseInt(capabilityKey.substring(1));
        }
    }
}
