package dev.strata.analytics.risk;

import java.util.List;

/**
 * A capability category offered by several platforms.
 *
 * @param category  the category
 * @param platforms offering platforms
 * @param teams     distinct teams owning them
 * @param offerings one per platform, most consumed first
 */
public record OwnershipAmbiguity(String category, int platforms, int teams, List<CategoryOffering> offerings) {

    public OwnershipAmbiguity {
        offerings = List.copyOf(offerings);
    }
}
