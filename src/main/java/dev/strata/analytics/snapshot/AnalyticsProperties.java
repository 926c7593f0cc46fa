package dev.strata.analytics.snapshot;

import dev.strata.analytics.load.CognitiveLoadModel;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Analytics settings.
 *
 * @param timeout         transaction timeout of every analytics query; a runaway traversal is killed cleanly
 * @param refreshInterval how often the in-memory snapshot checks the database for changes made outside Strata
 * @param cognitiveLoad   overrides of the cognitive-load model; anything not set keeps its default
 * @param hotspotsDeadline how long a hotspots request waits for the ranking of the current snapshot before it gets
 *                         the last complete one (the ranking carries on in the background)
 */
@ConfigurationProperties("strata.analytics")
public record AnalyticsProperties(
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("5s") Duration refreshInterval,
        @DefaultValue CognitiveLoad cognitiveLoad,
        @DefaultValue("5s") Duration hotspotsDeadline) {

    /** Weights and thresholds of the cognitive-load index; each null field keeps {@link CognitiveLoadModel#defaults()}. */
    public record CognitiveLoad(
            @Nullable Map<String, Double> modeWeights,
            @Nullable Map<String, Double> lifecycleFactors,
            @Nullable Double fanInWeight,
            @Nullable Double consumingTeamWeight,
            @Nullable Double capabilityWeight,
            @Nullable Double platformWeight,
            @Nullable Double layerWeight,
            @Nullable Double handoverWeight,
            @Nullable Double moderateThreshold,
            @Nullable Double highThreshold,
            @Nullable Double overloadedThreshold) {

        CognitiveLoadModel toModel() {
            CognitiveLoadModel d = CognitiveLoadModel.defaults();
            return new CognitiveLoadModel(
                    merge(d.modeWeights(), modeWeights),
                    merge(d.lifecycleFactors(), lifecycleFactors),
                    or(fanInWeight, d.fanInWeight()),
                    or(consumingTeamWeight, d.consumingTeamWeight()),
                    or(capabilityWeight, d.capabilityWeight()),
                    or(platformWeight, d.platformWeight()),
                    or(layerWeight, d.layerWeight()),
                    or(handoverWeight, d.handoverWeight()),
                    or(moderateThreshold, d.moderateThreshold()),
                    or(highThreshold, d.highThreshold()),
                    or(overloadedThreshold, d.overloadedThreshold()));
        }

        private static Map<String, Double> merge(
                Map<String, Double> defaults, @Nullable Map<String, Double> overrides) {
            Map<String, Double> merged = new HashMap<>(defaults);
            if (overrides != null) {
                overrides.forEach((key, value) -> merged.put(key.toUpperCase(), value));
            }
            return Map.copyOf(merged);
        }

        private static double or(@Nullable Double value, double fallback) {
            return value == null ? fallback : value;
        }
    }
}
