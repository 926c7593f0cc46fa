package dev.strata.analytics.adoption;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One dated CONSUMES edge (a row of cypher/analytics/adoption-events.cypher). */
record AdoptionEvent(
        String capabilityKey,
        @Nullable String platformKey,
        @Nullable String teamKey,
        String consumerKey,
        @Nullable String consumingTeamKey,
        @Nullable String consumingTeamType,
        LocalDate since) {

    boolean byStreamAlignedTeam() {
        return consumingTeamKey != null && "STREAM_ALIGNED".equals(consumingTeamType);
    }
}
