package dev.strata.analytics.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.analytics.Fixtures;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.graph.UnknownNodeException;
import dev.strata.scorecard.ScorecardRulesFile;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped scorecard on the products example (src/docs/analytics/scorecards.md): every rule's verdict and reason. */
class ScorecardsTest {

    private static final LandscapeSnapshot EXAMPLE = Fixtures.yaml("products-example");
    private static final ScorecardRules SHIPPED = ScorecardRulesFile.shipped();

    @Test
    void theCompleteProductIsGoldTheOneWithoutOnCallBronzeTheUndocumentedOneReachesNoLevel() {
        Map<String, PlatformScorecard> cards = Scorecards.all(EXAMPLE, SHIPPED).stream()
                .collect(Collectors.toMap(PlatformScorecard::platformKey, Function.identity()));
        assertThat(cards.get("cloud-network").level()).isEqualTo("gold");
        assertThat(cards.get("cloud-network").nextLevel()).isNull();
        assertThat(cards.get("cloud-network").failing()).isEmpty();
        assertThat(cards.get("kubernetes").level()).isEqualTo("bronze");
        assertThat(cards.get("kubernetes").nextLevel()).isEqualTo("silver");
        assertThat(cards.get("kubernetes").failing())
                .extracting(RuleResult::rule, RuleResult::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("on-call", "no on-call rotation"),
                        org.assertj.core.groups.Tuple.tuple(
                                "slo-met",
                                "1 of 2 capabilities reporting SLO attainment meet their target (50% < 80%)"));
        assertThat(cards.get("data-platform").level()).isNull();
        assertThat(cards.get("data-platform").nextLevel()).isEqualTo("bronze");
        assertThat(cards.get("data-platform").passed()).isEqualTo(2);
    }

    @Test
    void reasonsGiveTheFiguresAndNameTheOffendingDependency() {
        Map<String, String> reasons = Scorecards.platform(EXAMPLE, SHIPPED, "data-platform").results().stream()
                .collect(Collectors.toMap(RuleResult::rule, RuleResult::reason));
        assertThat(reasons)
                .containsEntry("slo-targets", "1 of 3 live capabilities have an SLO target (33.3% < 80%)")
                .containsEntry(
                        "no-deprecated-dependencies",
                        "1 dependency on deprecated or retired capabilities: stream-ingest -> legacy-etl (DEPRECATED)")
                .containsEntry("self-service", "1 of 4 consumptions are self-service (X_AS_A_SERVICE) (25% < 75%)")
                .containsEntry("compliant", "0 of 3 live capabilities are assessed compliant (0% < 60%)")
                .containsEntry("documented", "no documentation link");
    }

    @Test
    void aLevelIsReachedOnlyWhenEveryLowerLevelPassesToo() {
        ScorecardRules rules = new ScorecardRules(
                List.of("basic", "advanced"),
                List.of(
                        new ScorecardRule("on-call", "basic", ScorecardCheck.ON_CALL, null, null),
                        new ScorecardRule("ga", "advanced", ScorecardCheck.GA_SHARE, 1.0, null)));
        PlatformScorecard kubernetes = Scorecards.platform(EXAMPLE, rules, "kubernetes");
        assertThat(kubernetes.results()).extracting(RuleResult::passed).containsExactly(false, true);
        assertThat(kubernetes.level()).isNull();
        assertThat(kubernetes.nextLevel()).isEqualTo("basic");
    }

    @Test
    void sharesWithNothingToMeasureFailAndSaySo() {
        ScorecardRules rules = new ScorecardRules(
                List.of("only"),
                List.of(new ScorecardRule("slo-met", "only", ScorecardCheck.SLO_ATTAINMENT_SHARE, 0.5, null)));
        LandscapeSnapshot empty = LandscapeSnapshot.builder().build();
        assertThat(Scorecards.all(empty, rules)).isEmpty();
        LandscapeSnapshot.builder();
        PlatformScorecard data = Scorecards.platform(EXAMPLE, rules, "data-platform");
        assertThat(data.results().getFirst().passed()).isTrue(); // managed-postgres meets its target
        LandscapeSnapshot bare = bare();
        PlatformScorecard card = Scorecards.platform(bare, rules, "p1");
        assertThat(card.results().getFirst().passed()).isFalse();
        assertThat(card.results().getFirst().reason())
                .isEqualTo("no live capability reports SLO attainment against a target: nothing to measure");
    }

    @Test
    void anUnknownPlatformIsNamed() {
        assertThatThrownBy(() -> Scorecards.platform(EXAMPLE, SHIPPED, "nope"))
                .isInstanceOf(UnknownNodeException.class)
                .hasMessageContaining("nope");
    }

    @Test
    void rulesThatContradictThemselvesAreRefused() {
        assertThatThrownBy(() -> new ScorecardRule("x", "gold", ScorecardCheck.GA_SHARE, null, null))
                .hasMessageContaining("needs a min from 0 to 1");
        assertThatThrownBy(() -> new ScorecardRule("x", "gold", ScorecardCheck.ON_CALL, 0.5, null))
                .hasMessageContaining("takes no min");
        assertThatThrownBy(() -> new ScorecardRules(
                        List.of("a", "b"), List.of(new ScorecardRule("x", "a", ScorecardCheck.ON_CALL, null, null))))
                .hasMessage("level 'b' has no rule");
    }

    private static LandscapeSnapshot bare() {
        var builder = LandscapeSnapshot.builder();
        builder.addNode(dev.strata.model.NodeKind.PLATFORM, "p1", null);
        return builder.build();
    }
}
