package dev.strata.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.analytics.adoption.CapabilityAdoption;
import dev.strata.analytics.adoption.SnapshotAdoption;
import dev.strata.analytics.chains.Cycles;
import dev.strata.analytics.chains.DependencyCycle;
import dev.strata.analytics.chains.LayerViolations;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.hotspots.Hotspot;
import dev.strata.analytics.hotspots.HotspotEngine;
import dev.strata.analytics.load.CognitiveLoadBand;
import dev.strata.analytics.load.CognitiveLoadModel;
import dev.strata.analytics.load.SnapshotCognitiveLoad;
import dev.strata.analytics.load.TeamCognitiveLoad;
import dev.strata.analytics.risk.CapabilitySinglePointOfFailure;
import dev.strata.analytics.risk.DeprecatedInUse;
import dev.strata.analytics.risk.OwnershipRisks;
import dev.strata.analytics.risk.ReachRisks;
import dev.strata.analytics.risk.SinglePointsOfFailureAnalysis;
import dev.strata.ingest.LandscapeFile;
import dev.strata.ingest.LandscapeParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every engine on the demo landscape, parsed from its landscape files into an in-memory snapshot (no database, no
 * Spring): each finds the problems the demo was built with (listed in the README and in the header of
 * cypher/demo/demo-landscape.cypher). {@code DemoAnalyticsIT} asks the same through GraphQL.
 */
class DemoLandscapeEnginesTest {

    private static LandscapeSnapshot demo;

    @BeforeAll
    static void parseTheDemoFiles() throws IOException {
        try (Stream<Path> paths = Files.list(Path.of("src/main/resources/landscape/demo"))) {
            List<LandscapeFile> files = paths.sorted()
                    .map(path -> new LandscapeFile(path.getFileName().toString(), read(path)))
                    .toList();
            LandscapeParser.Parsed parsed = LandscapeParser.parse(files);
            assertThat(parsed.problems()).isEmpty();
            demo = LandscapeSnapshot.of(parsed.declared());
        }
    }

    @Test
    void theOverloadedThreePersonTeamTopsTheCognitiveLoad() {
        TeamCognitiveLoad top = SnapshotCognitiveLoad.allTeams(demo, CognitiveLoadModel.defaults())
                .getFirst();
        assertThat(top.teamKey()).isEqualTo("team-ml-platform");
        assertThat(top.size()).isEqualTo(3);
        assertThat(top.band()).isEqualTo(CognitiveLoadBand.OVERLOADED);
    }

    @Test
    void singlePointsOfFailureFollowTheDominatorSemantics() {
        List<CapabilitySinglePointOfFailure> spofs =
                SinglePointsOfFailureAnalysis.of(demo).capabilities(50);
        assertThat(spofs.getFirst().capabilityKey()).isEqualTo("data-lake");
        assertThat(spofs.getFirst().consumers()).isEqualTo(2);
        // every consumer reaches cloud-networking, but also other bottom capabilities: not a single point of failure
        assertThat(spofs)
                .extracting(CapabilitySinglePointOfFailure::capabilityKey)
                .doesNotContain("cloud-networking");
    }

    @Test
    void theDeliberateStructuralProblemsAreFound() {
        assertThat(OwnershipRisks.unowned(demo))
                .anySatisfy(u ->
                        assertThat(u.key() + " " + u.reason()).isEqualTo("batch-job-scheduler NO_PROVIDING_PLATFORM"))
                .anySatisfy(u -> assertThat(u.key() + " " + u.reason()).isEqualTo("legacy-middleware NO_OWNING_TEAM"));
        assertThat(OwnershipRisks.unusedCapabilities(demo))
                .anySatisfy(u -> assertThat(u.capabilityKey()).isEqualTo("service-mesh"));
        List<DeprecatedInUse> deprecated = ReachRisks.deprecatedInUse(demo, ReachRisks.MAX_HOPS);
        assertThat(deprecated.stream()
                        .filter(d -> d.capabilityKey().equals("managed-oracle") && d.hops() == 1)
                        .map(DeprecatedInUse::consumerKey))
                .containsExactlyInAnyOrder(
                        "core-accounts-service",
                        "sepa-batch-processor",
                        "policy-admin-system",
                        "loan-servicing-platform",
                        "stress-testing-batch");
        assertThat(ReachRisks.tierInversions(demo, ReachRisks.MAX_HOPS))
                .anySatisfy(t -> assertThat(t.sourceKey() + " " + t.targetKey() + " " + t.hops())
                        .isEqualTo("instant-payments-gateway serverless-functions 1"));
        assertThat(OwnershipRisks.ownershipAmbiguity(demo))
                .anySatisfy(a -> assertThat(a.category() + " " + a.platforms()).isEqualTo("model-inference 2"));
        assertThat(LayerViolations.find(demo).violations())
                .anySatisfy(v -> assertThat(v.fromCapability() + "->" + v.toCapability())
                        .isEqualTo("k8s-namespaces-as-a-service->gitops-deployments"));
        assertThat(Cycles.find(demo))
                .flatExtracting(DependencyCycle::members)
                .contains("identity-sso", "pki-certificates", "secrets-vault");
    }

    @Test
    void theDeprecatedDatabaseIsStillAdoptedAndTheHubsAreTheHotspots() {
        CapabilityAdoption oracle = SnapshotAdoption.capability(demo, "managed-oracle");
        assertThat(oracle.consumers()).isEqualTo(5);
        assertThat(oracle.deprecatedButUsed()).isOne();
        List<Hotspot> hotspots = HotspotEngine.compute(demo).top(5);
        assertThat(hotspots).hasSize(5).allSatisfy(h -> assertThat(h.affected()).isGreaterThan(10));
        assertThat(hotspots.stream().map(Hotspot::severity).toList()).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
