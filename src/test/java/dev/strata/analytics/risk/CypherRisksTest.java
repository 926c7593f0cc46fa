package dev.strata.analytics.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.strata.analytics.load.CypherCognitiveLoad;
import dev.strata.analytics.load.TeamCognitiveLoad;
import dev.strata.testsupport.Neo4jTestServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The "risky landscape" example of src/docs/analytics/risks.md. */
class CypherRisksTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final CypherRisks engine = new CypherRisks(Neo4jTestServer.driver(), TIMEOUT);

    @BeforeEach
    void loadExample() {
        Neo4jTestServer.load("/fixtures/metrics-risks.cypher");
    }

    @Test
    void singlePointsOfFailureAreTheDominatorsOfEachConsumersSinks() {
        SinglePointsOfFailure spof = engine.singlePointsOfFailure();

        // checkout-web: ingress->runtime->network, ingress->object-store->storage, vectors->storage: no single cut
        // checkout-batch: everything goes through lake-query, which then reaches network and storage separately
        // checkout-jobs: runtime -> network, one chain
        // search-api: vectors and lake-vectors reach storage independently: none
        // search-build: ci-runner -> runtime -> network, one chain
        // stray-app: object-store -> storage, one chain
        assertThat(spof.criticalByConsumer())
                .containsOnly(
                        entry("checkout-batch", List.of("lake-query")),
                        entry("checkout-jobs", List.of("runtime", "network")),
                        entry("search-build", List.of("ci-runner", "runtime", "network")),
                        entry("stray-app", List.of("object-store", "storage")));
        assertThat(spof.capabilities())
                .containsExactly(
                        new CapabilitySinglePointOfFailure(
                                "network", "Network", "cloud", 2, List.of("checkout-jobs", "search-build")),
                        new CapabilitySinglePointOfFailure(
                                "runtime",
                                "Container runtime",
                                "kubernetes",
                                2,
                                List.of("checkout-jobs", "search-build")),
                        new CapabilitySinglePointOfFailure(
                                "ci-runner", "CI runner", "legacy-ci", 1, List.of("search-build")),
                        new CapabilitySinglePointOfFailure(
                                "lake-query", "Lake query", "data-lake", 1, List.of("checkout-batch")),
                        new CapabilitySinglePointOfFailure(
                                "object-store", "Object store", "data-lake", 1, List.of("stray-app")),
                        new CapabilitySinglePointOfFailure(
                                "storage", "Block and object storage", "cloud", 1, List.of("stray-app")));
        // cloud: network {checkout-jobs, search-build} + storage {stray-app} = 3 consumers
        assertThat(spof.platforms())
                .containsExactly(
                        new PlatformSinglePointOfFailure(
                                "cloud",
                                "Cloud",
                                3,
                                List.of("checkout-jobs", "search-build", "stray-app"),
                                List.of("network", "storage")),
                        new PlatformSinglePointOfFailure(
                                "data-lake",
                                "Data lake",
                                2,
                                List.of("checkout-batch", "stray-app"),
                                List.of("lake-query", "object-store")),
                        new PlatformSinglePointOfFailure(
                                "kubernetes",
                                "Kubernetes",
                                2,
                                List.of("checkout-jobs", "search-build"),
                                List.of("runtime")),
                        new PlatformSinglePointOfFailure(
                                "legacy-ci", "Legacy CI", 1, List.of("search-build"), List.of("ci-runner")));
    }

    @Test
    void aSecondPathRemovesASinglePointOfFailure() {
        // checkout-jobs also consumes storage directly: a second sink it reaches without runtime or network
        Neo4jTestServer.run("""
                MATCH (u:Consumer {key: 'checkout-jobs'}), (s:Capability {key: 'storage'})
                CREATE (u)-[:CONSUMES {since: date('2025-03-01'), mode: 'X_AS_A_SERVICE'}]->(s)
                """);

        assertThat(engine.singlePointsOfFailure().criticalByConsumer()).doesNotContainKey("checkout-jobs");
    }

    @Test
    void aConsumerWhoseDependenciesEndOnlyInACycleHasNoSinkToBeCutOffFrom() {
        Neo4jTestServer.run("""
                CREATE (u:Consumer {key: 'loop-app', name: 'Loop app', kind: 'SERVICE', tier: 2}),
                       (a:Capability {key: 'loop-a', lifecycle: 'GA', tier: 2}),
                       (b:Capability {key: 'loop-b', lifecycle: 'GA', tier: 2}),
                       (u)-[:CONSUMES {since: date('2025-01-01'), mode: 'X_AS_A_SERVICE'}]->(a),
                       (a)-[:DEPENDS_ON]->(b), (b)-[:DEPENDS_ON]->(a)
                """);

        assertThat(engine.singlePointsOfFailure().criticalByConsumer()).doesNotContainKey("loop-app");
    }

    @Test
    void unownedPlatformsAndCapabilitiesComeWithTheReason() {
        assertThat(engine.unowned())
                .containsExactly(
                        new Unowned("PLATFORM", "legacy-ci", "Legacy CI", "NO_OWNING_TEAM", "legacy-ci"),
                        new Unowned("CAPABILITY", "ci-runner", "CI runner", "PLATFORM_UNOWNED", "legacy-ci"),
                        new Unowned("CAPABILITY", "orphan-cache", "Orphan cache", "NO_PROVIDING_PLATFORM", null));
    }

    @Test
    void unusedCapabilitiesHaveNeitherConsumersNorDependents() {
        // network and storage have no consumers but are depended on; old-queue and orphan-cache have neither
        assertThat(engine.unusedCapabilities())
                .containsExactly(
                        new UnusedCapability("old-queue", "Old queue", "DEPRECATED", "kubernetes"),
                        new UnusedCapability("orphan-cache", "Orphan cache", "PLANNED", null));
    }

    @Test
    void deprecatedCapabilitiesInUseComeWithTheShortestPath() {
        assertThat(engine.deprecatedInUse(CypherRisks.MAX_HOPS))
                .containsExactly(
                        new DeprecatedInUse(
                                "checkout-batch",
                                "Checkout batch",
                                "lake-query",
                                "Lake query",
                                "DEPRECATED",
                                1,
                                List.of("checkout-batch", "lake-query")),
                        new DeprecatedInUse(
                                "search-api",
                                "Search API",
                                "lake-query",
                                "Lake query",
                                "DEPRECATED",
                                2,
                                List.of("search-api", "lake-vectors", "lake-query")),
                        new DeprecatedInUse(
                                "search-build",
                                "Search build",
                                "ci-runner",
                                "CI runner",
                                "RETIRED",
                                1,
                                List.of("search-build", "ci-runner")));
        assertThat(engine.deprecatedInUse(1))
                .extracting(DeprecatedInUse::consumerKey)
                .containsExactly("checkout-batch", "search-build");
    }

    @Test
    void tierInversionsOfConsumersAndCapabilities() {
        List<TierInversion> all = engine.tierInversions(CypherRisks.MAX_HOPS);

        assertThat(all)
                .containsExactly(
                        new TierInversion(
                                "CAPABILITY", "ingress", 1, "object-store", 2, 1, List.of("ingress", "object-store")),
                        new TierInversion(
                                "CONSUMER",
                                "checkout-web",
                                1,
                                "object-store",
                                2,
                                2,
                                List.of("checkout-web", "ingress", "object-store")),
                        new TierInversion(
                                "CONSUMER", "checkout-web", 1, "vectors", 2, 1, List.of("checkout-web", "vectors")),
                        new TierInversion(
                                "CONSUMER",
                                "search-api",
                                1,
                                "lake-query",
                                2,
                                2,
                                List.of("search-api", "lake-vectors", "lake-query")),
                        new TierInversion(
                                "CONSUMER",
                                "search-api",
                                1,
                                "lake-vectors",
                                2,
                                1,
                                List.of("search-api", "lake-vectors")),
                        new TierInversion(
                                "CONSUMER",
                                "search-api",
                                1,
                                "object-store",
                                2,
                                2,
                                List.of("search-api", "lake-vectors", "object-store")),
                        new TierInversion(
                                "CONSUMER", "search-api", 1, "vectors", 2, 1, List.of("search-api", "vectors")));
        assertThat(engine.tierInversions(1))
                .hasSize(4)
                .allSatisfy(inversion -> assertThat(inversion.hops()).isEqualTo(1));
    }

    @Test
    void hopsOutsideTheBoundAreRejected() {
        assertThatThrownBy(() -> engine.tierInversions(CypherRisks.MAX_HOPS + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxHops");
        assertThatThrownBy(() -> engine.deprecatedInUse(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxHops");
    }

    @Test
    void handoverPointsGroupCrossTeamEdgesByTeamPair() {
        // edges with an unowned side (ci-runner's platform, stray-app) are not handovers
        assertThat(engine.handoverPoints())
                .containsExactly(
                        new HandoverPoint("checkout", "Checkout", "platform-core", "Platform Core", 0, 2, 2),
                        new HandoverPoint("data-team", "Data", "platform-core", "Platform Core", 2, 0, 2),
                        new HandoverPoint("ml-team", "ML", "platform-core", "Platform Core", 2, 0, 2),
                        new HandoverPoint("checkout", "Checkout", "data-team", "Data", 0, 1, 1),
                        new HandoverPoint("checkout", "Checkout", "ml-team", "ML", 0, 1, 1),
                        new HandoverPoint("platform-core", "Platform Core", "data-team", "Data", 1, 0, 1),
                        new HandoverPoint("search", "Search", "data-team", "Data", 0, 1, 1),
                        new HandoverPoint("search", "Search", "ml-team", "ML", 0, 1, 1));
    }

    @Test
    void handoverPointsAddUpToTheHandoversOfTheCognitiveLoad() {
        Map<String, Integer> expected = new HashMap<>();
        for (HandoverPoint point : engine.handoverPoints()) {
            expected.merge(point.fromTeamKey(), point.dependsOnEdges(), Integer::sum);
            expected.merge(point.toTeamKey(), point.dependsOnEdges() + point.consumesEdges(), Integer::sum);
        }

        List<TeamCognitiveLoad> loads = new CypherCognitiveLoad(Neo4jTestServer.driver(), TIMEOUT).allTeams();

        assertThat(loads)
                .allSatisfy(load -> assertThat(load.handovers())
                        .as(load.teamKey())
                        .isEqualTo(expected.getOrDefault(load.teamKey(), 0)));
        assertThat(expected).containsEntry("platform-core", 7); // 1 out + 4 in (DEPENDS_ON) + 2 in (CONSUMES)
    }

    @Test
    void categoriesOfferedByTwoPlatformsAreAmbiguous() {
        assertThat(engine.ownershipAmbiguity())
                .containsExactly(
                        new OwnershipAmbiguity(
                                "object-storage",
                                2,
                                2,
                                List.of(
                                        new CategoryOffering(
                                                "data-lake",
                                                "Data lake",
                                                "data-team",
                                                "Data",
                                                List.of("object-store"),
                                                1),
                                        new CategoryOffering(
                                                "cloud",
                                                "Cloud",
                                                "platform-core",
                                                "Platform Core",
                                                List.of("storage"),
                                                0))),
                        new OwnershipAmbiguity(
                                "vector-search",
                                2,
                                2,
                                List.of(
                                        new CategoryOffering(
                                                "vector-db", "Vector DB", "ml-team", "ML", List.of("vectors"), 2),
                                        new CategoryOffering(
                                                "data-lake",
                                                "Data lake",
                                                "data-team",
                                                "Data",
                                                List.of("lake-vectors"),
                                                1))));
    }

    @Test
    void anEmptyGraphHasNoRisks() {
        Neo4jTestServer.clear();

        SinglePointsOfFailure spof = engine.singlePointsOfFailure();
        assertThat(spof.capabilities()).isEmpty();
        assertThat(spof.platforms()).isEmpty();
        assertThat(spof.criticalByConsumer()).isEmpty();
        assertThat(engine.unowned()).isEmpty();
        assertThat(engine.unusedCapabilities()).isEmpty();
        assertThat(engine.deprecatedInUse(CypherRisks.MAX_HOPS)).isEmpty();
        assertThat(engine.tierInversions(CypherRisks.MAX_HOPS)).isEmpty();
        assertThat(engine.handoverPoints()).isEmpty();
        assertThat(engine.ownershipAmbiguity()).isEmpty();
    }
}
