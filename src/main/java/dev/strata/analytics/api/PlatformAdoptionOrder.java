package dev.strata.analytics.api;

import dev.strata.analytics.adoption.PlatformAdoption;
import java.util.Comparator;
import java.util.List;

/**
 * The orders of {@code Query.platformAdoptions}: the table's (adoption rate) and the SLO chart's (lowest share meeting
 * the SLO), so that either can be asked for a window at a time instead of every platform.
 */
enum PlatformAdoptionOrder {
    /** Highest adoption rate first, ties by key: the order the engine answers in. */
    ADOPTION_RATE,
    /** Lowest share meeting the SLO first, ties by key; platforms without an SLO last, by key. */
    SLO_MET_SHARE;

    private static final Comparator<PlatformAdoption> BY_SLO_MET_SHARE = Comparator.comparing(
                    PlatformAdoption::sloMetShare, Comparator.nullsLast(Comparator.<Double>naturalOrder()))
            .thenComparing(PlatformAdoption::platformKey);

    /** The rows (given highest adoption rate first) in this order. */
    List<PlatformAdoption> sort(List<PlatformAdoption> byAdoptionRate) {
        return this == ADOPTION_RATE
                ? byAdoptionRate
                : byAdoptionRate.stream().sorted(BY_SLO_MET_SHARE).toList();
    }
}
