package dev.strata.plan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A platform whose scorecard level a change moves (null before: a new platform; null after: a removed one, or one
 * that no longer reaches the lowest level).
 *
 * @param platformKey the platform
 * @param levelBefore its level before the change, null when none
 * @param levelAfter  its level after it, null when none
 * @param dropped     whether the platform ends lower than it was (a level drop, or removed)
 * @param newlyFailed the rules it passed before and fails after, each {@code rule: reason}
 */
public record ScorecardChange(
        String platformKey,
        @Nullable String levelBefore,
        @Nullable String levelAfter,
        boolean dropped,
        List<String> newlyFailed) {

    public ScorecardChange {
        newlyFailed = List.copyOf(newlyFailed);
    }
}
