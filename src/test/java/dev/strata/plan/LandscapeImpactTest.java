package dev.strata.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.impact.BlastRadiusEngine;
import dev.strata.analytics.impact.BlastRadiusRequest;
import dev.strata.analytics.load.CognitiveLoadBand;
import dev.strata.analytics.risk.TierInversion;
import dev.strata.ingest.LandscapeParser;
import dev.strata.model.NodeRef;
import org.junit.jupiter.api.Test;

/**
 * Each kind of impact a plan reports, in both directions, on crafted changes of the demo's files (and of a small
 * stack added to them), computed the way {@code plan --base} computes it: files parsed, diffed, impact on in-memory
 * snapshots before and after.
 */
class LandscapeImpactTest {

    private static final DemoFiles DEMO = DemoFiles.load();

    /** A small stack beside the demo: two bottom capabilities as alternatives under t-mid, one consumer on top. */
    private static final String STACK = """
            apiVersion: strata.dev/v1
            kind: Team
            metadata: {key: t-team}
            spec: {type: PLATFORM, size: 4}
            ---
            apiVersion: strata.dev/v1
            kind: Platform
            metadata: {key: t-low}
            spec: {tier: 2, layer: infrastructure, owner: t-team}
            ---
            apiVersion: strata.dev/v1
            kind: Platform
            metadata: {key: t-high}
            spec: {tier: 2, layer: ai-toolbox, owner: t-team}
            ---
            apiVersion: strata.dev/v1
            kind: Capability
            metadata: {key: t-bottom-a}
            spec: {lifecycle: GA, tier: 2, platform: t-low}
            ---
            apiVersion: strata.dev/v1
            kind: Capability
            metadata: {key: t-bottom-b}
            spec: {lifecycle: GA, tier: 2, platform: t-low}
            ---
            apiVersion: strata.dev/v1
            kind: Capability
            metadata: {key: t-mid}
            spec: {lifecycle: GA, tier: 2, platform: t-low, dependsOn: [t-bottom-a, t-bottom-b]}
            ---
            apiVersion: strata.dev/v1
            kind: Capability
            metadata: {key: t-top}
            spec: {lifecycle: GA, tier: 2, platform: t-high, dependsOn: [t-mid]}
            ---
            apiVersion: strata.dev/v1
            kind: Consumer
            metadata: {key: t-app}
            spec:
              kind: SERVICE
              tier: 2
              owner: t-team
              consumes: [{capability: t-top, since: 2025-01-01, mode: X_AS_A_SERVICE}]
            """;

    private static final DemoFiles WITH_STACK = DEMO.with("t.yaml", STACK);

    @Test
    void theSameFilesInAnotherFolderAreNoChangeAndBreakNoRule() {
        LandscapePolicy everyRule = new LandscapePolicy(true, true, true, 0);
        var outcome = DEMO.planTo(DEMO.movedTo("elsewhere/landscape/"), everyRule);
        assertThat(outcome.errors()).isEmpty();
        LandscapePlan plan = outcome.plan();
        assertThat(plan.hasChanges()).isFalse();
        assertThat(plan.nodes()).isEmpty();
        assertThat(plan.edges()).isEmpty();
        assertThat(plan.impact()).isEqualTo(LandscapeImpact.NONE);
        assertThat(plan.policyViolations()).isEmpty();
        assertThat(plan.relocated())
                .as("the issue's 238 nodes and 635 relationships, each only in another file")
                .isEqualTo(238 + 635);
    }

    @Test
    void describingOrRenamingACapabilityChangesItButTouchesNoOne() {
        DemoFiles head = DEMO.edit("capabilities.yaml", "  title: Cloud Networking\n", "  title: Cloud Network\n");
        LandscapePlan plan = plan(head, new LandscapePolicy(false, false, false, 0));
        assertThat(plan.nodes())
                .extracting(n -> n.key() + " " + n.changes())
                .containsExactly(
                        "cloud-networking [FieldChange[field=name, before=Cloud Networking, after=Cloud Network]]");
        assertThat(plan.impact()).isEqualTo(LandscapeImpact.NONE);
        assertThat(plan.policyViolations()).isEmpty();
    }

    @Test
    void theBlastRadiusIsWhatDependsOnTheChangedCapabilityTodayAndTheLimitJudgesTheWholeChange() {
        DemoFiles head = DEMO.edit("capabilities.yaml", """
                  key: cloud-networking
                  title: Cloud Networking
                  description: Hub-and-spoke virtual networks every workload runs in
                spec:
                  lifecycle: GA
                """, """
                  key: cloud-networking
                  title: Cloud Networking
                  description: Hub-and-spoke virtual networks every workload runs in
                spec:
                  lifecycle: DEPRECATED
                """);
        LandscapePlan plan = plan(head, new LandscapePolicy(false, false, false, 50));
        LandscapeSnapshot today =
                LandscapeSnapshot.of(LandscapeParser.parse(DEMO.files()).declared());
        int expected = new BlastRadiusEngine()
                        .analyse(today, BlastRadiusRequest.downstream(NodeRef.capability("cloud-networking")))
                        .totalCount()
                - 1;
        assertThat(expected).as("most of the demo depends on cloud-networking").isGreaterThan(200);
        assertThat(plan.impact().blastRadius())
                .extracting(b -> b.capabilityKey() + " " + b.action() + " " + b.reasons() + " " + b.affected())
                .containsExactly("cloud-networking CHANGE [lifecycle] " + expected);
        assertThat(plan.impact().affected()).isEqualTo(expected);
        assertThat(plan.policyViolations())
                .containsExactly("the change affects " + expected
                        + " nodes, above the limit of 50 (blast radius of cloud-networking)");
    }

    @Test
    void aNewDependencyOnADeprecatedCapabilityReachesTheConsumersTwoAndThreeHopsAway() {
        DemoFiles head = DEMO.edit("capabilities.yaml", """
                  platform: ai-toolbox
                  dependsOn:
                  - model-serving
                  - workload-identity
                """, """
                  platform: ai-toolbox
                  dependsOn:
                  - model-serving
                  - workload-identity
                  - managed-oracle
                """);
        LandscapeImpact impact = DEMO.plan(head).impact();
        assertThat(impact.newDeprecatedUse())
                .extracting(u -> String.join(" -> ", u.path()) + " " + u.lifecycle() + " " + u.hops() + " " + u.cause())
                .contains(
                        "agent-assist-copilot -> llm-gateway -> managed-oracle DEPRECATED 2 DEPENDENCY",
                        "advisor-research-assistant -> prompt-management -> llm-gateway -> managed-oracle DEPRECATED 3"
                                + " DEPENDENCY")
                .allMatch(line -> line.contains("llm-gateway -> managed-oracle"));
        assertThat(impact.newDeprecatedUse())
                .extracting(DeprecatedUse::consumerKey)
                .as("every consumer that relies on llm-gateway at any depth, and none that did on managed-oracle")
                .containsExactlyInAnyOrderElementsOf(BruteForce.consumersReaching(head, "llm-gateway").stream()
                        .filter(c -> !BruteForce.consumersReaching(DEMO, "managed-oracle")
                                .contains(c))
                        .toList())
                .hasSize(11);
        assertThat(impact.fixedDeprecatedUse()).isEmpty();
    }

    @Test
    void movingACapabilityBackToGaFreesItsConsumersAndRetiringItIsNewForThem() {
        String deprecated = """
                  description: Lift-and-shift Oracle, to be replaced by PostgreSQL
                spec:
                  lifecycle: DEPRECATED
                """;
        LandscapeImpact backToGa = DEMO.plan(
                        DEMO.edit("capabilities.yaml", deprecated, deprecated.replace("DEPRECATED", "GA")))
                .impact();
        assertThat(backToGa.fixedDeprecatedUse())
                .extracting(u -> u.consumerKey() + " " + u.lifecycle() + " " + u.cause())
                .containsExactlyInAnyOrderElementsOf(BruteForce.consumersReaching(DEMO, "managed-oracle").stream()
                        .map(c -> c + " DEPRECATED LIFECYCLE")
                        .toList())
                .hasSize(5);
        assertThat(backToGa.newDeprecatedUse()).isEmpty();

        LandscapeImpact retired = DEMO.plan(
                        DEMO.edit("capabilities.yaml", deprecated, deprecated.replace("DEPRECATED", "RETIRED")))
                .impact();
        assertThat(retired.newDeprecatedUse())
                .extracting(u -> u.consumerKey() + " " + u.lifecycle())
                .hasSize(5)
                .allMatch(line -> line.endsWith(" RETIRED"));
        assertThat(retired.fixedDeprecatedUse())
                .as("still relied on, in another state")
                .isEmpty();
    }

    @Test
    void aConsumerThatLosesItsAlternativeGetsANewSinglePointOfFailureAndGainingItBackRemovesIt() {
        DemoFiles oneBottom =
                WITH_STACK.edit("t.yaml", "dependsOn: [t-bottom-a, t-bottom-b]", "dependsOn: [t-bottom-a]");
        LandscapeImpact lost = WITH_STACK.plan(oneBottom).impact();
        assertThat(lost.newSinglePointsOfFailure())
                .extracting(s -> s.capabilityKey() + " " + s.consumerKeys())
                .containsExactly("t-bottom-a [t-app]");
        assertThat(lost.fixedSinglePointsOfFailure()).isEmpty();

        LandscapeImpact regained = oneBottom.plan(WITH_STACK).impact();
        assertThat(regained.fixedSinglePointsOfFailure())
                .extracting(s -> s.capabilityKey() + " " + s.removed() + " " + s.consumerKeys())
                .containsExactly("t-bottom-a false [t-app]");
        assertThat(regained.newSinglePointsOfFailure()).isEmpty();
    }

    @Test
    void anUpwardDependencyIsANewLayerViolationAndRemovingOneFixesIt() {
        LandscapeImpact upward = WITH_STACK
                .plan(
                        WITH_STACK.edit(
                                "t.yaml",
                                "metadata: {key: t-bottom-b}\nspec: {lifecycle: GA, tier: 2, platform: t-low}",
                                "metadata: {key: t-bottom-b}\nspec: {lifecycle: GA, tier: 2, platform: t-low, dependsOn: [model-serving]}"))
                .impact();
        assertThat(upward.newLayerViolations())
                .extracting(v -> v.fromCapability() + " (" + v.fromLayer() + ") -> " + v.toCapability() + " ("
                        + v.toLayer() + ")")
                .containsExactly("t-bottom-b (infrastructure) -> model-serving (ai-toolbox)");
        assertThat(upward.fixedLayerViolations()).isEmpty();

        LandscapeImpact fixed =
                DEMO.plan(DEMO.edit("capabilities.yaml", """
                  dependsOn:
                  - gitops-deployments
                  - identity-sso
                """, """
                  dependsOn:
                  - identity-sso
                """)).impact();
        assertThat(fixed.fixedLayerViolations())
                .extracting(v -> v.fromCapability() + " -> " + v.toCapability())
                .containsExactly("k8s-namespaces-as-a-service -> gitops-deployments");
        assertThat(fixed.newLayerViolations()).isEmpty();
    }

    @Test
    void aDependencyBackUpTheStackIsANewCycleAndRemovingAnEdgeOfOneBreaksIt() {
        LandscapeImpact cycle = WITH_STACK
                .plan(
                        WITH_STACK.edit(
                                "t.yaml",
                                "metadata: {key: t-bottom-a}\nspec: {lifecycle: GA, tier: 2, platform: t-low}",
                                "metadata: {key: t-bottom-a}\nspec: {lifecycle: GA, tier: 2, platform: t-low, dependsOn: [t-top]}"))
                .impact();
        assertThat(cycle.newCycles())
                .extracting(c -> c.members().toString())
                .containsExactly("[t-bottom-a, t-mid, t-top]");

        LandscapeImpact broken =
                DEMO.plan(DEMO.edit("capabilities.yaml", """
                  - cloud-compute
                  - load-balancing
                  - pki-certificates
                """, """
                  - cloud-compute
                  - load-balancing
                """)).impact();
        assertThat(broken.fixedCycles())
                .extracting(c -> c.members().toString())
                .containsExactly("[identity-sso, pki-certificates, secrets-vault]");
        assertThat(broken.newCycles()).isEmpty();
    }

    @Test
    void aTierChangeIntroducesTierInversionsAtAnyDepthAndRemovesOthers() {
        LandscapeImpact lower = WITH_STACK
                .plan(WITH_STACK.edit(
                        "t.yaml",
                        "metadata: {key: t-bottom-a}\nspec: {lifecycle: GA, tier: 2,",
                        "metadata: {key: t-bottom-a}\nspec: {lifecycle: GA, tier: 3,"))
                .impact();
        assertThat(lower.newTierInversions())
                .extracting(TierInversionLine::of)
                .containsExactly(
                        "CAPABILITY t-mid 2 -> t-bottom-a 3 [t-mid, t-bottom-a]",
                        "CAPABILITY t-top 2 -> t-bottom-a 3 [t-top, t-mid, t-bottom-a]",
                        "CONSUMER t-app 2 -> t-bottom-a 3 [t-app, t-top, t-mid, t-bottom-a]");

        LandscapeImpact raised =
                DEMO.plan(DEMO.edit("capabilities.yaml", """
                  lifecycle: BETA
                  tier: 3
                  category: serverless
                """, """
                  lifecycle: BETA
                  tier: 1
                  category: serverless
                """)).impact();
        assertThat(raised.fixedTierInversions())
                .extracting(TierInversionLine::of)
                .contains("CONSUMER instant-payments-gateway 1 -> serverless-functions 3"
                        + " [instant-payments-gateway, serverless-functions]")
                .allMatch(line -> line.contains("-> serverless-functions 3"));
        assertThat(raised.newTierInversions())
                .as("serverless-functions, now tier 1, relies on tier-2 capabilities")
                .allMatch(t -> t.sourceKey().equals("serverless-functions"));
    }

    @Test
    void aCategoryOfferedBySeveralPlatformsIsOwnershipAmbiguityInBothDirections() {
        LandscapeImpact resolved =
                DEMO.plan(DEMO.edit("capabilities.yaml", """
                  gaDate: '2024-04-15'
                  category: model-inference
                """, """
                  gaDate: '2024-04-15'
                  category: legacy-model-inference
                """)).impact();
        assertThat(resolved.fixedOwnershipAmbiguity())
                .extracting(o -> o.category() + " " + o.platformsBefore() + " -> " + o.platformsAfter())
                .containsExactly("model-inference [ai-toolbox, kubernetes] -> [ai-toolbox]");
        assertThat(resolved.newOwnershipAmbiguity()).isEmpty();

        LandscapeImpact introduced = WITH_STACK
                .plan(
                        WITH_STACK.edit(
                                "t.yaml",
                                "metadata: {key: t-top}\nspec: {lifecycle: GA, tier: 2, platform: t-high,",
                                "metadata: {key: t-top}\nspec: {lifecycle: GA, tier: 2, category: llm-access, platform: t-high,"))
                .impact();
        assertThat(introduced.newOwnershipAmbiguity())
                .extracting(o -> o.category() + " " + o.platformsBefore() + " -> " + o.platformsAfter())
                .containsExactly("llm-access [ai-toolbox] -> [ai-toolbox, t-high]");
    }

    @Test
    void aTeamThatGrowsLeavesTheOverloadedBand() {
        LandscapeImpact impact = DEMO.plan(DEMO.edit("teams.yaml", """
                  type: PLATFORM
                  size: 3
                  valueStream: ai-enablement
                """, """
                  type: PLATFORM
                  size: 30
                  valueStream: ai-enablement
                """)).impact();
        assertThat(impact.loadChanges()).singleElement().satisfies(load -> {
            assertThat(load.teamKey()).isEqualTo("team-ml-platform");
            assertThat(load.bandBefore()).isEqualTo(CognitiveLoadBand.OVERLOADED);
            assertThat(load.bandAfter()).isNotEqualTo(CognitiveLoadBand.OVERLOADED);
            assertThat(load.indexAfter()).isLessThan(load.indexBefore());
        });
    }

    private static LandscapePlan plan(DemoFiles head, LandscapePolicy policy) {
        var outcome = DEMO.planTo(head, policy);
        assertThat(outcome.errors()).isEmpty();
        return outcome.plan();
    }

    /** A tier inversion in one line: kind, source, tiers, target and path. */
    private static final class TierInversionLine {
        static String of(TierInversion t) {
            return t.sourceKind() + " " + t.sourceKey() + " " + t.sourceTier() + " -> " + t.targetKey() + " "
                    + t.targetTier() + " " + t.path();
        }
    }
}
