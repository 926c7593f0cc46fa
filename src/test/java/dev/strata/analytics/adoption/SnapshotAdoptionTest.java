package dev.strata.analytics.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.analytics.RandomLandscape;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.graph.UnknownNodeException;
import dev.strata.analytics.snapshot.LandscapeSnapshotLoader;
import dev.strata.testsupport.Neo4jTestServer;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Adoption from the in-memory snapshot equals its reference (capability-, platform- and team-adoption.cypher plus the
 * trends from adoption-events.cypher, run by the Cypher-based {@link CypherAdoption}) on the same database: the
 * adoption fixture, the demo and random landscapes. Means may differ in the last bits of a double.
 */
class SnapshotAdoptionTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Comparator<Double> CLOSE =
            Comparator.nullsFirst((a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b));

    private final CypherAdoption reference = new CypherAdoption(Neo4jTestServer.driver(), TIMEOUT);

    static LongStream seeds() {
        return LongStream.range(1, 7);
    }

    @Test
    void equalsTheReferenceOnTheAdoptionFixture() {
        Neo4jTestServer.load("/fixtures/metrics-adoption.cypher");
        LandscapeSnapshot snapshot = assertEqualToTheReference();

        CapabilityAdoption one = reference.capabilities().getFirst();
        assertThat(SnapshotAdoption.capability(snapshot, one.capabilityKey())).isEqualTo(one);
        TeamAdoption team = reference.platformTeams().getFirst();
        assertThat(SnapshotAdoption.platformTeam(snapshot, team.teamKey())).isEqualTo(team);
        assertThatThrownBy(() -> SnapshotAdoption.platform(snapshot, "no-such-platform"))
                .isInstanceOf(UnknownNodeException.class)
                .hasMessageContaining("no-such-platform");
    }

    @Test
    void equalsTheReferenceOnTheDemo() {
        Neo4jTestServer.load("/cypher/demo/demo-landscape.cypher");
        assertEqualToTheReference();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void equalsTheReferenceOnRandomLandscapes(long seed) {
        Neo4jTestServer.clear();
        RandomLandscape.generate(seed, RandomLandscape.Shape.small()).writeTo(Neo4jTestServer.driver());
        assertEqualToTheReference();
    }

    private LandscapeSnapshot assertEqualToTheReference() {
        LandscapeSnapshot snapshot = new LandscapeSnapshotLoader(Neo4jTestServer.driver(), TIMEOUT).load();
        assertClose(SnapshotAdoption.capabilities(snapshot), reference.capabilities());
        assertClose(SnapshotAdoption.platforms(snapshot), reference.platforms());
        assertClose(SnapshotAdoption.platformTeams(snapshot), reference.platformTeams());
        assertThat(reference.capabilities())
                .isNotEmpty()
                .anySatisfy(row -> assertThat(row.trend()).isNotEmpty());
        return snapshot;
    }

    private static <T> void assertClose(List<T> actual, List<T> expected) {
        assertThat(actual)
                .usingRecursiveFieldByFieldElementComparator(
                        org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                                .withComparatorForType(CLOSE, Double.class)
                                .build())
                .containsExactlyElementsOf(expected);
    }
}
