package dev.strata.analytics.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.JsonPaths;
import dev.strata.testsupport.StrataIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

/**
 * Every analytic through GraphQL over HTTP on the demo landscape, against the problems the demo was built with
 * (listed in the header of cypher/demo/demo-landscape.cypher and in the README).
 */
class DemoAnalyticsIT extends StrataIntegrationTest {

    @Test
    void theOverloadedThreePersonTeamTopsTheCognitiveLoadRanking() {
        ClientGraphQlResponse response = graphQl.document("""
                { cognitiveLoad { teamKey size index band contributions { name points } } }
                """).executeSync();
        List<Map> teams = response.field("cognitiveLoad").toEntityList(Map.class);
        assertThat(teams).hasSize((int) count("MATCH (t:Team) RETURN count(t)"));
        assertThat(teams.getFirst())
                .containsEntry("teamKey", "team-ml-platform")
                .containsEntry("size", 3)
                .containsEntry("band", "OVERLOADED");
        List<Double> indexes =
                teams.stream().map(t -> ((Number) t.get("index")).doubleValue()).toList();
        assertThat(indexes).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        double contributionSum = ((List<Map>) teams.getFirst().get("contributions"))
                .stream()
                        .mapToDouble(c -> ((Number) c.get("points")).doubleValue())
                        .sum();
        assertThat(contributionSum).isCloseTo(indexes.getFirst(), org.assertj.core.data.Offset.offset(1e-6));

        List<String> overloaded = JsonPaths.strings(
                graphQl.document("{ cognitiveLoad(band: OVERLOADED) { teamKey } }")
                        .executeSync(),
                "cognitiveLoad[*].teamKey");
        assertThat(overloaded).contains("team-ml-platform");
    }

    @Test
    void structuralRisksFindEveryDeliberateProblemOfTheDemo() {
        ClientGraphQlResponse risks = graphQl.document("""
                { structuralRisks {
                    singlePointsOfFailure(first: 50) { capabilities { capabilityKey consumers } platforms { platformKey consumers } }
                    unowned { kind key reason }
                    unusedCapabilities { capabilityKey }
                    deprecatedInUse { consumerKey capabilityKey lifecycle hops path }
                    tierInversions { sourceKey sourceTier targetKey targetTier hops }
                    handoverPoints { fromTeamKey toTeamKey edges }
                    ownershipAmbiguity { category platforms offerings { platformKey teamKey consumers } }
                } }
                """).executeSync();
        assertThat(risks.getErrors()).isEmpty();
        // Dominator semantics (src/docs/analytics/risks.md): cloud-networking is reached by every consumer but is not a
        // single point of failure, because their dependency paths also end in other bottom capabilities.
        List<Map> spofs = risks.field("structuralRisks.singlePointsOfFailure.capabilities")
                .toEntityList(Map.class);
        assertThat(spofs)
                .isNotEmpty()
                .noneSatisfy(spof -> assertThat(spof).containsEntry("capabilityKey", "cloud-networking"));
        assertThat(spofs.stream().map(s -> (Integer) s.get("consumers")).toList())
                .isSortedAccordingTo((a, b) -> b - a);
        assertThat(spofs.getFirst()).containsEntry("capabilityKey", "data-lake").containsEntry("consumers", 2);
        assertThat(risks.field("structuralRisks.unowned").toEntityList(Map.class))
                .anySatisfy(u -> assertThat(u)
                        .containsEntry("key", "batch-job-scheduler")
                        .containsEntry("reason", "NO_PROVIDING_PLATFORM"))
                .anySatisfy(u -> assertThat(u)
                        .containsEntry("key", "legacy-middleware")
                        .containsEntry("reason", "NO_OWNING_TEAM"));
        assertThat(JsonPaths.strings(risks, "structuralRisks.unusedCapabilities[*].capabilityKey"))
                .contains("service-mesh");
        List<Map> deprecated = risks.field("structuralRisks.deprecatedInUse").toEntityList(Map.class);
        assertThat(deprecated.stream()
                        .filter(d -> d.get("capabilityKey").equals("managed-oracle")
                                && d.get("hops").equals(1))
                        .map(d -> d.get("consumerKey")))
                .containsExactlyInAnyOrder(
                        "core-accounts-service",
                        "sepa-batch-processor",
                        "policy-admin-system",
                        "loan-servicing-platform",
                        "stress-testing-batch");
        assertThat(deprecated)
                .anySatisfy(d -> assertThat(d)
                        .containsEntry("consumerKey", "settlement-reporting")
                        .containsEntry("capabilityKey", "sftp-file-transfer")
                        .containsEntry("lifecycle", "RETIRED"));
        assertThat(risks.field("structuralRisks.tierInversions").toEntityList(Map.class))
                .anySatisfy(t -> assertThat(t)
                        .containsEntry("sourceKey", "instant-payments-gateway")
                        .containsEntry("targetKey", "serverless-functions")
                        .containsEntry("sourceTier", 1)
                        .containsEntry("targetTier", 3)
                        .containsEntry("hops", 1));
        List<Map> handovers = risks.field("structuralRisks.handoverPoints").toEntityList(Map.class);
        assertThat(handovers).isNotEmpty();
        assertThat(handovers.stream().map(h -> (Integer) h.get("edges")).toList())
                .isSortedAccordingTo((a, b) -> b - a);
        assertThat(risks.field("structuralRisks.ownershipAmbiguity").toEntityList(Map.class))
                .anySatisfy(a -> assertThat(a)
                        .containsEntry("category", "model-inference")
                        .containsEntry("platforms", 2));
    }

    @Test
    void adoptionMetricsAgreeWithTheGraph() {
        ClientGraphQlResponse oracle = graphQl.document("""
                { capabilityAdoption(key: "managed-oracle") { consumers deprecatedButUsed adoptionRate streamAlignedTeams trend { period adoptingTeams } } }
                """).executeSync();
        assertThat(oracle.field("capabilityAdoption.consumers").toEntity(Integer.class))
                .isEqualTo(5);
        assertThat(oracle.field("capabilityAdoption.deprecatedButUsed").toEntity(Integer.class))
                .isOne();
        int streamAligned = (int) count("MATCH (t:Team {type: 'STREAM_ALIGNED'}) RETURN count(t)");
        assertThat(oracle.field("capabilityAdoption.streamAlignedTeams").toEntity(Integer.class))
                .isEqualTo(streamAligned);
        long adopting = count("""
                MATCH (t:Team {type: 'STREAM_ALIGNED'})-[:OWNS]->(:Consumer)-[:CONSUMES]->(:Capability {key: 'managed-oracle'})
                RETURN count(DISTINCT t)""");
        assertThat(oracle.field("capabilityAdoption.adoptionRate").toEntity(Double.class))
                .isCloseTo((double) adopting / streamAligned, org.assertj.core.data.Offset.offset(1e-9));

        List<Map> platforms = graphQl.document("{ platformAdoptions { platformKey adoptionRate consumers } }")
                .executeSync()
                .field("platformAdoptions")
                .toEntityList(Map.class);
        assertThat(platforms).hasSize((int) count("MATCH (p:Platform) RETURN count(p)"));
        assertThat(platforms)
                .allSatisfy(p -> assertThat(((Number) p.get("adoptionRate")).doubleValue())
                        .isBetween(0.0, 1.0));
    }

    @Test
    void unknownKeysInAnalyticsAreNotFoundErrors() {
        ClientGraphQlResponse response = graphQl.document("{ teamCognitiveLoad(teamKey: \"no-such-team\") { index } }")
                .executeSync();
        assertThat(response.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getMessage()).contains("no-such-team");
            assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
        });
        ClientGraphQlResponse hops = graphQl.document(
                        "{ structuralRisks { tierInversions(maxHops: 50) { sourceKey } } }")
                .executeSync();
        assertThat(hops.getErrors())
                .singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains("maxHops", "50"));
    }
}
