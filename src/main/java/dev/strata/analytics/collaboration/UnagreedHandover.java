package dev.strata.analytics.collaboration;

import org.jspecify.annotations.Nullable;

/**
 * A handover point without an agreed SLO: relationships from one team's side to a capability of another team whose
 * capability has no SLO target.
 *
 * @param fromTeamKey    the team on the depending or consuming side
 * @param toTeamKey      the team owning the capability's platform
 * @param capabilityKey  the capability that crosses between them
 * @param platformKey    its platform
 * @param dependsOnEdges DEPENDS_ON relationships from the from-team's capabilities to it
 * @param consumesEdges  CONSUMES relationships from the from-team's consumers to it
 */
public record UnagreedHandover(
        String fromTeamKey,
        String toTeamKey,
        String capabilityKey,
        @Nullable String platformKey,
        int dependsOnEdges,
        int consumesEdges) {

    /** Both kinds together. */
    public int edges() {
        return dependsOnEdges + consumesEdges;
    }
}
