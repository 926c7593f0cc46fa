package dev.strata.analytics.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.analytics.Fixtures;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.graph.SnapshotDescription;
import dev.strata.model.NodeKind;
import dev.strata.testsupport.Neo4jTestServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The platform product fields the scorecards check (documentation, support channel, on-call) reach the snapshot the
 * same way from the embedded kernel, from Bolt and from landscape files; a value that is not text does not count.
 */
class ProductFieldsSnapshotTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void kernelBoltAndFilesAgreeOnTheProductFields() {
        Neo4jTestServer.load("/fixtures/products-example.cypher");
        LandscapeSnapshot fromFiles = Fixtures.yaml("products-example");
        LandscapeSnapshot fromKernel = new KernelSnapshotSource(Neo4jTestServer.database(), TIMEOUT)
                .read()
                .snapshot();
        LandscapeSnapshot fromBolt =
                new BoltSnapshotSource(Neo4jTestServer.driver(), TIMEOUT).read().snapshot();

        assertThat(SnapshotDescription.of(fromKernel)).containsExactlyElementsOf(SnapshotDescription.of(fromFiles));
        assertThat(SnapshotDescription.of(fromBolt)).containsExactlyElementsOf(SnapshotDescription.of(fromFiles));
        int network = fromKernel.indexOf(NodeKind.PLATFORM, "cloud-network");
        int kubernetes = fromKernel.indexOf(NodeKind.PLATFORM, "kubernetes");
        assertThat(fromKernel.documented(network) && fromKernel.supported(network) && fromKernel.onCall(network))
                .isTrue();
        assertThat(fromKernel.onCall(kubernetes)).isFalse();
    }

    @Test
    void aValueThatIsNotTextDoesNotCount() {
        Neo4jTestServer.load("/fixtures/products-example.cypher");
        Neo4jTestServer.run("MATCH (p:Platform {key: 'kubernetes'}) SET p.onCall = 42, p.documentation = null");
        for (SnapshotSource source : new SnapshotSource[] {
            new KernelSnapshotSource(Neo4jTestServer.database(), TIMEOUT),
            new BoltSnapshotSource(Neo4jTestServer.driver(), TIMEOUT)
        }) {
            LandscapeSnapshot snapshot = source.read().snapshot();
            int kubernetes = snapshot.indexOf(NodeKind.PLATFORM, "kubernetes");
            assertThat(snapshot.onCall(kubernetes)).as(source.describe()).isFalse();
            assertThat(snapshot.documented(kubernetes)).as(source.describe()).isFalse();
            assertThat(snapshot.supported(kubernetes)).as(source.describe()).isTrue();
        }
    }
}
