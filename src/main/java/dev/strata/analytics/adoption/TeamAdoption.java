package dev.strata.analytics.adoption;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Enabling value-stream metrics of one platform team over the capabilities of all its platforms (columns of
 * cypher/analytics/team-adoption.cypher, plus the trend); the fields after {@code platforms} mean what they mean in
 * {@link PlatformAdoption}.
 *
 * @param teamKey  the team
 * @param teamName its name
 * @param teamType its type
 * @param platforms platforms it owns
 */
public record TeamAdoption(
        String teamKey,
        @Nullable String teamName,
        @Nullable String teamType,
        int platforms,
        int capabilities,
        int consumers,
        int adoptingTeams,
        int streamAlignedTeams,
        double adoptionRate,
        @Nullable LocalDate firstUse,
        @Nullable Double meanDaysToFirstUse,
        int deprecatedButUsed,
        int capabilitiesWithSlo,
        int capabilitiesMeetingSlo,
        @Nullable Double sloMetShare,
        int capabilitiesWithCompliance,
        int compliantCapabilities,
        @Nullable Double compliantShare,
        List<AdoptionPoint> trend) {

    public TeamAdoption {
        trend = List.copyOf(trend);
    }
}
