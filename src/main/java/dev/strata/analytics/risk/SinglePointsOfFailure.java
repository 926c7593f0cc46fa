package dev.strata.analytics.risk;

import java.util.List;
import java.util.Map;

/**
 * Single points of failure of the whole landscape.
 *
 * @param capabilities       capabilities critical for at least one consumer, most consumers first (ties by key)
 * @param platforms          platforms with at least one such capability, most consumers first (ties by key)
 * @param criticalByConsumer consumer key to its critical capabilities, ordered from the consumer towards the sinks
 *                           (each dominates the next); only consumers with at least one
 */
public record SinglePointsOfFailure(
        List<CapabilitySinglePointOfFailure> capabilities,
        List<PlatformSinglePointOfFailure> platforms,
        Map<String, List<String>> criticalByConsumer) {

    public SinglePointsOfFailure {
        capabilities = List.copyOf(capabilities);
        platforms = List.copyOf(platforms);
        criticalByConsumer = Map.copyOf(criticalByConsumer);
    }
}
