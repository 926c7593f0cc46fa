package dev.strata.analytics.scorecard;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The levels of a scorecard, lowest first (e.g. bronze, silver, gold), and its rules. Every level has at least one
 * rule, every rule names one of the levels, rule keys are unique.
 */
public record ScorecardRules(List<String> levels, List<ScorecardRule> rules) {

    public ScorecardRules {
        levels = List.copyOf(levels);
        rules = List.copyOf(rules);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("a scorecard needs at least one level");
        }
        if (new HashSet<>(levels).size() != levels.size()) {
            throw new IllegalArgumentException("levels must be distinct, got " + levels);
        }
        Set<String> keys = new HashSet<>();
        Set<String> used = new HashSet<>();
        for (ScorecardRule rule : rules) {
            if (!keys.add(rule.key())) {
                throw new IllegalArgumentException("duplicate rule key '" + rule.key() + "'");
            }
            if (!levels.contains(rule.level())) {
                throw new IllegalArgumentException(
                        "rule '" + rule.key() + "' names unknown level '" + rule.level() + "': use one of " + levels);
            }
            used.add(rule.level());
        }
        for (String level : levels) {
            if (!used.contains(level)) {
                throw new IllegalArgumentException("level '" + level + "' has no rule");
            }
        }
    }

    /** Position of a level, 0 = lowest; -1 when it is not one of the levels. */
    public int rank(String level) {
        return levels.indexOf(level);
    }
}
