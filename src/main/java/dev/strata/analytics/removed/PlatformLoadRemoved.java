package dev.strata.analytics.removed;

import org.jspecify.annotations.Nullable;

/**
 * The load a platform removes for its consumers, less the load it adds.
 *
 * @param platformKey             the platform
 * @param platformName            its name
 * @param consumingTeams          distinct teams owning consumers of its capabilities
 * @param selfServiceConsumptions consumptions of its capabilities in X_AS_A_SERVICE mode
 * @param hiddenBehind            sum over those of the capabilities below the consumed one (1 to 10 hops)
 * @param removedLoad             hiddenBehind * hiddenWeight
 * @param collaborations          consumptions of its capabilities in COLLABORATION mode
 * @param churn                   consumptions of its BETA, DEPRECATED or RETIRED capabilities
 * @param exposed                 dependencies of its consumed capabilities (on other platforms' capabilities) that
 *                                the same consumer also consumes itself: where the abstraction leaks
 * @param addedLoad               the points of the three
 * @param netLoad                 removedLoad - addedLoad
 */
public record PlatformLoadRemoved(
        String platformKey,
        @Nullable String platformName,
        int consumingTeams,
        int selfServiceConsumptions,
        long hiddenBehind,
        double removedLoad,
        int collaborations,
        int churn,
        int exposed,
        double addedLoad,
        double netLoad) {}
