package dev.strata.analytics.risk;

import org.jspecify.annotations.Nullable;

/**
 * A platform or capability nobody owns.
 *
 * @param kind        {@code PLATFORM} or {@code CAPABILITY}
 * @param key         its key
 * @param name        its name
 * @param reason      {@code NO_OWNING_TEAM} (platform), {@code NO_PROVIDING_PLATFORM} or {@code PLATFORM_UNOWNED}
 *                    (capability)
 * @param platformKey the platform concerned; null for {@code NO_PROVIDING_PLATFORM}
 */
public record Unowned(
        String kind,
        String key,
        @Nullable String name,
        String reason,
        @Nullable String platformKey) {}
