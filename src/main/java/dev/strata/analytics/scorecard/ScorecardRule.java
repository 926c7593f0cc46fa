package dev.strata.analytics.scorecard;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One rule of a scorecard.
 *
 * @param key         unique name of the rule, e.g. {@code documented}
 * @param level       the level the rule belongs to; a platform reaches a level when this rule and every rule of the
 *                    levels below pass
 * @param check       what is checked
 * @param min         the minimum share (0 to 1) of a share check; null for the others
 * @param description what the rule asks for, in a sentence a platform team reads
 */
public record ScorecardRule(
        String key,
        String level,
        ScorecardCheck check,
        @Nullable Double min,
        @Nullable String description) {

    public ScorecardRule {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(check, "check");
        if (check.share() && (min == null || !(min >= 0 && min <= 1))) {
            throw new IllegalArgumentException("rule '" + key + "': check " + check + " needs a min from 0 to 1");
        }
        if (!check.share() && min != null) {
            throw new IllegalArgumentException("rule '" + key + "': check " + check + " takes no min");
        }
    }
}
