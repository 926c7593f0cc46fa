package dev.strata.scorecard;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Scorecard settings.
 *
 * @param file the rules file replacing the shipped {@code classpath:scorecards/default-scorecards.yaml}; keep it beside
 *             the landscape files (e.g. {@code landscape/strata-scorecards.yaml}). Unset: the shipped rules.
 */
@ConfigurationProperties("strata.scorecards")
public record ScorecardProperties(@Nullable Path file) {}
