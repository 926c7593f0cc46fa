package dev.strata.analytics.chains;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.analytics.Fixtures;
import dev.strata.analytics.graph.LandscapeSnapshot;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

/** Layer violations on the example graph of {@code src/docs/analytics/layer-violations.md}. */
class LayerViolationsTest {

    static LayerViolation fromRecord(Record r) {
        return new LayerViolation(
                r.get("fromCapability").asString(),
                r.get("toCapability").asString(),
                r.get("fromLayer").asString(),
                r.get("fromRank").asInt(),
                r.get("toLayer").asString(),
                r.get("toRank").asInt(),
                r.get("fromTeam").isNull() ? null : r.get("fromTeam").asString(),
                r.get("toTeam").isNull() ? null : r.get("toTeam").asString());
    }

    @Test
    void upwardDependenciesAreViolationsAndCrossCuttingLayersNeverAre() {
        LandscapeSnapshot landscape = Fixtures.yaml("layer-violations-example");

        LayerViolationReport report = LayerViolations.find(landscape);

        assertThat(report.violations())
                .containsExactly(
                        new LayerViolation(
                                "backup",
                                "deploy",
                                "infrastructure",
                                1,
                                "developer-platform",
                                3,
                                "infra-team",
                                "devx-team"),
                        new LayerViolation(
                                "vm", "registry", "infrastructure", 1, "container-platform", 2, "infra-team", null));
        assertThat(report.skippedLayers())
                .containsExactly(new LayerViolation(
                        "deploy", "vm", "developer-platform", 3, "infrastructure", 1, "devx-team", "infra-team"));
        assertThat(Fixtures.referenceOn("layer-violations-example", "layer-violations", Map.of()).stream()
                        .map(LayerViolationsTest::fromRecord))
                .containsExactlyElementsOf(report.violations());
    }

    @Test
    void wellLayeredLandscapeHasNoViolations() {
        LandscapeSnapshot landscape = Fixtures.yaml("landscape-example");

        assertThat(LayerViolations.find(landscape).violations()).isEmpty();
        assertThat(Fixtures.referenceOn("landscape-example", "layer-violations", Map.of()))
                .isEmpty();
    }
}
