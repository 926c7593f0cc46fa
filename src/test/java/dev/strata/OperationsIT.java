package dev.strata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.StrataIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Health is public; metrics, with GraphQL field timings (analytics included), need the admin role. */
class OperationsIT extends StrataIntegrationTest {

    @Test
    void healthIsPublicAndReportsNeo4jAndTheSchema() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"neo4j\"", "\"databaseSchema\"", "\"status\":\"UP\"");
    }

    @Test
    void metricsNeedTheAdminRoleAndTimeEveryAnalyticsField() throws Exception {
        graphQl.document(
                        "{ blastRadius(input: {targets: [{kind: CAPABILITY, key: \"k8s-workloads\"}]}) { totalCount } }")
                .executeSync();
        assertThat(get("/actuator/metrics", null).statusCode()).isEqualTo(401);
        HttpResponse<String> names = get("/actuator/metrics", ADMIN_TOKEN);
        assertThat(names.statusCode()).isEqualTo(200);
        assertThat(names.body()).contains("graphql.datafetcher", "strata.analytics.snapshot.load");
        HttpResponse<String> fields =
                get("/actuator/metrics/graphql.datafetcher?tag=graphql.field.name:blastRadius", ADMIN_TOKEN);
        assertThat(fields.statusCode()).isEqualTo(200);
        assertThat(fields.body()).contains("\"COUNT\"");
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
