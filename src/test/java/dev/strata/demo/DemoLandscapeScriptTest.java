package dev.strata.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.Neo4jTestServer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Loads {@code cypher/demo/demo-landscape.cypher} into a real Neo4j and checks the shape the demo promises: the minimum
 * sizes, the model's enums and cardinalities, each documented deliberate problem (and that it is the only one of its
 * kind), and that running the script twice changes nothing.
 */
class DemoLandscapeScriptTest {

    private static final String SCRIPT = "/cypher/demo/demo-landscape.cypher";

    @BeforeAll
    static void loadDemoLandscape() {
        Neo4jTestServer.load(SCRIPT);
    }

    // ---------------------------------------------------------------------------------------------------- shape

    @Test
    void hasBusinessAndEnablingValueStreamsEachWithAlignedTeams() {
        assertThat(strings("MATCH (v:ValueStream) RETURN DISTINCT v.kind"))
                .containsExactlyInAnyOrder("BUSINESS", "ENABLING");
        assertThat(strings("MATCH (v:ValueStream) WHERE NOT EXISTS { (:Team)-[:ALIGNED_TO]->(v) } RETURN v.key"))
                .isEmpty();
        assertThat(strings("MATCH (t:Team) WHERE COUNT { (t)-[:ALIGNED_TO]->(:ValueStream) } <> 1 RETURN t.key"))
                .isEmpty();
    }

    @Test
    void hasAtLeastEightPlatformTeamsOfThreeToNinePeople() {
        assertThat(count("MATCH (t:Team {type: 'PLATFORM'}) RETURN count(t)")).isGreaterThanOrEqualTo(8);
        assertThat(strings("MATCH (t:Team {type: 'PLATFORM'}) WHERE NOT t.size IN range(3, 9) RETURN t.key"))
                .isEmpty();
    }

    @Test
    void hasAtLeastFifteenStreamAlignedTeamsOfFiveToNinePeoplePlusEnablingAndComplicatedSubsystemTeams() {
        assertThat(count("MATCH (t:Team {type: 'STREAM_ALIGNED'}) RETURN count(t)"))
                .isGreaterThanOrEqualTo(15);
        assertThat(strings("MATCH (t:Team {type: 'STREAM_ALIGNED'}) WHERE NOT t.size IN range(5, 9) RETURN t.key"))
                .isEmpty();
        assertThat(count("MATCH (t:Team {type: 'ENABLING'}) RETURN count(t)")).isGreaterThanOrEqualTo(2);
        assertThat(count("MATCH (t:Team {type: 'COMPLICATED_SUBSYSTEM'}) RETURN count(t)"))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void hasExactlyTheLayersOfTheModel() {
        assertThat(strings("""
                MATCH (l:Layer) WHERE l.crossCutting = false AND l.rank IS NOT NULL
                RETURN l.key ORDER BY l.rank"""))
                .containsExactly(
                        "infrastructure", "container-platform", "developer-platform", "ai-toolbox", "ai-use-cases");
        assertThat(query("MATCH (l:Layer) WHERE l.rank IS NOT NULL RETURN l.rank ORDER BY l.rank").stream()
                        .map(r -> r.get(0).asLong())
                        .toList())
                .containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(strings("MATCH (l:Layer) WHERE l.crossCutting = true AND l.rank IS NULL RETURN l.key"))
                .containsExactlyInAnyOrder("observability", "security", "secrets", "siem");
        assertThat(count("MATCH (l:Layer) RETURN count(l)")).isEqualTo(9);
    }

    @Test
    void hasAtLeastTwelvePlatformsEachInOneLayerAndEveryLayerHasAPlatform() {
        assertThat(count("MATCH (p:Platform) RETURN count(p)")).isGreaterThanOrEqualTo(12);
        assertThat(strings("MATCH (p:Platform) WHERE COUNT { (p)-[:IN_LAYER]->(:Layer) } <> 1 RETURN p.key"))
                .isEmpty();
        assertThat(strings("MATCH (l:Layer) WHERE NOT EXISTS { (:Platform)-[:IN_LAYER]->(l) } RETURN l.key"))
                .isEmpty();
    }

    @Test
    void hasAtLeastSixtyCapabilitiesCoveringEveryLifecycleWithGaDatesFrom2021To2026() {
        assertThat(count("MATCH (c:Capability) RETURN count(c)")).isGreaterThanOrEqualTo(60);
        assertThat(strings("MATCH (c:Capability) RETURN DISTINCT c.lifecycle"))
                .containsExactlyInAnyOrder("PLANNED", "BETA", "GA", "DEPRECATED", "RETIRED");
        assertThat(strings("""
                MATCH (c:Capability) WHERE c.lifecycle IN ['GA', 'DEPRECATED'] AND c.gaDate IS NULL RETURN c.key""")).isEmpty();
        assertThat(strings("MATCH (c:Capability) WHERE c.gaDate IS NOT NULL RETURN DISTINCT toString(c.gaDate.year)"))
                .containsExactlyInAnyOrder("2021", "2022", "2023", "2024", "2025", "2026");
        assertThat(strings("MATCH (c:Capability) WHERE NOT c.tier IN [1, 2, 3] RETURN c.key"))
                .isEmpty();
        assertThat(count("MATCH (c:Capability) WHERE c.category IS NOT NULL RETURN count(c)"))
                .isGreaterThan(count("MATCH (c:Capability) RETURN count(c)") / 2);
    }

    @Test
    void gaCapabilitiesHaveSloTargetsAndSomeMissThem() {
        assertThat(strings("""
                MATCH (c:Capability {lifecycle: 'GA'})
                WHERE c.sloTarget IS NULL OR c.sloTarget < 99.0 OR c.sloTarget > 99.99
                RETURN c.key""")).isEmpty();
        long ga = count("MATCH (c:Capability {lifecycle: 'GA'}) RETURN count(c)");
        assertThat(count("MATCH (c:Capability {lifecycle: 'GA'}) WHERE c.sloAttainment IS NOT NULL RETURN count(c)"))
                .isGreaterThan(ga / 2);
        assertThat(count("MATCH (c:Capability) WHERE c.sloAttainment < c.sloTarget RETURN count(c)"))
                .isGreaterThanOrEqualTo(3);
        assertThat(strings("MATCH (c:Capability) WHERE c.compliant IS NOT NULL RETURN DISTINCT toString(c.compliant)"))
                .containsExactlyInAnyOrder("true", "false");
    }

    @Test
    void hasAtLeastEightyConsumersIncludingTwelveAiUseCasesEachConsumingOneToFiveCapabilities() {
        assertThat(count("MATCH (c:Consumer) RETURN count(c)")).isGreaterThanOrEqualTo(80);
        assertThat(count("MATCH (c:Consumer {kind: 'AI_USE_CASE'}) RETURN count(c)"))
                .isGreaterThanOrEqualTo(12);
        assertThat(strings("MATCH (c:Consumer) RETURN DISTINCT c.kind"))
                .containsExactlyInAnyOrder("APPLICATION", "SERVICE", "AI_USE_CASE");
        assertThat(strings("""
                MATCH (c:Consumer) WHERE NOT COUNT { (c)-[:CONSUMES]->(:Capability) } IN range(1, 5)
                RETURN c.key""")).isEmpty();
    }

    @Test
    void everyConsumerIsOwnedByExactlyOneStreamAlignedTeam() {
        assertThat(strings("MATCH (c:Consumer) WHERE COUNT { (:Team)-[:OWNS]->(c) } <> 1 RETURN c.key"))
                .isEmpty();
        assertThat(strings("MATCH (t:Team)-[:OWNS]->(:Consumer) RETURN DISTINCT t.type"))
                .containsExactly("STREAM_ALIGNED");
    }

    @Test
    void aboutOneConsumerInFiveIsTierOne() {
        double consumers = count("MATCH (c:Consumer) RETURN count(c)");
        double tierOne = count("MATCH (c:Consumer {tier: 1}) RETURN count(c)");
        assertThat(tierOne / consumers).isBetween(0.15, 0.25);
        assertThat(strings("MATCH (c:Consumer) WHERE NOT c.tier IN [1, 2, 3] RETURN c.key"))
                .isEmpty();
    }

    @Test
    void consumptionStartsBetween2021And2026AndNeverBeforeTheGaDate() {
        assertThat(strings("MATCH ()-[r:CONSUMES]->() RETURN DISTINCT toString(r.since.year)"))
                .containsExactlyInAnyOrder("2021", "2022", "2023", "2024", "2025", "2026");
        assertThat(strings("""
                MATCH (c:Consumer)-[r:CONSUMES]->(k:Capability) WHERE r.since < k.gaDate
                RETURN c.key + ' -> ' + k.key""")).isEmpty();
        assertThat(strings("MATCH (c:Consumer)-[:CONSUMES]->(k:Capability {lifecycle: 'PLANNED'}) RETURN c.key"))
                .isEmpty();
    }

    @Test
    void consumptionIsMostlyXAsAServiceWithSomeCollaborationAndFacilitating() {
        Map<String, Long> modes = new LinkedHashMap<>();
        for (Record r : query("MATCH ()-[r:CONSUMES]->() RETURN r.mode AS mode, count(*) AS n")) {
            modes.put(r.get("mode").asString(), r.get("n").asLong());
        }
        assertThat(modes).containsOnlyKeys("X_AS_A_SERVICE", "COLLABORATION", "FACILITATING");
        long total = modes.values().stream().mapToLong(Long::longValue).sum();
        assertThat(modes.get("X_AS_A_SERVICE")).isGreaterThan(total / 2);
    }

    @Test
    void enumerationsUseExactlyTheValuesOfTheModel() {
        assertThat(strings("""
                MATCH (v:ValueStream) WHERE NOT v.kind IN ['BUSINESS', 'ENABLING'] RETURN v.key
                UNION
                MATCH (t:Team) WHERE NOT t.type IN ['PLATFORM', 'STREAM_ALIGNED', 'ENABLING', 'COMPLICATED_SUBSYSTEM']
                RETURN t.key AS `v.key`
                UNION
                MATCH (c:Capability) WHERE NOT c.lifecycle IN ['PLANNED', 'BETA', 'GA', 'DEPRECATED', 'RETIRED']
                RETURN c.key AS `v.key`
                UNION
                MATCH (c:Consumer) WHERE NOT c.kind IN ['APPLICATION', 'SERVICE', 'AI_USE_CASE'] RETURN c.key AS `v.key`
                UNION
                MATCH (c)-[r:CONSUMES]->() WHERE NOT r.mode IN ['X_AS_A_SERVICE', 'COLLABORATION', 'FACILITATING']
                RETURN c.key AS `v.key`""")).isEmpty();
    }

    @Test
    void respectsTheCardinalitiesOfTheModel() {
        assertThat(strings("MATCH (c:Capability) WHERE COUNT { (:Platform)-[:PROVIDES]->(c) } > 1 RETURN c.key"))
                .isEmpty();
        assertThat(strings("MATCH (p:Platform) WHERE COUNT { (:Team)-[:OWNS]->(p) } > 1 RETURN p.key"))
                .isEmpty();
        assertThat(strings("MATCH (t:Team) WHERE COUNT { (t)-[:ALIGNED_TO]->() } > 1 RETURN t.key"))
                .isEmpty();
        assertThat(strings("MATCH (n) WHERE n.key IS NULL OR n.createdAt IS NULL OR n.updatedAt IS NULL "
                        + "RETURN labels(n)[0]"))
                .isEmpty();
    }

    @Test
    void noCapabilityDependsOnItself() {
        assertThat(strings("MATCH (c:Capability)-[:DEPENDS_ON]->(c) RETURN c.key"))
                .isEmpty();
    }

    @Test
    void dependenciesFormCrossLayerChainsFourToSixDeep() {
        assertThat(count("""
                MATCH p = (:Capability {key: 'model-serving'})-[:DEPENDS_ON]->(:Capability {key: 'gpu-node-pools'})
                          -[:DEPENDS_ON]->(:Capability {key: 'cloud-compute'})
                          -[:DEPENDS_ON]->(:Capability {key: 'cloud-networking'})
                RETURN count(p)""")).isEqualTo(1);
        assertThat(count("""
                MATCH p = (:Capability {key: 'ci-pipelines'})-[:DEPENDS_ON]->(:Capability {key: 'k8s-workloads'})
                          -[:DEPENDS_ON]->(:Capability {key: 'cloud-networking'})
                RETURN count(p)""")).isEqualTo(1);
        assertThat(count("""
                MATCH p = (:Capability {key: 'conversational-ai'})-[:DEPENDS_ON*6]->(:Capability {key: 'cloud-networking'})
                RETURN count(p)""")).isPositive();
        assertThat(count("""
                MATCH (c:Capability) WHERE EXISTS { (c)-[:DEPENDS_ON*4]->(:Capability) } RETURN count(c)""")).isGreaterThanOrEqualTo(20);
    }

    // ---------------------------------------------------------------------------------------------------- problems

    @Test
    void problem1_theOnlyUpwardLayerViolationIsNamespacesAsAServiceDependingOnGitOpsDeployments() {
        assertThat(strings("""
                MATCH (la:Layer)<-[:IN_LAYER]-(:Platform)-[:PROVIDES]->(a:Capability)-[:DEPENDS_ON]->(b:Capability)
                      <-[:PROVIDES]-(:Platform)-[:IN_LAYER]->(lb:Layer)
                WHERE la.rank < lb.rank
                RETURN a.key + ' (' + la.key + ') -> ' + b.key + ' (' + lb.key + ')'"""))
                .containsExactly(
                        "k8s-namespaces-as-a-service (container-platform) -> gitops-deployments (developer-platform)");
    }

    @Test
    void problem2_identitySsoPkiCertificatesAndSecretsVaultFormTheOnlyDependencyCycle() {
        assertThat(strings("MATCH (c:Capability) WHERE EXISTS { (c)-[:DEPENDS_ON*1..12]->(c) } RETURN c.key"))
                .containsExactlyInAnyOrder("identity-sso", "pki-certificates", "secrets-vault");
        assertThat(count("""
                MATCH p = (a:Capability {key: 'identity-sso'})-[:DEPENDS_ON]->(:Capability {key: 'pki-certificates'})
                          -[:DEPENDS_ON]->(:Capability {key: 'secrets-vault'})-[:DEPENDS_ON]->(a)
                RETURN count(p)""")).isEqualTo(1);
    }

    @Test
    void problem3_deprecatedManagedOracleIsStillConsumedBySeveralAndRetiredSftpByOne() {
        assertThat(strings("""
                MATCH (c:Consumer)-[:CONSUMES]->(k:Capability {lifecycle: 'DEPRECATED'})
                RETURN DISTINCT k.key""")).containsExactly("managed-oracle");
        assertThat(strings("MATCH (c:Consumer)-[:CONSUMES]->(:Capability {key: 'managed-oracle'}) RETURN c.key"))
                .containsExactlyInAnyOrder(
                        "core-accounts-service",
                        "sepa-batch-processor",
                        "policy-admin-system",
                        "loan-servicing-platform",
                        "stress-testing-batch");
        assertThat(strings("""
                MATCH (c:Consumer)-[:CONSUMES]->(k:Capability {lifecycle: 'RETIRED'})
                RETURN k.key + ' <- ' + c.key""")).containsExactly("sftp-file-transfer <- settlement-reporting");
    }

    @Test
    void problem4_theSmallMlPlatformTeamOwnsTwoPlatformsWithManyBetaCapabilitiesAndCollaborationConsumers() {
        Record team = query("""
                MATCH (t:Team {key: 'team-ml-platform'})
                RETURN t.type AS type, t.size AS size,
                       COUNT { (t)-[:OWNS]->(:Platform) } AS platforms,
                       COUNT { (t)-[:OWNS]->(:Platform)-[:PROVIDES]->(:Capability) } AS capabilities,
                       COUNT { (t)-[:OWNS]->(:Platform)-[:PROVIDES]->(:Capability {lifecycle: 'BETA'}) } AS beta,
                       COUNT { MATCH (t)-[:OWNS]->(:Platform)-[:PROVIDES]->(:Capability)
                                     <-[:CONSUMES {mode: 'COLLABORATION'}]-(c:Consumer) RETURN DISTINCT c } AS collab
                """).getFirst();
        assertThat(team.get("type").asString()).isEqualTo("PLATFORM");
        assertThat(team.get("size").asLong()).isEqualTo(3);
        assertThat(team.get("platforms").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(team.get("capabilities").asLong()).isGreaterThanOrEqualTo(10);
        assertThat(team.get("beta").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(team.get("collab").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(strings("""
                MATCH (t:Team {type: 'PLATFORM'})
                WITH t, COUNT { (t)-[:OWNS]->(:Platform)-[:PROVIDES]->(:Capability) } * 1.0 / t.size AS load
                RETURN t.key ORDER BY load DESC LIMIT 1""")).containsExactly("team-ml-platform");
    }

    @Test
    void problem5_batchJobSchedulerHasNoProvidingPlatformAndLegacyMiddlewareHasNoOwningTeam() {
        assertThat(strings("MATCH (c:Capability) WHERE NOT EXISTS { (:Platform)-[:PROVIDES]->(c) } RETURN c.key"))
                .containsExactly("batch-job-scheduler");
        assertThat(strings("MATCH (p:Platform) WHERE NOT EXISTS { (:Team)-[:OWNS]->(p) } RETURN p.key"))
                .containsExactly("legacy-middleware");
        assertThat(count("MATCH (:Consumer)-[r:CONSUMES]->(:Capability {key: 'batch-job-scheduler'}) RETURN count(r)"))
                .isPositive();
        assertThat(count("""
                MATCH (:Platform {key: 'legacy-middleware'})-[:PROVIDES]->(:Capability)<-[r:CONSUMES]-(:Consumer)
                RETURN count(r)""")).isPositive();
    }

    @Test
    void problem6_serviceMeshIsTheOnlyLiveCapabilityWithoutConsumersOrDependents() {
        assertThat(strings("""
                MATCH (c:Capability) WHERE NOT c.lifecycle IN ['PLANNED', 'RETIRED']
                  AND NOT EXISTS { (:Consumer)-[:CONSUMES]->(c) } AND NOT EXISTS { (:Capability)-[:DEPENDS_ON]->(c) }
                RETURN c.key + ' ' + c.lifecycle""")).containsExactly("service-mesh GA");
    }

    @Test
    void problem7_modelInferenceIsTheOnlyCategoryOfferedByPlatformsOfDifferentTeamsAndBothAreConsumed() {
        assertThat(strings("""
                MATCH (t:Team)-[:OWNS]->(:Platform)-[:PROVIDES]->(c:Capability) WHERE c.category IS NOT NULL
                WITH c.category AS category, count(DISTINCT t) AS teams WHERE teams > 1
                RETURN category""")).containsExactly("model-inference");
        assertThat(strings("""
                MATCH (t:Team)-[:OWNS]->(p:Platform)-[:PROVIDES]->(c:Capability {category: 'model-inference'})
                WHERE EXISTS { (:Consumer)-[:CONSUMES]->(c) }
                RETURN c.key + ' @ ' + p.key + ' / ' + t.key"""))
                .containsExactlyInAnyOrder(
                        "k8s-model-serving @ kubernetes / team-kubernetes",
                        "model-serving @ ai-toolbox / team-ml-platform");
    }

    @Test
    void problem8_theOnlyTierInversionIsTierOneInstantPaymentsGatewayOnTierThreeServerlessFunctions() {
        assertThat(strings("""
                MATCH (c:Consumer {tier: 1})-[:CONSUMES]->(k:Capability {tier: 3})
                RETURN c.key + ' -> ' + k.key""")).containsExactly("instant-payments-gateway -> serverless-functions");
    }

    @Test
    void problem9_cloudNetworkingIsASinglePointOfFailureForEveryConsumerWithNoAlternative() {
        long consumers = count("MATCH (c:Consumer) RETURN count(c)");
        Map<String, Long> reach = new LinkedHashMap<>();
        for (Record r : query("""
                MATCH (c:Consumer)
                CALL (c) {
                  MATCH (c)-[:CONSUMES]->(:Capability)-[:DEPENDS_ON*0..]->(t:Capability)
                  RETURN DISTINCT t
                }
                RETURN t.key AS key, count(c) AS consumers ORDER BY consumers DESC""")) {
            reach.put(r.get("key").asString(), r.get("consumers").asLong());
        }
        long spof = reach.get("cloud-networking");
        assertThat(spof).isEqualTo(consumers);
        assertThat(reach.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(spof));
        assertThat(strings("""
                MATCH (n:Capability {key: 'cloud-networking'}), (c:Capability {category: n.category})
                RETURN c.key""")).containsExactly("cloud-networking");
    }

    // ---------------------------------------------------------------------------------------------------- idempotence

    @Test
    void runningTheScriptAgainChangesNoCountsAndKeepsCreatedAt() {
        Map<String, Long> nodes = countsBy("MATCH (n) UNWIND labels(n) AS label RETURN label AS k, count(*) AS n");
        Map<String, Long> relationships = countsBy("MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS n");
        Map<String, Object> createdAt = createdAtByKey();

        Neo4jTestServer.runResource(SCRIPT);

        assertThat(countsBy("MATCH (n) UNWIND labels(n) AS label RETURN label AS k, count(*) AS n"))
                .isEqualTo(nodes);
        assertThat(countsBy("MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS n"))
                .isEqualTo(relationships);
        assertThat(createdAtByKey()).isEqualTo(createdAt);
        assertThat(strings("MATCH (n) WHERE n.updatedAt < n.createdAt RETURN n.key"))
                .isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private static Map<String, Long> countsBy(String cypher) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Record r : query(cypher + " ORDER BY k")) {
            counts.put(r.get("k").asString(), r.get("n").asLong());
        }
        return counts;
    }

    private static Map<String, Object> createdAtByKey() {
        Map<String, Object> createdAt = new LinkedHashMap<>();
        for (Record r : query("MATCH (n) RETURN labels(n)[0] + ':' + n.key AS k, n.createdAt AS t ORDER BY k")) {
            createdAt.put(r.get("k").asString(), r.get("t").asObject());
        }
        return createdAt;
    }

    private static List<Record> query(String cypher) {
        try (Session session = Neo4jTestServer.driver().session()) {
            return session.run(cypher).list();
        }
    }

    private static long count(String cypher) {
        return query(cypher).getFirst().get(0).asLong();
    }

    private static List<String> strings(String cypher) {
        return query(cypher).stream().map(r -> r.get(0).asString()).toList();
    }
}
