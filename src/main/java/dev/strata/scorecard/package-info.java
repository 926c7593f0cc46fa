/**
 * Where the product scorecard rules come from at runtime: the rules file format (YAML, validated with
 * {@code file:line} errors by {@link dev.strata.scorecard.ScorecardRulesFile}), the rules shipped with Strata
 * ({@code classpath:scorecards/default-scorecards.yaml}) and the file that replaces them
 * ({@code strata.scorecards.file}, kept beside the landscape files). The rules themselves are applied by the engine in
 * {@code dev.strata.analytics.scorecard}. See src/docs/analytics/scorecards.md.
 */
@NullMarked
package dev.strata.scorecard;

import org.jspecify.annotations.NullMarked;
