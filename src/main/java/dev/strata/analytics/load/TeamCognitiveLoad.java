package dev.strata.analytics.load;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The cognitive load of one team.
 *
 * @param teamKey        the team's key
 * @param teamName       its name
 * @param teamType       its type ({@code PLATFORM}, {@code STREAM_ALIGNED}, ...)
 * @param size           people in the team (a missing or non-positive size counts 1)
 * @param consumingTeams other teams owning consumers of its capabilities
 * @param consumers      distinct consumers of its capabilities (whoever owns them)
 * @param weightedFanIn  sum over CONSUMES edges into its capabilities of mode weight * lifecycle factor
 * @param platforms      platforms it owns
 * @param capabilities   capabilities provided by those platforms
 * @param layers         distinct layers of those platforms
 * @param handovers      DEPENDS_ON edges between its capabilities and another team's (both directions) plus CONSUMES
 *                       edges from other teams' consumers into its capabilities
 * @param index          the sum of the contributions' points
 * @param band           the band of the index
 * @param contributions  the terms of the index, in formula order
 */
public record TeamCognitiveLoad(
        String teamKey,
        @Nullable String teamName,
        @Nullable String teamType,
        int size,
        int consumingTeams,
        int consumers,
        double weightedFanIn,
        int platforms,
        int capabilities,
        int layers,
        int handovers,
        double index,
        CognitiveLoadBand band,
        List<Contribution> contributions) {

    public TeamCognitiveLoad {
        contributions = List.copyOf(contributions);
    }
}
