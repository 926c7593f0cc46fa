package dev.strata.analytics.risk;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A platform aggregating its critical capabilities: the consumers for which at least one of its capabilities is
 * critical (the union, not the consumers cut off by removing the whole platform).
 *
 * @param platformKey    the platform
 * @param platformName   its name
 * @param consumers      how many consumers one of its capabilities is critical for
 * @param consumerKeys   those consumers, sorted
 * @param capabilityKeys its capabilities that are critical for someone, sorted
 */
public record PlatformSinglePointOfFailure(
        String platformKey,
        @Nullable String platformName,
        int consumers,
        List<String> consumerKeys,
        List<String> capabilityKeys) {

    public PlatformSinglePointOfFailure {
        consumerKeys = List.copyOf(consumerKeys);
        capabilityKeys = List.copyOf(capabilityKeys);
    }
}
