package dev.strata.analytics.risk;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A platform's capabilities in one category.
 *
 * @param platformKey    the platform
 * @param platformName   its name
 * @param teamKey        its owning team, null if unowned
 * @param teamName       that team's name
 * @param capabilityKeys its capabilities in the category, sorted
 * @param consumers      distinct consumers of those capabilities
 */
public record CategoryOffering(
        String platformKey,
        @Nullable String platformName,
        @Nullable String teamKey,
        @Nullable String teamName,
        List<String> capabilityKeys,
        int consumers) {

    public CategoryOffering {
        capabilityKeys = List.copyOf(capabilityKeys);
    }
}
