package dev.strata.analytics.risk;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A capability that is critical for at least one consumer.
 *
 * @param capabilityKey  the capability
 * @param capabilityName its name
 * @param platformKey    its providing platform, null if none
 * @param consumers      how many consumers it is critical for
 * @param consumerKeys   those consumers, sorted
 */
public record CapabilitySinglePointOfFailure(
        String capabilityKey,
        @Nullable String capabilityName,
        @Nullable String platformKey,
        int consumers,
        List<String> consumerKeys) {

    public CapabilitySinglePointOfFailure {
        consumerKeys = List.copyOf(consumerKeys);
    }
}
