package dev.strata.analytics.collaboration;

import org.jspecify.annotations.Nullable;

/**
 * A team in more collaborations than it has people.
 *
 * @param teamKey        the team
 * @param teamName       its name
 * @param size           its people (a missing or non-positive size counts 1)
 * @param collaborations COLLABORATION consumptions it is on either side of (owning the consumer, or the platform
 *                       providing the capability), each counted once
 * @param partners       distinct other teams on the other side of them
 */
public record OverCollaboratingTeam(
        String teamKey, @Nullable String teamName, int size, int collaborations, int partners) {}
