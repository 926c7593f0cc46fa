package dev.strata.analytics.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.analytics.snapshot.LandscapeSnapshotLoader;
import dev.strata.testsupport.Neo4jTestServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Platforms in the layer {@code unassigned} or in none are listed as not placed in the stack, by the reference query
 * and by the snapshot alike.
 */
class UnplacedPlatformsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final CypherRisks reference = new CypherRisks(Neo4jTestServer.driver(), TIMEOUT);

    private List<UnplacedPlatform> fromSnapshot() {
        return OwnershipRisks.unplacedPlatforms(new LandscapeSnapshotLoader(Neo4jTestServer.driver(), TIMEOUT).load());
    }

    @BeforeEach
    void graph() {
        Neo4jTestServer.clear();
        Neo4jTestServer.run("""
                CREATE (infra:Layer {key: 'infrastructure', rank: 1, crossCutting: false}),
                       (unassigned:Layer {key: 'unassigned', crossCutting: true}),
                       (team:Team {key: 'shop-team', type: 'STREAM_ALIGNED', size: 4}),
                       (placed:Platform {key: 'cloud', name: 'Cloud', tier: 1})-[:IN_LAYER]->(infra),
                       (imported:Platform {key: 'shop', name: 'Shop', tier: 2})-[:IN_LAYER]->(unassigned),
                       (loose:Platform {key: 'loose', name: 'Loose', tier: 3}),
                       (team)-[:OWNS]->(imported),
                       (imported)-[:PROVIDES]->(:Capability {key: 'cart', lifecycle: 'GA', tier: 2}),
                       (imported)-[:PROVIDES]->(:Capability {key: 'checkout', lifecycle: 'GA', tier: 2}),
                       (placed)-[:PROVIDES]->(:Capability {key: 'vm', lifecycle: 'GA', tier: 1})
                """);
    }

    @Test
    void platformsInTheUnassignedLayerOrInNoLayerAreListedWithTheReason() {
        List<UnplacedPlatform> expected = List.of(
                new UnplacedPlatform("shop", "Shop", "UNASSIGNED_LAYER", 2, "shop-team"),
                new UnplacedPlatform("loose", "Loose", "NO_LAYER", 0, null));
        assertThat(reference.unplacedPlatforms()).containsExactlyElementsOf(expected);
        assertThat(fromSnapshot()).containsExactlyElementsOf(expected);
    }

    @Test
    void aPlacedLandscapeHasNone() {
        Neo4jTestServer.run("MATCH (p:Platform) WHERE p.key <> 'cloud' DETACH DELETE p");
        assertThat(reference.unplacedPlatforms()).isEmpty();
        assertThat(fromSnapshot()).isEmpty();
    }
}
