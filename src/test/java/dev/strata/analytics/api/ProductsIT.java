package dev.strata.analytics.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.StrataIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

/**
 * Issue #14 through GraphQL over HTTP on the demo: scorecards (per platform, as a field of Platform, the rules in force,
 * a level drop in plan's impact), the product fields written by a mutation, load removed and collaboration.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class ProductsIT extends StrataIntegrationTest {

    @Test
    void scorecardsAnswerPerPlatformAndAsAFieldOfThePlatform() {
        ClientGraphQlResponse cards = graphQl.document("""
                { platformScorecards { platformKey level nextLevel passed total platform { name } }
                  gold: platformScorecards(level: "gold") { platformKey }
                  platform(key: "gpu-compute") { documentation onCall
                    scorecard { level results { rule passed reason } } }
                  scorecardDefinition { levels rules { key check min } distribution { level platforms } } }
                """).executeSync();
        assertThat(cards.getErrors()).isEmpty();
        List<Map> all = cards.field("platformScorecards").toEntityList(Map.class);
        assertThat(all)
                .hasSize(15)
                .anySatisfy(c -> assertThat(c)
                        .containsEntry("platformKey", "siem")
                        .containsEntry("level", "gold")
                        .containsEntry("passed", 10)
                        .containsEntry("total", 10)
                        .containsEntry("platform", Map.of("name", "SIEM")));
        assertThat(cards.field("gold").toEntityList(Map.class))
                .extracting(c -> c.get("platformKey"))
                .containsExactly("identity", "siem");
        Map gpu = cards.field("platform").toEntity(Map.class);
        assertThat(gpu.get("documentation")).isNull();
        assertThat((Map) gpu.get("scorecard")).containsEntry("level", null);
        assertThat((List<Map>) ((Map) gpu.get("scorecard")).get("results"))
                .contains(Map.of("rule", "documented", "passed", false, "reason", "no documentation link"));
        assertThat(cards.field("scorecardDefinition.levels").toEntityList(String.class))
                .containsExactly("bronze", "silver", "gold");
        assertThat(cards.field("scorecardDefinition.distribution").toEntityList(Map.class))
                .containsExactly(
                        Map.of("level", "bronze", "platforms", 4),
                        Map.of("level", "silver", "platforms", 7),
                        Map.of("level", "gold", "platforms", 2),
                        nullLevel(2));
    }

    @Test
    void planNamesAChangeThatDropsAPlatformALevel() {
        String siemWithoutOnCall = """
                apiVersion: strata.dev/v1
                kind: Platform
                metadata:
                  key: siem
                  title: SIEM
                  description: Security log ingestion, threat detection and audit trail
                spec:
                  tier: 1
                  layer: siem
                  owner: team-security-platform
                  documentation: https://docs.northwind.example/platforms/siem
                  supportChannel: '#security-platform-help'
                """;
        ClientGraphQlResponse plan = graphQl.document("""
                        mutation($input: ChangeLandscapeInput!) { planLandscape(input: $input) { errors { message }
                          plan { impact { scorecardChanges { platformKey levelBefore levelAfter dropped newlyFailed } } } } }
                        """)
                .variable("input", Map.of("files", List.of(Map.of("path", "siem.yaml", "content", siemWithoutOnCall))))
                .executeSync();
        assertThat(plan.getErrors()).isEmpty();
        assertThat(plan.field("planLandscape.errors").toEntityList(Map.class)).isEmpty();
        assertThat(plan.field("planLandscape.plan.impact.scorecardChanges").toEntityList(Map.class))
                .containsExactly(Map.of(
                        "platformKey", "siem",
                        "levelBefore", "gold",
                        "levelAfter", "bronze",
                        "dropped", true,
                        "newlyFailed", List.of("on-call: no on-call rotation")));
    }

    @Test
    void theProductFieldsAreWrittenByTheGeneratedMutations() {
        ClientGraphQlResponse created = graphQl.document("""
                mutation { createPlatform(input: {key: "t-product", name: "Product", tier: 2, layerKey: "siem",
                    ownerKey: "team-security-platform", documentation: "https://docs.example/t",
                    supportChannel: "#t-help", onCall: "opsgenie:t"}) {
                  errors { message } platform { documentation supportChannel onCall scorecard { level } } } }
                """).executeSync();
        assertThat(created.field("createPlatform.errors").toEntityList(Map.class))
                .isEmpty();
        assertThat(created.field("createPlatform.platform").toEntity(Map.class))
                .containsEntry("documentation", "https://docs.example/t")
                .containsEntry("supportChannel", "#t-help")
                .containsEntry("onCall", "opsgenie:t")
                // documented and owned, but it provides nothing: the share rules have nothing to measure
                .containsEntry("scorecard", Map.of("level", "bronze"));
    }

    @Test
    void loadRemovedAndCollaborationAnswerOnTheDemo() {
        ClientGraphQlResponse response = graphQl.document("""
                { platformLoadRemoved { platformKey netLoad platform { name } }
                  teamLoadRemoved { teamKey handledLoad hiddenByLayer { layerKey capabilities } removedShare team { name } }
                  collaboration(asOf: "2026-12-04") { asOf maxAge longRunning { consumerKey capabilityKey since days }
                    overCollaborating { teamKey size collaborations } unagreedHandovers { capabilityKey edges } } }
                """).executeSync();
        assertThat(response.getErrors()).isEmpty();
        assertThat(response.field("platformLoadRemoved[0].platformKey").toEntity(String.class))
                .isEqualTo("kubernetes");
        assertThat(response.field("teamLoadRemoved[0].teamKey").toEntity(String.class))
                .isEqualTo("team-payment-fraud");
        assertThat(response.field("teamLoadRemoved[0].team.name").toEntity(String.class))
                .isEqualTo("Payment Fraud");
        assertThat(response.field("collaboration.maxAge").toEntity(String.class))
                .isEqualTo("P6M");
        assertThat(response.field("collaboration.longRunning").toEntityList(Map.class))
                .hasSize(32)
                .first()
                .isEqualTo(Map.of(
                        "consumerKey", "damage-photo-assessment",
                        "capabilityKey", "gpu-node-pools",
                        "since", "2024-04-22",
                        "days", 956));
        assertThat(response.field("collaboration.overCollaborating[0]").toEntity(Map.class))
                .isEqualTo(Map.of("teamKey", "team-ml-platform", "size", 3, "collaborations", 19));

        ClientGraphQlResponse bad = graphQl.document("{ collaboration(maxAge: \"six months\") { asOf } }")
                .executeSync();
        assertThat(bad.getErrors())
                .singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("maxAge").contains("six months"));
    }

    private static Map<String, Object> nullLevel(int platforms) {
        Map<String, Object> count = new java.util.HashMap<>();
        count.put("level", null);
        count.put("platforms", platforms);
        return count;
    }
}
