package dev.strata.analytics.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.JsonPaths;
import dev.strata.testsupport.QueryCountingDriver;
import dev.strata.testsupport.StrataIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

/**
 * Analytics results lead to their nodes and on (owners, platforms, layers, value streams) in the same request, and
 * that costs a constant number of statements: the same for 100 rows as for 5, because every node field is resolved
 * for the whole list at once (one query per node kind).
 */
class AnalyticsNavigationIT extends StrataIntegrationTest {

    @AfterEach
    void removeTestData() {
        cleanUpTestData();
    }

    @Test
    void resultsWithAHundredNodesCostAsManyStatementsAsResultsWithFive() {
        // 110 tier-1 capabilities depending on one tier-3 capability: 110 tier inversions, 110 more hotspots
        cypher("""
                MATCH (l:Layer) WITH l ORDER BY l.key LIMIT 1
                MATCH (t:Team) WITH l, t ORDER BY t.key LIMIT 1
                CREATE (t)-[:OWNS]->(p:Platform {key: 't-nav-platform', name: 'Navigation', tier: 1,
                        createdAt: datetime(), updatedAt: datetime()})-[:IN_LAYER]->(l)
                CREATE (p)-[:PROVIDES]->(base:Capability {key: 't-nav-base', name: 'Base', lifecycle: 'GA', tier: 3,
                        createdAt: datetime(), updatedAt: datetime()})
                WITH p, base
                UNWIND range(1, 110) AS i
                CREATE (p)-[:PROVIDES]->(c:Capability {key: 't-nav-' + i, name: 'Navigation ' + i, lifecycle: 'GA',
                        tier: 1, createdAt: datetime(), updatedAt: datetime()})-[:DEPENDS_ON]->(base)
                """);
        graphQl.document("mutation { refreshAnalytics { nodes } }").executeSync();
        query(100); // the hotspot ranking of this version is computed once, before measuring

        int forFive = statementsFor(5);
        int forHundred = statementsFor(100);

        assertThat(forHundred).isEqualTo(forFive).isLessThanOrEqualTo(40);
    }

    @Test
    void aResultLeadsToItsNodesAndOn() {
        ClientGraphQlResponse response = query(100);

        List<String> hotspotKeys = JsonPaths.strings(response, "hotspotRanking.hotspots[*].node.key");
        assertThat(hotspotKeys).hasSizeGreaterThan(10);
        assertThat(JsonPaths.strings(response, "hotspotRanking.hotspots[*].node.nodeKind"))
                .containsOnly("CAPABILITY", "PLATFORM");
        List<Map> violations = response.field("layerViolations.violations").toEntityList(Map.class);
        assertThat(violations)
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v.get("dependent")).isNotNull());
        String dependent = JsonPaths.strings(response, "layerViolations.violations[*].dependent.key")
                .getFirst();
        assertThat(JsonPaths.strings(response, "layerViolations.violations[*].dependentLayer.key")
                        .getFirst())
                .isEqualTo(single("MATCH (:Capability {key: '" + dependent
                        + "'})<-[:PROVIDES]-(:Platform)-[:IN_LAYER]->(l) " + "RETURN l.key"));
        assertThat(JsonPaths.strings(response, "cognitiveLoad[*].team.key"))
                .hasSize((int) count("MATCH (t:Team) RETURN count(t)"));
        assertThat(JsonPaths.strings(response, "structuralRisks.tierInversionPage.nodes[*].target.key"))
                .isNotEmpty();
    }

    private ClientGraphQlResponse query(int first) {
        ClientGraphQlResponse response = graphQl.documentName("analyticsNavigation")
                .variable("first", first)
                .executeSync();
        assertThat(response.getErrors()).isEmpty();
        return response;
    }

    /** The fewest statements of two runs: a snapshot freshness check may fall into one of them. */
    private int statementsFor(int first) {
        int fewest = Integer.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            QueryCountingDriver.STATEMENTS.set(0);
            ClientGraphQlResponse response = query(first);
            assertThat(response.field("hotspotRanking.hotspots").toEntityList(Map.class))
                    .hasSize(first);
            assertThat(response.field("structuralRisks.tierInversionPage.nodes").toEntityList(Map.class))
                    .hasSize(first);
            fewest = Math.min(fewest, QueryCountingDriver.STATEMENTS.get());
        }
        return fewest;
    }
}
