package dev.strata.analytics.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.analytics.RandomLandscape;
import dev.strata.analytics.graph.SnapshotDescription;
import dev.strata.testsupport.Neo4jTestServer;
import java.time.Duration;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two ways of reading the snapshot read the same landscape: the embedded kernel reader (internal Neo4j API,
 * checked here on every build) and the Bolt reader, against each other and against the landscape that was written;
 * both report the landscape version and the count store's counts.
 */
class SnapshotSourcesTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final SnapshotSource kernel = new KernelSnapshotSource(Neo4jTestServer.database(), TIMEOUT);
    private final SnapshotSource bolt = new BoltSnapshotSource(Neo4jTestServer.driver(), TIMEOUT);

    static LongStream seeds() {
        return LongStream.range(1, 6);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void bothReadersReadTheLandscapeThatWasWritten(long seed) {
        RandomLandscape landscape = RandomLandscape.generate(seed, RandomLandscape.Shape.small());
        Neo4jTestServer.clear();
        landscape.writeTo(Neo4jTestServer.driver());

        SnapshotSource.Read fromKernel = kernel.read();
        SnapshotSource.Read fromBolt = bolt.read();

        var expected = SnapshotDescription.of(landscape.toSnapshot());
        assertThat(SnapshotDescription.of(fromKernel.snapshot())).containsExactlyElementsOf(expected);
        assertThat(SnapshotDescription.of(fromBolt.snapshot())).containsExactlyElementsOf(expected);
        assertThat(fromKernel.counts())
                .isEqualTo(fromBolt.counts())
                .isEqualTo(kernel.probe().counts());
        assertThat(fromKernel.counts().nodes())
                .containsExactly(
                        landscape.nodes.stream()
                                .filter(n -> n.kind().ordinal() == 0)
                                .count(),
                        landscape.nodes.stream()
                                .filter(n -> n.kind().ordinal() == 1)
                                .count(),
                        landscape.nodes.stream()
                                .filter(n -> n.kind().ordinal() == 2)
                                .count(),
                        landscape.nodes.stream()
                                .filter(n -> n.kind().ordinal() == 3)
                                .count(),
                        landscape.nodes.stream()
                                .filter(n -> n.kind().ordinal() == 4)
                                .count(),
                        landscape.nodes.stream()
                                .filter(n -> n.kind().ordinal() == 5)
                                .count());
    }

    @Test
    void bothReportTheLandscapeVersionAndSkipWhatIsNotLandscape() {
        Neo4jTestServer.clear();
        Neo4jTestServer.run("""
                CREATE (:StrataMeta {key: 'landscape-head', version: 42}),
                       (a:Capability {key: 'kept', name: 'Kept', lifecycle: 'GA', tier: 1}),
                       (:Capability {name: 'no key'}),
                       (a)-[:UNKNOWN_TYPE]->(:AuditEvent {key: 'not landscape'}),
                       (a)-[:DEPENDS_ON]->(:Team {key: 'wrong-kind', type: 'PLATFORM', size: 1})
                """);

        for (SnapshotSource source : new SnapshotSource[] {kernel, bolt}) {
            SnapshotSource.Read read = source.read();
            assertThat(read.version()).as(source.describe()).isEqualTo(42);
            assertThat(source.probe().version()).isEqualTo(42);
            assertThat(read.snapshot().nodeCount()).as(source.describe()).isEqualTo(2);
            assertThat(read.snapshot().relationshipCount())
                    .as(source.describe())
                    .isZero();
        }
        assertThat(SnapshotDescription.of(kernel.read().snapshot()))
                .containsExactlyElementsOf(SnapshotDescription.of(bolt.read().snapshot()));
    }
}
