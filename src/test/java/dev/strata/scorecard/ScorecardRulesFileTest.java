package dev.strata.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.analytics.scorecard.ScorecardCheck;
import dev.strata.analytics.scorecard.ScorecardRules;
import org.junit.jupiter.api.Test;

/** The rules file format: the shipped rules read, and every mistake is named with its file, line and field. */
class ScorecardRulesFileTest {

    @Test
    void theShippedRulesAreBronzeSilverGold() {
        ScorecardRules rules = ScorecardRulesFile.shipped();
        assertThat(rules.levels()).containsExactly("bronze", "silver", "gold");
        assertThat(rules.rules()).hasSize(10);
        assertThat(rules.rules().getFirst().check()).isEqualTo(ScorecardCheck.OWNER);
    }

    @Test
    void aValidFileWithTheUsersOwnLevelsReads() {
        ScorecardRulesFile.Parsed parsed = ScorecardRulesFile.parse("mine.yaml", """
                levels: [basic, paved-road]
                rules:
                  - key: docs
                    level: basic
                    check: DOCUMENTATION
                  - key: self-service
                    level: paved-road
                    check: SELF_SERVICE_SHARE
                    min: 0.9
                    description: Teams serve themselves.
                """);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rules().levels()).containsExactly("basic", "paved-road");
        assertThat(parsed.rules().rules().get(1).min()).isEqualTo(0.9);
        assertThat(parsed.rules().rules().get(1).description()).isEqualTo("Teams serve themselves.");
    }

    @Test
    void everyProblemIsReportedWithFileLineAndFieldAndNoRulesAreGiven() {
        ScorecardRulesFile.Parsed parsed = ScorecardRulesFile.parse("landscape/strata-scorecards.yaml", """
                levels: [bronze, silver, bronze]
                colour: blue
                rules:
                  - key: docs
                    level: bronze
                    check: DOCUMENTATION
                    min: 0.5
                  - key: docs
                    level: platinum
                    check: ON_CALL
                  - key: Bad Key
                    level: silver
                    check: SLO_TARGETS
                  - key: ga
                    level: silver
                    check: GA_SHARE
                    min: 80%
                  - key: compliant
                    level: silver
                    check: COMPLIANT_SHARE
                """);
        assertThat(parsed.rules()).isNull();
        assertThat(parsed.problems())
                .extracting(Object::toString)
                .containsExactly(
                        "landscape/strata-scorecards.yaml:1: levels[2]: level 'bronze' is listed twice",
                        "landscape/strata-scorecards.yaml:2: colour: unknown field 'colour': use levels, rules",
                        "landscape/strata-scorecards.yaml:7: rules[0].min: check DOCUMENTATION takes no min (it"
                                + " passes or fails)",
                        "landscape/strata-scorecards.yaml:8: rules[1].key: rule key 'docs' is used twice",
                        "landscape/strata-scorecards.yaml:9: rules[1].level: unknown level 'platinum': use one of"
                                + " [bronze, silver]",
                        "landscape/strata-scorecards.yaml:11: rules[2].key: key 'Bad Key' must be 1 to 64 lower-case"
                                + " letters, digits and dashes",
                        "landscape/strata-scorecards.yaml:13: rules[2].check: unknown check 'SLO_TARGETS': use one of"
                                + " [OWNER, DOCUMENTATION, SUPPORT_CHANNEL, ON_CALL, SLO_TARGET_SHARE,"
                                + " SLO_ATTAINMENT_SHARE, SELF_SERVICE_SHARE, COMPLIANT_SHARE, GA_SHARE,"
                                + " NO_DEPRECATED_DEPENDENCIES]",
                        "landscape/strata-scorecards.yaml:17: rules[3].min: min must be a number from 0 to 1 (a share:"
                                + " 0.8 = 80%), got '80%'",
                        "landscape/strata-scorecards.yaml:18: rules[4].min: check COMPLIANT_SHARE needs min, the"
                                + " minimum share from 0 to 1");
    }

    @Test
    void malformedYamlAndAWrongShapeAreNamed() {
        assertThat(ScorecardRulesFile.parse("s.yaml", "levels: [bronze\nrules: x")
                        .problems())
                .singleElement()
                .asString()
                .startsWith("s.yaml:2: not valid YAML");
        assertThat(ScorecardRulesFile.parse("s.yaml", "- a\n- b").problems())
                .extracting(Object::toString)
                .containsExactly("s.yaml:1: the file must be a mapping with `levels` and `rules`, got a list");
        assertThat(ScorecardRulesFile.parse(
                                "s.yaml", "levels: [a, b]\nrules:\n  - key: x\n    level: a\n    check: OWNER")
                        .problems())
                .extracting(Object::toString)
                .containsExactly("s.yaml:2: rules: level 'b' has no rule: give it one or remove it from levels");
    }
}
