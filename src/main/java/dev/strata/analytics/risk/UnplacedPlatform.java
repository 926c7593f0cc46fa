package dev.strata.analytics.risk;

import org.jspecify.annotations.Nullable;

/**
 * A platform not placed in the stack: the layer violations and chains cannot say where it sits.
 *
 * @param platformKey  its key
 * @param platformName its name
 * @param reason       {@code UNASSIGNED_LAYER} (in the layer {@code unassigned}, where imports put platforms whose
 *                     layer nobody said) or {@code NO_LAYER}
 * @param capabilities how many capabilities it provides
 * @param ownerKey     the owning team, null when unowned
 */
public record UnplacedPlatform(
        String platformKey,
        @Nullable String platformName,
        String reason,
        int capabilities,
        @Nullable String ownerKey) {}
