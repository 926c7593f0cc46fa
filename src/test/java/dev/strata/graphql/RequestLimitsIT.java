package dev.strata.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.StrataIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

/** Each request limit refuses with an error that names the limit and its setting, and runs nothing. */
class RequestLimitsIT extends StrataIntegrationTest {

    @Test
    void tooDeepAQueryIsRefusedNamingTheDepthLimit() {
        String deep =
                "{ team(key: \"x\") { platforms { capabilities { dependencies { dependencies { dependencies { dependencies {"
                        + " dependencies { dependencies { dependencies { dependencies { dependencies { dependencies { dependencies {"
                        + " dependencies { dependencies { key } } } } } } } } } } } } } } } } }";
        ClientGraphQlResponse response = graphQl.document(deep).executeSync();
        assertThat(response.getErrors())
                .singleElement()
                .satisfies(e ->
                        assertThat(e.getMessage()).contains("exceeds the limit of 15", "strata.graphql.max-depth"));
    }

    @Test
    void aQueryOverTheCostBudgetIsRefusedNamingTheBudget() {
        ClientGraphQlResponse response = graphQl.document("""
                { platforms(first: 100) { nodes { capabilities { consumptions { consumer { consumptions { capability {
                  dependents { key } dependencies { key } consumptions { mode } } } } } } } } }
                """).executeSync();
        assertThat(response.getErrors())
                .singleElement()
                .satisfies(e ->
                        assertThat(e.getMessage()).contains("exceeds the budget of 100000", "strata.graphql.max-cost"));
        ClientGraphQlResponse cheap = graphQl.documentName("platformsWithOwnersAndCapabilities")
                .variable("first", 100)
                .executeSync();
        assertThat(cheap.getErrors()).isEmpty();
    }

    @Test
    void eightAliasesOfHotspotsExceedTheBudgetAndAreRefusedBeforeAnythingRuns() {
        String eight = java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> "h" + i + ": hotspots(first: 10) { key severity }")
                .collect(java.util.stream.Collectors.joining(" ", "{ ", " }"));
        ClientGraphQlResponse refused = graphQl.document(eight).executeSync();
        assertThat(refused.getErrors()).singleElement().satisfies(e -> {
            assertThat(e.getMessage())
                    .contains("exceeds the budget of 100000", "strata.graphql.max-cost", "h0: hotspots");
            assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
        });
        assertThat(refused.isValid()).as("no data: nothing ran").isFalse();
        String fourInFragments = "{ ...A ...B } fragment A on Query { h0: hotspots { key } h1: hotspots { key } }"
                + " fragment B on Query { ... on Query { h2: hotspots { key } h3: hotspots { key } } }";
        assertThat(graphQl.document(fourInFragments).executeSync().getErrors()).isEmpty();
        String eightInFragments = fourInFragments.replace("{ ...A ...B }", "{ ...A ...B ...C }")
                + " fragment C on Query { h4: hotspots { key } h5: hotspots { key } h6: hotspots { key } h7: hotspots { key } }";
        assertThat(graphQl.document(eightInFragments).executeSync().getErrors())
                .singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("exceeds the budget"));
    }

    @Test
    void theExportCarriesItsWeightSoTwoExportsInOneRequestAreRefused() {
        ClientGraphQlResponse two = graphQl.document("{ a: exportLandscape { path } b: exportLandscape { path } }")
                .executeSync();
        assertThat(two.getErrors())
                .singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("exceeds the budget", "exportLandscape"));
        assertThat(graphQl.document("{ exportLandscape { path } }")
                        .executeSync()
                        .getErrors())
                .isEmpty();
    }

    @Test
    void aCostThatWouldOverflowAnIntegerIsStillRefused() {
        // 100 teams x 10 x 10^7: more than 2^32 points; an int sum would wrap around below the budget.
        String document = "{ teams(first: 100) { nodes { platforms { capabilities { " + "dependencies { ".repeat(7)
                + "key" + " }".repeat(7) + " } } } } }";
        ClientGraphQlResponse response = graphQl.document(document).executeSync();
        assertThat(response.getErrors())
                .singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("exceeds the budget"));
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void aFragmentBombIsRefusedBeforeItIsExpanded() {
        // 30 levels of fragments spreading the next one twice: 2^30 selections from a 1 KB query.
        ClientGraphQlResponse response =
                graphQl.document(FragmentExpansionTest.bomb(30)).executeSync();
        assertThat(response.getErrors()).singleElement().satisfies(e -> {
            assertThat(e.getMessage()).contains("expands to more than 20000 fields through its fragments");
            assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
        });
        String reused =
                "{ ...Names a: teams(first: 3) { nodes { ...TeamParts } } b: teams(first: 5) { nodes { ...TeamParts } } }"
                        + " fragment Names on Query { strataVersion } fragment TeamParts on Team { key name }";
        assertThat(graphQl.document(reused).executeSync().getErrors()).isEmpty();
    }

    @Test
    void aPageLargerThanTheCapIsRefusedNamingTheCap() {
        ClientGraphQlResponse response =
                graphQl.document("{ capabilities(first: 101) { totalCount } }").executeSync();
        assertThat(response.getErrors())
                .singleElement()
                .satisfies(
                        e -> assertThat(e.getMessage()).contains("first must be between 1 and 100", "page size limit"));
    }

    @Test
    void cursorsAtTheIntegerLimitAreAClientErrorNamingTheArgument() {
        for (long offset : new long[] {2147483646L, 2147483647L}) {
            String cursor = java.util.Base64.getEncoder()
                    .encodeToString(("offset:" + offset).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            ClientGraphQlResponse response = graphQl.document(
                            "query($after: String) { capabilities(first: 5, after: $after) {"
                                    + " totalCount pageInfo { hasNextPage endCursor } } }")
                    .variable("after", cursor)
                    .executeSync();
            assertThat(response.getErrors())
                    .as("offset %d", offset)
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.getMessage())
                                .startsWith("after is out of range")
                                .contains(String.valueOf(offset));
                        assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    });
        }
        String last = graphQl.document("{ capabilities(first: 100) { pageInfo { endCursor } } }")
                .executeSync()
                .field("capabilities.pageInfo.endCursor")
                .toEntity(String.class);
        ClientGraphQlResponse next = graphQl.document("query($after: String) { capabilities(first: 5, after: $after) {"
                        + " nodes { key } pageInfo { hasNextPage } } }")
                .variable("after", last)
                .executeSync();
        assertThat(next.getErrors()).isEmpty();
    }

    @Test
    void anOversizedRequestBodyIsRefusedBeforeItIsRead() throws Exception {
        String body = "{\"query\":\"{ teams { totalCount } }\",\"variables\":{\"pad\":\"" + "x".repeat(33 * 1024 * 1024)
                + "\"}}";
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("exceeds the limit of 33554432 bytes", "strata.graphql.max-request-size");
    }
}
