package dev.strata.analytics.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.snapshot.LandscapeSnapshotLoader;
import dev.strata.model.NodeKind;
import dev.strata.testsupport.Neo4jTestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The capabilities critical for some consumers, read off the one dominator tree, equal what
 * the reference (one dominator computation per consumer, CypherRisks) says for those consumers: on the property test's random landscapes
 * (with cycles and redundancy), on any subset of their consumers, and on the demo.
 */
class ConsumerCriticalCapabilitiesTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("dev.strata.analytics.risk.SinglePointsOfFailurePropertyTest#seeds")
    void equalTheWholeLandscapeAnswerForEverySubsetOfConsumers(int seed) {
        SinglePointsOfFailurePropertyTest.Landscape.random(new Random(seed)).load();
        LandscapeSnapshot snapshot = new LandscapeSnapshotLoader(Neo4jTestServer.driver(), TIMEOUT).load();
        Map<String, Set<String>> expected = expected(snapshot);

        List<String> consumers = new ArrayList<>();
        for (int consumer : snapshot.nodes(NodeKind.CONSUMER)) {
            consumers.add(snapshot.key(consumer));
        }
        assertThat(actual(ConsumerCriticalCapabilities.of(snapshot, consumers))).isEqualTo(expected);

        Random random = new Random(seed);
        List<String> some = consumers.stream().filter(c -> random.nextBoolean()).toList();
        Map<String, Set<String>> expectedForSome = new TreeMap<>();
        some.forEach(c -> expectedForSome.put(c, expected.get(c)));
        assertThat(actual(ConsumerCriticalCapabilities.of(snapshot, some))).isEqualTo(expectedForSome);
    }

    @Test
    void equalTheWholeLandscapeAnswerOnTheDemo() {
        Neo4jTestServer.load("/cypher/demo/demo-landscape.cypher");
        LandscapeSnapshot snapshot = new LandscapeSnapshotLoader(Neo4jTestServer.driver(), TIMEOUT).load();
        List<String> consumers = new ArrayList<>();
        for (int consumer : snapshot.nodes(NodeKind.CONSUMER)) {
            consumers.add(snapshot.key(consumer));
        }
        Map<String, Set<String>> expected = expected(snapshot);
        assertThat(expected.values())
                .as("the demo has consumers with critical capabilities")
                .anyMatch(critical -> !critical.isEmpty());
        assertThat(actual(ConsumerCriticalCapabilities.of(snapshot, consumers))).isEqualTo(expected);
        assertThat(ConsumerCriticalCapabilities.of(snapshot, List.of("no-such-consumer")))
                .isEmpty();
    }

    /** Every consumer with its critical capabilities by the whole-landscape computation (none: empty). */
    private static Map<String, Set<String>> expected(LandscapeSnapshot snapshot) {
        Map<String, List<String>> byConsumer =
                CypherRisks.singlePointsOfFailure(snapshot).criticalByConsumer();
        Map<String, Set<String>> expected = new TreeMap<>();
        for (int consumer : snapshot.nodes(NodeKind.CONSUMER)) {
            expected.put(
                    snapshot.key(consumer), new TreeSet<>(byConsumer.getOrDefault(snapshot.key(consumer), List.of())));
        }
        return expected;
    }

    private static Map<String, Set<String>> actual(Map<String, List<String>> byConsumer) {
        Map<String, Set<String>> actual = new TreeMap<>();
        byConsumer.forEach((consumer, critical) -> actual.put(consumer, new TreeSet<>(critical)));
        return actual;
    }
}
