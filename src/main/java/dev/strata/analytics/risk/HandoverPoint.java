package dev.strata.analytics.risk;

import org.jspecify.annotations.Nullable;

/**
 * Edges from one team's side to another team's side.
 *
 * @param fromTeamKey    team owning the source (the depending capability's platform, or the consumer)
 * @param fromTeamName   its name
 * @param toTeamKey      team owning the target capability's platform
 * @param toTeamName     its name
 * @param dependsOnEdges DEPENDS_ON edges between them
 * @param consumesEdges  CONSUMES edges between them
 * @param edges          the sum
 */
public record HandoverPoint(
        String fromTeamKey,
        @Nullable String fromTeamName,
        String toTeamKey,
        @Nullable String toTeamName,
        int dependsOnEdges,
        int consumesEdges,
        int edges) {}
