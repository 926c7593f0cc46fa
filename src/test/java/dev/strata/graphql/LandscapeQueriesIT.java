package dev.strata.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.JsonPaths;
import dev.strata.testsupport.QueryCountingDriver;
import dev.strata.testsupport.StrataIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

/** Reading the landscape through GraphQL over HTTP, checked against Cypher on the same database. */
class LandscapeQueriesIT extends StrataIntegrationTest {

    @Test
    void demoLandscapeIsLoadedAndVisibleThroughEveryListQuery() {
        Map<String, String> listFields = Map.of(
                "Team",
                "teams",
                "Platform",
                "platforms",
                "Capability",
                "capabilities",
                "Consumer",
                "consumers",
                "ValueStream",
                "valueStreams");
        for (String label : listFields.keySet()) {
            String field = listFields.get(label);
            Integer total = graphQl.document("{ " + field + "(first: 1) { totalCount } }")
                    .executeSync()
                    .field(field + ".totalCount")
                    .toEntity(Integer.class);
            assertThat(total).as(field).isPositive().isEqualTo((int) count("MATCH (n:" + label + ") RETURN count(n)"));
        }
        assertThat(count("MATCH (n:Platform) RETURN count(n)")).isGreaterThanOrEqualTo(12);
        assertThat(count("MATCH (n:Capability) RETURN count(n)")).isGreaterThanOrEqualTo(60);
        assertThat(count("MATCH (n:Consumer) RETURN count(n)")).isGreaterThanOrEqualTo(80);
    }

    @Test
    void layersComeRankedFromTheBottomThenCrossCutting() {
        List<Map<String, Object>> layers = graphQl
                .document("{ layers { key rank crossCutting platforms { key } } }")
                .executeSync()
                .field("layers")
                .toEntityList(Map.class)
                .stream()
                .map(m -> (Map<String, Object>) m)
                .toList();
        List<Integer> ranks = layers.stream()
                .filter(l -> l.get("rank") != null)
                .map(l -> (Integer) l.get("rank"))
                .toList();
        assertThat(ranks).isSorted().isNotEmpty();
        int firstCrossCutting = layers.indexOf(layers.stream()
                .filter(l -> (Boolean) l.get("crossCutting"))
                .findFirst()
                .orElseThrow());
        assertThat(firstCrossCutting).isEqualTo(ranks.size());
        assertThat(layers)
                .allSatisfy(l -> assertThat((List<?>) l.get("platforms")).isNotEmpty());
    }

    @Test
    void pagingWithCursorsVisitsEveryCapabilityOnceInKeyOrder() {
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        while (hasNext) {
            ClientGraphQlResponse page = graphQl.documentName("pageOfCapabilities")
                    .variable("first", 7)
                    .variable("after", after)
                    .executeSync();
            seen.addAll(JsonPaths.strings(page, "capabilities.edges[*].node.key"));
            hasNext = page.field("capabilities.pageInfo.hasNextPage").toEntity(Boolean.class);
            after = page.field("capabilities.pageInfo.endCursor").toEntity(String.class);
        }
        List<String> expected = keys("MATCH (c:Capability) RETURN c.key ORDER BY c.key");
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void filtersMatchTheEquivalentCypher() {
        String layer =
                keys("MATCH (l:Layer)<-[:IN_LAYER]-(:Platform)-[:PROVIDES]->(:Capability) RETURN DISTINCT l.key ORDER BY l.key")
                        .getFirst();
        ClientGraphQlResponse byLayer = graphQl.documentName("pageOfCapabilities")
                .variable("first", 100)
                .variable("filter", Map.of("layerKey", layer))
                .executeSync();
        assertThat(JsonPaths.strings(byLayer, "capabilities.edges[*].node.key"))
                .containsExactlyElementsOf(keys(
                        "MATCH (:Layer {key: $key})<-[:IN_LAYER]-(:Platform)-[:PROVIDES]->(c) RETURN c.key ORDER BY c.key",
                        Map.of("key", layer)));

        ClientGraphQlResponse deprecated = graphQl.documentName("pageOfCapabilities")
                .variable("first", 100)
                .variable("filter", Map.of("lifecycle", "DEPRECATED"))
                .executeSync();
        assertThat(JsonPaths.strings(deprecated, "capabilities.edges[*].node.lifecycle"))
                .isNotEmpty()
                .containsOnly("DEPRECATED");
        assertThat(deprecated.field("capabilities.totalCount").toEntity(Integer.class))
                .isEqualTo((int) count("MATCH (c:Capability {lifecycle: 'DEPRECATED'}) RETURN count(c)"));

        Integer platformTeams = graphQl.document("{ teams(filter: {type: PLATFORM}) { totalCount } }")
                .executeSync()
                .field("teams.totalCount")
                .toEntity(Integer.class);
        assertThat(platformTeams)
                .isEqualTo((int) count("MATCH (t:Team {type: 'PLATFORM'}) RETURN count(t)"))
                .isGreaterThanOrEqualTo(8);

        Integer textMatches = graphQl.document("{ platforms(filter: {text: \"KUBER\"}) { totalCount nodes { key } } }")
                .executeSync()
                .field("platforms.totalCount")
                .toEntity(Integer.class);
        assertThat(textMatches)
                .isEqualTo(
                        (int)
                                count(
                                        "MATCH (p:Platform) WHERE toLower(p.name) CONTAINS 'kuber' OR p.key CONTAINS 'kuber' RETURN count(p)"))
                .isPositive();
    }

    @Test
    void orderingByNameDescendingIsHonoured() {
        ClientGraphQlResponse page = graphQl.documentName("pageOfCapabilities")
                .variable("first", 100)
                .variable("orderBy", Map.of("field", "NAME", "direction", "DESC"))
                .executeSync();
        List<String> names = JsonPaths.strings(page, "capabilities.edges[*].node.name");
        assertThat(names.stream().map(String::toLowerCase).toList()).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void orderingByChangeTimeFollowsTimeNotTheTextOfTheTimestamp() {
        cypher("""
                UNWIND [['t-o1', '2026-01-01T10:00:00.12Z'], ['t-o2', '2026-01-01T10:00:00.123Z'], ['t-o3', '2026-01-01T10:00:00.9Z']] AS row
                CREATE (:Capability {key: row[0], name: row[0], lifecycle: 'GA', tier: 1,
                                     createdAt: datetime(row[1]), updatedAt: datetime(row[1]) + duration('P5000D')})
                """);
        ClientGraphQlResponse page = graphQl.documentName("pageOfCapabilities")
                .variable("first", 3)
                .variable("orderBy", Map.of("field", "UPDATED_AT", "direction", "DESC"))
                .executeSync();
        assertThat(JsonPaths.strings(page, "capabilities.edges[*].node.key")).containsExactly("t-o3", "t-o2", "t-o1");
    }

    @Test
    void navigationWorksInBothDirectionsAlongEveryRelationship() {
        String team = keys("MATCH (t:Team)-[:OWNS]->(:Platform)-[:PROVIDES]->(:Capability)<-[:CONSUMES]-() "
                        + "WHERE (t)-[:ALIGNED_TO]->() RETURN DISTINCT t.key ORDER BY t.key")
                .getFirst();
        ClientGraphQlResponse response =
                graphQl.documentName("teamNavigation").variable("key", team).executeSync();
        assertThat(JsonPaths.strings(response, "team.valueStream.teams[*].key")).contains(team);
        List<String> platforms = JsonPaths.strings(response, "team.platforms[*].key");
        assertThat(platforms)
                .containsExactlyElementsOf(keys(
                        "MATCH (:Team {key: $key})-[:OWNS]->(p:Platform) RETURN p.key ORDER BY p.key",
                        Map.of("key", team)));
        assertThat(JsonPaths.strings(response, "team.platforms[*].owner.key")).containsOnly(team);
        List<String> capabilityPlatforms =
                JsonPaths.strings(response, "team.platforms[*].capabilities[*].platform.key");
        assertThat(platforms).containsAll(capabilityPlatforms);
        List<String> consumers =
                JsonPaths.strings(response, "team.platforms[*].capabilities[*].consumptions[*].consumer.key");
        assertThat(consumers).isNotEmpty();
    }

    @Test
    void listingHundredPlatformsWithOwnersLayersCapabilitiesAndConsumersCostsAConstantNumberOfQueries() {
        cypher("""
                MATCH (l:Layer) WITH l ORDER BY l.key LIMIT 1
                MATCH (t:Team) WITH l, t ORDER BY t.key LIMIT 1
                UNWIND range(1, 100) AS i
                CREATE (t)-[:OWNS]->(p:Platform {key: 't-platform-' + i, name: 'Test ' + i, tier: 2,
                        createdAt: datetime(), updatedAt: datetime()})-[:IN_LAYER]->(l)
                CREATE (p)-[:PROVIDES]->(:Capability {key: 't-capability-' + i, name: 'Test ' + i, lifecycle: 'GA',
                        tier: 2, createdAt: datetime(), updatedAt: datetime()})
                """);
        int forFive = statementsFor(5);
        int forHundred = statementsFor(100);
        assertThat(forHundred).isEqualTo(forFive).isLessThanOrEqualTo(5);
    }

    private int statementsFor(int first) {
        QueryCountingDriver.STATEMENTS.set(0);
        ClientGraphQlResponse response = graphQl.documentName("platformsWithOwnersAndCapabilities")
                .variable("first", first)
                .executeSync();
        assertThat(response.field("platforms.nodes").toEntityList(Map.class)).hasSize(first);
        return QueryCountingDriver.STATEMENTS.get();
    }
}
