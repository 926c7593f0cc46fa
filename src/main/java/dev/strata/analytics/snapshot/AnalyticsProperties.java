package dev.strata.analytics.snapshot;

import dev.strata.analytics.load.CognitiveLoadModel;
import dev.strata.analytics.removed.LoadRemovedModel;
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
 * @param snapshotTimeout transaction timeout of reading the whole landscape into the in-memory snapshot (at start and
 *                        after writes made outside Strata); longer than {@code timeout}, since it reads everything
 *                        once: at a million nodes about 20 s in-process and nearly two minutes over Bolt
 * @param refreshInterval how often the in-memory snapshot checks the database for changes made outside Strata
 * @param cognitiveLoad   overrides of the cognitive-load model; anything not set keeps its default
 * @param loadRemoved     overrides of the load-removed model; anything not set keeps its default
 * @param collaboration   when a collaboration counts as long-running
 * @param hotspotsDeadline how long a hotspots request waits for the ranking of the current snapshot before it gets
 *                         the last complete one (the ranking carries on in the background)
 */
@ConfigurationProperties("strata.analytics")
public record AnalyticsProperties(
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("10m") Duration snapshotTimeout,
        @DefaultValue("5s") Duration refreshInterval,
        @DefaultValue CognitiveLoad cognitiveLoad,
        @DefaultValue("5s") Duration hotspotsDeadline,
        @DefaultValue LoadRemoved loadRemoved,
        @DefaultValue Collaboration collaboration) {

    /** Weights of the load-removed model; each null field keeps {@link LoadRemovedModel#defaults()}. */
    public record LoadRemoved(
            @Nullable Map<String, Double> modeWeights,
            @Nullable Map<String, Double> lifecycleFactors,
            @Nullable Double consumptionWeight,
            @Nullable Double platformWeight,
            @Nullable Double teamWeight,
            @Nullable Double collaborationWeight,
            @Nullable Double hiddenWeight,
            @Nullable Double churnWeight,
            @Nullable Double exposedWeight) {

        LoadRemovedModel toModel() {
            LoadRemovedModel d = LoadRemovedModel.defaults();
            return new LoadRemovedModel(
                    CognitiveLoad.merge(d.modeWeights(), modeWeights),
                    CognitiveLoad.merge(d.lifecycleFactors(), lifecycleFactors),
                    CognitiveLoad.or(consumptionWeight, d.consumptionWeight()),
                    CognitiveLoad.or(platformWeight, d.platformWeight()),
                    CognitiveLoad.or(teamWeight, d.teamWeight()),
                    CognitiveLoad.or(collaborationWeight, d.collaborationWeight()),
                    CognitiveLoad.or(hiddenWeight, d.hiddenWeight()),
                    CognitiveLoad.or(churnWeight, d.churnWeight()),
                    CognitiveLoad.or(exposedWeight, d.exposedWeight()));
        }
    }

    /**
     * When a collaboration counts as lasting too long.
     *
     * @param maxAge a COLLABORATION consumption older than this is flagged (Team Topologies: collaboration is a
     *               temporary mode); default 6 months
     */
    public record Collaboration(@DefaultValue("P6M") java.time.Period maxAge) {}

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

        static Map<String, Double> merge(Map<String, Double> defaults, @Nullable Map<String, Double> overrides) {
            Map<String, Double> merged = new HashMap<>(defaults);
            if (overrides != null) {
                overrides.forEach((key, value) -> merged.put(key.toUpperCase(), value));
            }
            return Map.copyOf(merged);
        }

        static double or(@Nullable Double value, double fallback) {
            return value == null ? fallback : value;
        }
    }
}
