package dev.strata.analytics.scorecard;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A platform's scorecard.
 *
 * @param platformKey  the platform
 * @param platformName its name
 * @param level        the highest level whose rules, and those of every level below, all pass; null when a rule of
 *                     the lowest level fails
 * @param nextLevel    the level above {@code level}, null at the top
 * @param passed       rules passed
 * @param results      every rule's result, in the order of the rules
 */
public record PlatformScorecard(
        String platformKey,
        String platformName,
        @Nullable String level,
        @Nullable String nextLevel,
        int passed,
        List<RuleResult> results) {

    public PlatformScorecard {
        results = List.copyOf(results);
    }

    /** The results of the rules the platform fails. */
    public List<RuleResult> failing() {
        return results.stream().filter(r -> !r.passed()).toList();
    }
}
