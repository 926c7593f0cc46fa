package dev.strata.analytics.scorecard;

/**
 * One rule applied to one platform.
 *
 * @param rule   the rule's key
 * @param level  the rule's level
 * @param passed whether the platform meets it
 * @param reason why, with the figures, e.g. {@code 3 of 4 live capabilities have an SLO target (75% < 100%)}
 */
public record RuleResult(String rule, String level, boolean passed, String reason) {}
