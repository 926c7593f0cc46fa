package dev.strata.analytics.impact;

import java.util.List;

/**
 * Counts over every affected node of a blast radius (not only the returned page). Each list is ordered by count
 * (descending), then key; {@link #NONE} collects nodes without a layer or owning team.
 *
 * @param byKind       every affected node, by kind ({@code CAPABILITY}, {@code PLATFORM}, ...)
 * @param byLayer      affected capabilities (through their providing platform) and platforms, by layer key
 * @param byOwningTeam affected capabilities (through their providing platform), platforms and consumers, by the key
 *                     of the owning team
 * @param byTier       affected capabilities, platforms and consumers that have a tier, by tier
 *                     ({@code "1"}..{@code "3"})
 */
public record Totals(List<Total> byKind, List<Total> byLayer, List<Total> byOwningTeam, List<Total> byTier) {

    /** Key of the entry counting nodes without a layer or owning team. */
    public static final String NONE = "(none)";

    public Totals {
        byKind = List.copyOf(byKind);
        byLayer = List.copyOf(byLayer);
        byOwningTeam = List.copyOf(byOwningTeam);
        byTier = List.copyOf(byTier);
    }
}
