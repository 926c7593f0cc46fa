package dev.strata.analytics.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.JsonPaths;
import dev.strata.testsupport.StrataIntegrationTest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

/**
 * The windows and aggregates the dashboard asks for instead of whole-landscape lists (issue 15: every view's data at
 * M within a second): {@code cognitiveLoad(first, offset)}, {@code cognitiveLoadDistribution},
 * {@code platformAdoptions(orderBy, first, offset)}, {@code LayerViolationReport.skippedLayerCount}, each checked
 * against the unwindowed answer on the demo.
 */
class DashboardWindowsIT extends StrataIntegrationTest {

    @Test
    void cognitiveLoadWindowsAreSlicesOfTheRankingAndTheDistributionCountsEveryTeam() {
        List<String> all = JsonPaths.strings(
                graphQl.document("{ cognitiveLoad { team { key } } }").executeSync(), "cognitiveLoad[*].team.key");
        assertThat(all).hasSizeGreaterThan(10);
        assertThat(JsonPaths.strings(
                        graphQl.document("{ cognitiveLoad(first: 4, offset: 3) { team { key } } }")
                                .executeSync(),
                        "cognitiveLoad[*].team.key"))
                .containsExactlyElementsOf(all.subList(3, 7));
        assertThat(JsonPaths.strings(
                        graphQl.document("{ cognitiveLoad(offset: 10) { team { key } } }")
                                .executeSync(),
                        "cognitiveLoad[*].team.key"))
                .containsExactlyElementsOf(all.subList(10, all.size()));
        assertThat(JsonPaths.strings(
                        graphQl.document("{ cognitiveLoad(first: 5, offset: 100000) { team { key } } }")
                                .executeSync(),
                        "cognitiveLoad[*].team.key"))
                .isEmpty();

        ClientGraphQlResponse both = graphQl.document("""
                { cognitiveLoad { index band }
                  cognitiveLoadDistribution { teams indexes bands { band teams } } }""").executeSync();
        List<Map> loads = both.field("cognitiveLoad").toEntityList(Map.class);
        assertThat(both.field("cognitiveLoadDistribution.teams").toEntity(Integer.class))
                .isEqualTo(loads.size());
        assertThat(both.field("cognitiveLoadDistribution.indexes").toEntityList(Double.class))
                .containsExactlyElementsOf(loads.stream()
                        .map(l -> ((Number) l.get("index")).doubleValue())
                        .toList());
        List<Map> bands = both.field("cognitiveLoadDistribution.bands").toEntityList(Map.class);
        assertThat(bands).extracting(b -> b.get("band")).containsExactly("LOW", "MODERATE", "HIGH", "OVERLOADED");
        assertThat(bands)
                .allSatisfy(b -> assertThat(b.get("teams")).isEqualTo((int) loads.stream()
                        .filter(l -> l.get("band").equals(b.get("band")))
                        .count()));
        assertThat(bands.stream().mapToInt(b -> (Integer) b.get("teams")).sum()).isEqualTo(loads.size());
    }

    @Test
    void platformAdoptionsArePagedInEitherOrder() {
        List<String> byRate = JsonPaths.strings(
                graphQl.document("{ platformAdoptions { platform { key } } }").executeSync(),
                "platformAdoptions[*].platform.key");
        assertThat(JsonPaths.strings(
                        graphQl.document("{ platformAdoptions(first: 3, offset: 2) { platform { key } } }")
                                .executeSync(),
                        "platformAdoptions[*].platform.key"))
                .containsExactlyElementsOf(byRate.subList(2, 5));

        List<Map> bySlo = graphQl.document(
                        "{ platformAdoptions(orderBy: SLO_MET_SHARE) { platform { key } sloMetShare } }")
                .executeSync()
                .field("platformAdoptions")
                .toEntityList(Map.class);
        assertThat(bySlo).hasSameSizeAs(byRate);
        List<Map> withSlo =
                bySlo.stream().takeWhile(p -> p.get("sloMetShare") != null).toList();
        assertThat(withSlo).isNotEmpty();
        assertThat(bySlo.subList(withSlo.size(), bySlo.size()))
                .allSatisfy(p -> assertThat(p.get("sloMetShare")).isNull());
        assertThat(withSlo)
                .isSortedAccordingTo(
                        Comparator.<Map, Double>comparing(p -> ((Number) p.get("sloMetShare")).doubleValue())
                                .thenComparing(p -> (String) ((Map) p.get("platform")).get("key")));
        assertThat(JsonPaths.strings(
                        graphQl.document("{ platformAdoptions(orderBy: SLO_MET_SHARE, first: 2) { platform { key } } }")
                                .executeSync(),
                        "platformAdoptions[*].platform.key"))
                .containsExactly((String) ((Map) bySlo.get(0).get("platform")).get("key"), (String)
                        ((Map) bySlo.get(1).get("platform")).get("key"));
    }

    @Test
    void theSkippedLayerCountIsTheLengthOfTheList() {
        ClientGraphQlResponse report = graphQl.document(
                        "{ layerViolations { skippedLayers { fromRank } skippedLayerCount } }")
                .executeSync();
        int listed = report.field("layerViolations.skippedLayers")
                .toEntityList(Map.class)
                .size();
        assertThat(listed).isPositive();
        assertThat(report.field("layerViolations.skippedLayerCount").toEntity(Integer.class))
                .isEqualTo(listed);
    }

    @Test
    void aWindowOutsideItsLimitsIsABadRequestNamingTheArgument() {
        assertThat(graphQl.document("{ cognitiveLoad(first: 1001) { index } }")
                        .executeSync()
                        .getErrors())
                .singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains("first", "1000", "1001"));
        assertThat(graphQl.document("{ platformAdoptions(offset: -1) { adoptionRate } }")
                        .executeSync()
                        .getErrors())
                .singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains("offset", "-1"));
    }
}
