package dev.strata.analytics.collaboration;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A COLLABORATION consumption older than the allowed age.
 *
 * @param consumerKey      the consumer
 * @param consumerTeams    the teams owning it, by key
 * @param capabilityKey    the capability consumed
 * @param platformKey      its providing platform, null when none
 * @param providerTeams    the teams owning that platform, by key
 * @param since            when the consumption started
 * @param days             its age in days on the day asked about
 */
public record LongCollaboration(
        String consumerKey,
        List<String> consumerTeams,
        String capabilityKey,
        @Nullable String platformKey,
        List<String> providerTeams,
        LocalDate since,
        long days) {

    public LongCollaboration {
        consumerTeams = List.copyOf(consumerTeams);
        providerTeams = List.copyOf(providerTeams);
    }
}
