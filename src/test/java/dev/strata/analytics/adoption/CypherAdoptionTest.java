package dev.strata.analytics.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.strata.analytics.graph.UnknownNodeException;
import dev.strata.testsupport.Neo4jTestServer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The "four stream-aligned teams" example of src/docs/analytics/adoption.md. */
class CypherAdoptionTest {

    private final CypherAdoption engine = new CypherAdoption(Neo4jTestServer.driver(), Duration.ofSeconds(30));

    @BeforeEach
    void loadExample() {
        Neo4jTestServer.load("/fixtures/metrics-adoption.cypher");
    }

    @Test
    void capabilityAdoptionCountsStreamAlignedTeamsOnly() {
        CapabilityAdoption runtime = engine.capability("k8s-runtime");

        // consumers: checkout-web, checkout-api, search-api, legacy-job (undated) = 4
        // stream-aligned adopters: checkout, search = 2 of 4 -> 0.5
        // first use 2024-02-01 (legacy-job has no since), GA 2024-01-15 -> 17 days
        // SLO 99.95 >= 99.9 -> met
        assertThat(runtime)
                .usingRecursiveComparison()
                .ignoringFields("trend")
                .isEqualTo(new CapabilityAdoption(
                        "k8s-runtime",
                        "Kubernetes runtime",
                        "GA",
                        "kubernetes",
                        "platform-core",
                        4,
                        2,
                        4,
                        0.5,
                        LocalDate.of(2024, 1, 15),
                        LocalDate.of(2024, 2, 1),
                        17L,
                        0,
                        99.9,
                        99.95,
                        true,
                        true,
                        List.of()));
        // the trend runs to 2025-Q1, the quarter of the latest since in the graph (2025-01-20);
        // checkout-web 2024-Q1; checkout-api (05-10) and search-api (04-02) 2024-Q2; legacy-job is undated
        assertThat(runtime.trend())
                .containsExactly(
                        new AdoptionPoint("2024-Q1", 2024, 1, 1, 0.25, 1),
                        new AdoptionPoint("2024-Q2", 2024, 2, 2, 0.5, 3),
                        new AdoptionPoint("2024-Q3", 2024, 3, 2, 0.5, 3),
                        new AdoptionPoint("2024-Q4", 2024, 4, 2, 0.5, 3),
                        new AdoptionPoint("2025-Q1", 2025, 1, 2, 0.5, 3));
    }

    @Test
    void aDeprecatedCapabilityStillInUseMissingItsSlo() {
        CapabilityAdoption ingress = engine.capability("ingress");

        // GA 2023-06-01, first use 2023-07-15: 30 days of June + 14 = 44; 99.5 < 99.9 -> SLO not met
        assertThat(ingress.daysToFirstUse()).isEqualTo(44L);
        assertThat(ingress.deprecatedButUsed()).isEqualTo(1);
        assertThat(ingress.sloMet()).isFalse();
        assertThat(ingress.compliant()).isFalse();
        assertThat(ingress.adoptionRate()).isEqualTo(0.5); // checkout, payments
        assertThat(ingress.trend())
                .hasSize(7) // 2023-Q3 .. 2025-Q1
                .first()
                .isEqualTo(new AdoptionPoint("2023-Q3", 2023, 3, 1, 0.25, 1));
        assertThat(ingress.trend().get(4)).isEqualTo(new AdoptionPoint("2024-Q3", 2024, 3, 2, 0.5, 2));
    }

    @Test
    void aCapabilityWithoutGaDateHasNoTimeToFirstUse() {
        CapabilityAdoption inference = engine.capability("inference-api");

        // coach-bot (enabling-team) 2024-12-01 is the first use but no stream-aligned adoption; search 2025-01-20
        assertThat(inference.gaDate()).isNull();
        assertThat(inference.firstUse()).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(inference.daysToFirstUse()).isNull();
        assertThat(inference.sloTarget()).isEqualTo(99.0);
        assertThat(inference.sloMet()).isNull(); // no attainment reported
        assertThat(inference.compliant()).isNull();
        assertThat(inference.trend())
                .containsExactly(
                        new AdoptionPoint("2024-Q4", 2024, 4, 0, 0.0, 1),
                        new AdoptionPoint("2025-Q1", 2025, 1, 1, 0.25, 2));
    }

    @Test
    void capabilitiesAreSortedByAdoptionRateThenKey() {
        assertThat(engine.capabilities())
                .extracting(CapabilityAdoption::capabilityKey)
                .containsExactly("ingress", "k8s-runtime", "inference-api", "metrics", "prompt-cache");
        assertThat(engine.capability("prompt-cache").trend()).isEmpty();
    }

    @Test
    void platformAdoptionAggregatesItsCapabilities() {
        // kubernetes = k8s-runtime + ingress: consumers checkout-web, checkout-api, search-api, legacy-job,
        // payments-svc = 5; adopters checkout, search, payments = 3 of 4 -> 0.75
        // mean days to first use (17 + 44) / 2 = 30.5; SLO met 1 of 2; compliant 1 of 2
        PlatformAdoption kubernetes = engine.platform("kubernetes");
        assertThat(kubernetes)
                .usingRecursiveComparison()
                .ignoringFields("trend")
                .isEqualTo(new PlatformAdoption(
                        "kubernetes",
                        "Kubernetes",
                        "platform-core",
                        2,
                        5,
                        3,
                        4,
                        0.75,
                        LocalDate.of(2023, 7, 15),
                        30.5,
                        1,
                        2,
                        1,
                        0.5,
                        2,
                        1,
                        0.5,
                        List.of()));
        // checkout 2023-Q3 (ingress), search 2024-Q2, payments 2024-Q3; consumers 1, +2 in 2024-Q2, +1 in 2024-Q3
        assertThat(kubernetes.trend())
                .extracting(AdoptionPoint::period, AdoptionPoint::adoptingTeams, AdoptionPoint::consumers)
                .containsExactly(
                        tuple("2023-Q3", 1, 1),
                        tuple("2023-Q4", 1, 1),
                        tuple("2024-Q1", 1, 1),
                        tuple("2024-Q2", 2, 3),
                        tuple("2024-Q3", 3, 4),
                        tuple("2024-Q4", 3, 4),
                        tuple("2025-Q1", 3, 4));

        // llm-gateway: no gaDate anywhere -> no mean; no capability with both SLO figures -> no share;
        // compliance known for prompt-cache only (true) -> 1.0
        PlatformAdoption gateway = engine.platform("llm-gateway");
        assertThat(gateway.meanDaysToFirstUse()).isNull();
        assertThat(gateway.capabilitiesWithSlo()).isZero();
        assertThat(gateway.sloMetShare()).isNull();
        assertThat(gateway.compliantShare()).isEqualTo(1.0);
        assertThat(gateway.adoptionRate()).isEqualTo(0.25);

        assertThat(engine.platforms())
                .extracting(PlatformAdoption::platformKey)
                .containsExactly("kubernetes", "llm-gateway", "observability");
    }

    @Test
    void platformTeamAdoptionSpansAllItsPlatforms() {
        // platform-core = kubernetes + observability: 3 capabilities, 5 consumers, 3 of 4 adopters
        // mean days (17 + 44 + 31) / 3 = 30.67; SLO met 2 of 3; compliant 2 of 3
        TeamAdoption core = engine.platformTeam("platform-core");
        assertThat(core.platforms()).isEqualTo(2);
        assertThat(core.capabilities()).isEqualTo(3);
        assertThat(core.consumers()).isEqualTo(5);
        assertThat(core.adoptionRate()).isEqualTo(0.75);
        assertThat(core.meanDaysToFirstUse()).isCloseTo(92.0 / 3, within(1e-9));
        assertThat(core.deprecatedButUsed()).isEqualTo(1);
        assertThat(core.sloMetShare()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(core.compliantShare()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(core.trend()).last().isEqualTo(new AdoptionPoint("2025-Q1", 2025, 1, 3, 0.75, 4));

        assertThat(engine.platformTeams())
                .extracting(TeamAdoption::teamKey)
                .containsExactly("platform-core", "ml-team");
        assertThat(engine.platformTeam("onboarding").platforms()).isZero();
    }

    @Test
    void unknownKeysAreReportedByName() {
        assertThatThrownBy(() -> engine.capability("nope"))
                .isInstanceOf(UnknownNodeException.class)
                .hasMessage("no capability with key 'nope'");
        assertThatThrownBy(() -> engine.platform("nope"))
                .isInstanceOf(UnknownNodeException.class)
                .hasMessage("no platform with key 'nope'");
        assertThatThrownBy(() -> engine.platformTeam("nope"))
                .isInstanceOf(UnknownNodeException.class)
                .hasMessage("no team with key 'nope'");
    }

    @Test
    void anEmptyGraphHasNoAdoption() {
        Neo4jTestServer.clear();

        assertThat(engine.capabilities()).isEmpty();
        assertThat(engine.platforms()).isEmpty();
        assertThat(engine.platformTeams()).isEmpty();
    }

    @Test
    void withoutStreamAlignedTeamsTheRateIsZero() {
        Neo4jTestServer.run("MATCH (t:Team {type: 'STREAM_ALIGNED'}) SET t.type = 'ENABLING'");

        assertThat(engine.capability("k8s-runtime").adoptionRate()).isZero();
        assertThat(engine.capability("k8s-runtime").streamAlignedTeams()).isZero();
        assertThat(engine.capability("k8s-runtime").trend())
                .allSatisfy(point -> assertThat(point.adoptionRate()).isZero());
    }

    @Test
    void whenEveryEdgeIsDatedTheTrendsEndAtTheFigures() {
        // the figures come from the query files, the trends from adoption-events.cypher in Java: they must agree
        Neo4jTestServer.run("MATCH ()-[r:CONSUMES]->() WHERE r.since IS NULL SET r.since = date('2024-01-01')");

        assertThat(engine.capabilities())
                .filteredOn(c -> c.consumers() > 0)
                .allSatisfy(c -> assertThat(c.trend())
                        .last()
                        .isEqualTo(last(c.adoptingTeams(), c.adoptionRate(), c.consumers())));
        assertThat(engine.platforms())
                .filteredOn(p -> p.consumers() > 0)
                .allSatisfy(p -> assertThat(p.trend())
                        .last()
                        .isEqualTo(last(p.adoptingTeams(), p.adoptionRate(), p.consumers())));
        assertThat(engine.platformTeams())
                .allSatisfy(t -> assertThat(t.trend())
                        .last()
                        .isEqualTo(last(t.adoptingTeams(), t.adoptionRate(), t.consumers())));
    }

    private static AdoptionPoint last(int adoptingTeams, double adoptionRate, int consumers) {
        return new AdoptionPoint("2025-Q1", 2025, 1, adoptingTeams, adoptionRate, consumers);
    }
}
