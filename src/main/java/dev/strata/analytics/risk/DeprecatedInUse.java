package dev.strata.analytics.risk;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A consumer relying on a DEPRECATED or RETIRED capability.
 *
 * @param consumerKey    the consumer
 * @param consumerName   its name
 * @param capabilityKey  the deprecated or retired capability
 * @param capabilityName its name
 * @param lifecycle      {@code DEPRECATED} or {@code RETIRED}
 * @param hops           relationships on the shortest path (1 = consumed directly)
 * @param path           the consumer's key, then the capability keys down to the deprecated one
 */
public record DeprecatedInUse(
        String consumerKey,
        @Nullable String consumerName,
        String capabilityKey,
        @Nullable String capabilityName,
        String lifecycle,
        int hops,
        List<String> path) {

    public DeprecatedInUse {
        path = List.copyOf(path);
    }
}
