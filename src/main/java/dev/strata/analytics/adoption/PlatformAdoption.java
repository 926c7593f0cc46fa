package dev.strata.analytics.adoption;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Enabling value-stream metrics of one platform over its capabilities (columns of
 * cypher/analytics/platform-adoption.cypher, plus the trend).
 *
 * @param platformKey                the platform
 * @param platformName               its name
 * @param teamKey                    its owning team
 * @param capabilities               capabilities it provides
 * @param consumers                  distinct consumers of them
 * @param adoptingTeams              distinct STREAM_ALIGNED teams owning such a consumer
 * @param streamAlignedTeams         all STREAM_ALIGNED teams
 * @param adoptionRate               adoptingTeams / streamAlignedTeams (0.0 if there are none)
 * @param firstUse                   the earliest {@code CONSUMES.since} of any of its capabilities
 * @param meanDaysToFirstUse         mean daysToFirstUse of its capabilities having both dates; null if none has
 * @param deprecatedButUsed          DEPRECATED or RETIRED capabilities with consumers
 * @param capabilitiesWithSlo        capabilities with sloTarget and sloAttainment
 * @param capabilitiesMeetingSlo     of those, attainment >= target
 * @param sloMetShare                capabilitiesMeetingSlo / capabilitiesWithSlo; null if no capability has both
 * @param capabilitiesWithCompliance capabilities with a compliance flag
 * @param compliantCapabilities      of those, compliant
 * @param compliantShare             compliantCapabilities / capabilitiesWithCompliance; null if none has a flag
 * @param trend                      cumulative quarterly adoption from the first use to the latest {@code since}
 */
public record PlatformAdoption(
        String platformKey,
        @Nullable String platformName,
        @Nullable String teamKey,
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

    public PlatformAdoption {
        trend = List.copyOf(trend);
    }
}
