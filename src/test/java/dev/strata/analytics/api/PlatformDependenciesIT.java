package dev.strata.analytics.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.StrataIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

/** {@code platformDependencies} on the demo against the same aggregation written in Cypher. */
class PlatformDependenciesIT extends StrataIntegrationTest {

    private static final String QUERY = """
            query($first: Int!, $among: [ID!]) { platformDependencies(first: $first, among: $among) {
              totalCount totalWeight dependencies { from { key } to { key } weight } } }""";

    @Test
    void everyPlatformPairIsWeightedByItsCapabilityDependenciesHeaviestFirst() {
        List<String> expected = keys("""
                MATCH (p:Platform)-[:PROVIDES]->(:Capability)-[:DEPENDS_ON]->(:Capability)<-[:PROVIDES]-(q:Platform)
                WHERE p <> q
                WITH p.key AS from, q.key AS to, count(*) AS weight
                RETURN from + '->' + to + '=' + weight ORDER BY weight DESC, from, to""");
        assertThat(expected).hasSizeGreaterThan(5);

        ClientGraphQlResponse answer = graphQl.document(QUERY)
                .variable("first", 1000)
                .variable("among", null)
                .executeSync();

        assertThat(answer.getErrors()).isEmpty();
        assertThat(rows(answer)).containsExactlyElementsOf(expected);
        assertThat(answer.field("platformDependencies.totalCount").toEntity(Integer.class))
                .isEqualTo(expected.size());
        assertThat(answer.field("platformDependencies.totalWeight").toEntity(Integer.class))
                .isEqualTo(expected.stream()
                        .mapToInt(r -> Integer.parseInt(r.substring(r.indexOf('=') + 1)))
                        .sum());
    }

    @Test
    void amongKeepsOnlyDependenciesBetweenTheGivenPlatformsAndFirstCutsTheHeaviest() {
        List<String> all = rows(graphQl.document(QUERY)
                .variable("first", 1000)
                .variable("among", null)
                .executeSync());
        String heaviest = all.getFirst();
        String from = heaviest.substring(0, heaviest.indexOf("->"));
        String to = heaviest.substring(heaviest.indexOf("->") + 2, heaviest.indexOf('='));

        ClientGraphQlResponse pair = graphQl.document(QUERY)
                .variable("first", 10)
                .variable("among", List.of(from, to))
                .executeSync();
        assertThat(rows(pair))
                .allMatch(r -> r.startsWith(from + "->" + to + "=") || r.startsWith(to + "->" + from + "="))
                .contains(heaviest);

        assertThat(rows(graphQl.document(QUERY)
                        .variable("first", 2)
                        .variable("among", null)
                        .executeSync()))
                .containsExactlyElementsOf(all.subList(0, 2));
        ClientGraphQlResponse tooMany = graphQl.document(QUERY)
                .variable("first", 1001)
                .variable("among", null)
                .executeSync();
        assertThat(tooMany.getErrors())
                .singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("first must be between 1 and 1000"));
    }

    private static List<String> rows(ClientGraphQlResponse answer) {
        List<Map<String, Object>> dependencies =
                answer.field("platformDependencies.dependencies").toEntityList(Map.class).stream()
                        .map(m -> (Map<String, Object>) m)
                        .toList();
        return dependencies.stream()
                .map(d -> ((Map<?, ?>) d.get("from")).get("key") + "->" + ((Map<?, ?>) d.get("to")).get("key") + "="
                        + d.get("weight"))
                .toList();
    }
}
