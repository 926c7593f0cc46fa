package dev.strata.plan;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.scorecard.PlatformScorecard;
import dev.strata.analytics.scorecard.RuleResult;
import dev.strata.analytics.scorecard.ScorecardRules;
import dev.strata.analytics.scorecard.Scorecards;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Platforms whose scorecard level a change moves, from every platform's scorecard before and after (linear in the
 * snapshot). A drop names the rules the change makes fail, so the plan says what to fix.
 */
final class ScorecardChanges {

    private ScorecardChanges() {}

    static List<ScorecardChange> between(LandscapeSnapshot before, LandscapeSnapshot after, ScorecardRules rules) {
        Map<String, PlatformScorecard> then = cards(before, rules);
        Map<String, PlatformScorecard> now = cards(after, rules);
        Set<String> platforms = new TreeSet<>(then.keySet());
        platforms.addAll(now.keySet());
        List<ScorecardChange> changes = new ArrayList<>();
        for (String platform : platforms) {
            PlatformScorecard old = then.get(platform);
            PlatformScorecard card = now.get(platform);
            String levelBefore = old == null ? null : old.level();
            String levelAfter = card == null ? null : card.level();
            if (old != null && card != null && Objects.equals(levelBefore, levelAfter)) {
                continue;
            }
            if (old == null && card == null) {
                continue;
            }
            boolean dropped = old != null && rank(rules, levelAfter, card == null) < rank(rules, levelBefore, false);
            changes.add(new ScorecardChange(platform, levelBefore, levelAfter, dropped, newlyFailed(old, card)));
        }
        return changes;
    }

    /** -1 for no level, -2 for a removed platform (below any level). */
    private static int rank(ScorecardRules rules, @Nullable String level, boolean removed) {
        if (removed) {
            return -2;
        }
        return level == null ? -1 : rules.rank(level);
    }

    private static List<String> newlyFailed(@Nullable PlatformScorecard old, @Nullable PlatformScorecard card) {
        if (card == null) {
            return List.of();
        }
        Set<String> failedBefore = new TreeSet<>();
        if (old != null) {
            old.failing().forEach(r -> failedBefore.add(r.rule()));
        }
        List<String> failed = new ArrayList<>();
        for (RuleResult result : card.failing()) {
            if (old != null && !failedBefore.contains(result.rule())) {
                failed.add(result.rule() + ": " + result.reason());
            }
        }
        return failed;
    }

    private static Map<String, PlatformScorecard> cards(LandscapeSnapshot snapshot, ScorecardRules rules) {
        Map<String, PlatformScorecard> cards = new HashMap<>();
        for (PlatformScorecard card : Scorecards.all(snapshot, rules)) {
            cards.put(card.platformKey(), card);
        }
        return cards;
    }
}
