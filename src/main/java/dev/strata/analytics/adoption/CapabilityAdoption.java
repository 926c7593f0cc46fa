package dev.strata.analytics.adoption;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Enabling value-stream metrics of one capability (columns of cypher/analytics/capability-adoption.cypher, plus the
 * trend).
 *
 * @param capabilityKey      the capability
 * @param capabilityName     its name
 * @param lifecycle          its lifecycle
 * @param platformKey        its providing platform
 * @param teamKey            the team owning that platform
 * @param consumers          distinct consumers
 * @param adoptingTeams      distinct STREAM_ALIGNED teams owning a consumer of it
 * @param streamAlignedTeams all STREAM_ALIGNED teams
 * @param adoptionRate       adoptingTeams / streamAlignedTeams (0.0 if there are none)
 * @param gaDate             its GA date
 * @param firstUse           the earliest {@code CONSUMES.since}
 * @param daysToFirstUse     days from gaDate to firstUse (negative if used before GA); null without either
 * @param deprecatedButUsed  1 if DEPRECATED or RETIRED and consumed, else 0
 * @param sloTarget          SLO target (percent)
 * @param sloAttainment      attained (percent)
 * @param sloMet             attainment >= target; null without both
 * @param compliant          compliance flag
 * @param trend              cumulative quarterly adoption from the first use to the latest {@code since} in the graph
 */
public record CapabilityAdoption(
        String capabilityKey,
        @Nullable String capabilityName,
        @Nullable String lifecycle,
        @Nullable String platformKey,
        @Nullable String teamKey,
        int consumers,
        int adoptingTeams,
        int streamAlignedTeams,
        double adoptionRate,
        @Nullable LocalDate gaDate,
        @Nullable LocalDate firstUse,
        @Nullable Long daysToFirstUse,
        int deprecatedButUsed,
        @Nullable Double sloTarget,
        @Nullable Double sloAttainment,
        @Nullable Boolean sloMet,
        @Nullable Boolean compliant,
        List<AdoptionPoint> trend) {

    public CapabilityAdoption {
        trend = List.copyOf(trend);
    }
}
