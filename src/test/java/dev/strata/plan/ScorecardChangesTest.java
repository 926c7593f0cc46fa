package dev.strata.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.analytics.load.CognitiveLoadModel;
import dev.strata.ingest.LandscapeParser;
import dev.strata.model.Landscape;
import dev.strata.model.LandscapeDiff;
import dev.strata.model.NodeRef;
import dev.strata.scorecard.ScorecardRulesFile;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Plan's impact names a change that drops a platform a scorecard level, and the rules it makes fail. */
class ScorecardChangesTest {

    private static final Landscape DEMO =
            LandscapeParser.parse(DemoFiles.load().files()).declared();

    @Test
    void droppingTheOnCallOfAGoldPlatformDropsItToBronzeAndSaysWhy() {
        Landscape after = withPlatform("siem", properties -> properties.remove("onCall"));
        LandscapeImpact impact = impact(after);
        assertThat(impact.scorecardChanges()).singleElement().satisfies(change -> {
            assertThat(change.platformKey()).isEqualTo("siem");
            assertThat(change.levelBefore()).isEqualTo("gold");
            assertThat(change.levelAfter()).isEqualTo("bronze");
            assertThat(change.dropped()).isTrue();
            assertThat(change.newlyFailed()).containsExactly("on-call: no on-call rotation");
        });
        assertThat(impact.isEmpty()).isFalse();
    }

    @Test
    void documentingAPlatformRaisesItAndIsNoDrop() {
        Landscape after =
                withPlatform("gpu-compute", properties -> properties.put("documentation", "https://docs.example/gpu"));
        assertThat(impact(after).scorecardChanges()).singleElement().satisfies(change -> {
            assertThat(change.levelBefore()).isNull();
            assertThat(change.levelAfter()).isEqualTo("bronze");
            assertThat(change.dropped()).isFalse();
            assertThat(change.newlyFailed()).isEmpty();
        });
    }

    @Test
    void aChangeThatLeavesEveryLevelAloneReportsNone() {
        Landscape after = withPlatform("siem", properties -> properties.put("onCall", "opsgenie:siem"));
        LandscapeImpact impact = impact(after);
        assertThat(impact.scorecardChanges()).isEmpty();
    }

    private static LandscapeImpact impact(Landscape after) {
        return LandscapeImpact.of(
                DEMO, LandscapeDiff.of(DEMO, after), CognitiveLoadModel.defaults(), ScorecardRulesFile.shipped());
    }

    private static Landscape withPlatform(String key, java.util.function.Consumer<Map<String, Object>> change) {
        Landscape after = DEMO.copy();
        Landscape.Node node = after.nodes().get(NodeRef.platform(key));
        Map<String, Object> properties = new HashMap<>(node.properties());
        change.accept(properties);
        after.put(new Landscape.Node(node.id(), properties));
        return after;
    }
}
