package dev.strata.analytics.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weights and thresholds of the cognitive-load index (flat, so it binds to configuration properties).
 *
 * <pre>
 * weightedFanIn = sum over CONSUMES edges into the team's capabilities of modeWeights[mode] * lifecycleFactors[lifecycle]
 * index = ( weightedFanIn  * fanInWeight
 *         + consumingTeams * consumingTeamWeight
 *         + capabilities   * capabilityWeight
 *         + platforms      * platformWeight
 *         + layers         * layerWeight
 *         + handovers      * handoverWeight ) / size
 * band  = LOW below moderateThreshold, MODERATE below highThreshold, HIGH below overloadedThreshold, else OVERLOADED
 * </pre>
 *
 * A mode or lifecycle missing from its map counts 1.0.
 *
 * @param modeWeights         {@code CONSUMES.mode} name to weight
 * @param lifecycleFactors    {@code Capability.lifecycle} name to factor
 * @param fanInWeight         points per unit of weighted fan-in
 * @param consumingTeamWeight points per other team consuming the team's capabilities
 * @param capabilityWeight    points per owned capability
 * @param platformWeight      points per owned platform
 * @param layerWeight         points per distinct layer of the owned platforms
 * @param handoverWeight      points per handover edge
 * @param moderateThreshold   lowest index banded MODERATE
 * @param highThreshold       lowest index banded HIGH
 * @param overloadedThreshold lowest index banded OVERLOADED
 */
public record CognitiveLoadModel(
        Map<String, Double> modeWeights,
        Map<String, Double> lifecycleFactors,
        double fanInWeight,
        double consumingTeamWeight,
        double capabilityWeight,
        double platformWeight,
        double layerWeight,
        double handoverWeight,
        double moderateThreshold,
        double highThreshold,
        double overloadedThreshold) {

    public CognitiveLoadModel {
        modeWeights = Map.copyOf(modeWeights);
        lifecycleFactors = Map.copyOf(lifecycleFactors);
        modeWeights.forEach((mode, weight) -> requireNonNegative("modeWeights." + mode, weight));
        lifecycleFactors.forEach((lifecycle, factor) -> requireNonNegative("lifecycleFactors." + lifecycle, factor));
        requireNonNegative("fanInWeight", fanInWeight);
        requireNonNegative("consumingTeamWeight", consumingTeamWeight);
        requireNonNegative("capabilityWeight", capabilityWeight);
        requireNonNegative("platformWeight", platformWeight);
        requireNonNegative("layerWeight", layerWeight);
        requireNonNegative("handoverWeight", handoverWeight);
        if (!(0 <= moderateThreshold && moderateThreshold <= highThreshold && highThreshold <= overloadedThreshold)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 <= moderate <= high <= overloaded, got "
                    + moderateThreshold + ", " + highThreshold + ", " + overloadedThreshold);
        }
    }

    /** The defaults documented in src/docs/analytics/cognitive-load.md. */
    public static CognitiveLoadModel defaults() {
        return new CognitiveLoadModel(
                Map.of("COLLABORATION", 3.0, "FACILITATING", 2.0, "X_AS_A_SERVICE", 1.0),
                Map.of("BETA", 1.5, "DEPRECATED", 1.5, "GA", 1.0, "PLANNED", 0.5, "RETIRED", 2.0),
                1.0,
                2.0,
                1.0,
                2.0,
                3.0,
                0.5,
                5.0,
                10.0,
                20.0);
    }

    /** The band of an index. */
    public CognitiveLoadBand band(double index) {
        if (index >= overloadedThreshold) {
            return CognitiveLoadBand.OVERLOADED;
        }
        if (index >= highThreshold) {
            return CognitiveLoadBand.HIGH;
        }
        if (index >= moderateThreshold) {
            return CognitiveLoadBand.MODERATE;
        }
        return CognitiveLoadBand.LOW;
    }

    /** The contributions of a team's measures to its index, in formula order; their points add up to the index. */
    public List<Contribution> contributions(
            int size,
            double weightedFanIn,
            int consumingTeams,
            int capabilities,
            int platforms,
            int layers,
            int handovers) {
        int people = Math.max(1, size);
        return List.of(
                Contribution.of("weightedFanIn", weightedFanIn, fanInWeight, people),
                Contribution.of("consumingTeams", consumingTeams, consumingTeamWeight, people),
                Contribution.of("capabilities", capabilities, capabilityWeight, people),
                Contribution.of("platforms", platforms, platformWeight, people),
                Contribution.of("layers", layers, layerWeight, people),
                Contribution.of("handovers", handovers, handoverWeight, people));
    }

    /** The query parameters of cypher/analytics/team-cognitive-load.cypher that encode this model. */
    public Map<String, Object> parameters() {
        Map<String, Object> weights = new LinkedHashMap<>();
        weights.put("fanIn", fanInWeight);
        weights.put("consumingTeams", consumingTeamWeight);
        weights.put("capabilities", capabilityWeight);
        weights.put("platforms", platformWeight);
        weights.put("layers", layerWeight);
        weights.put("handovers", handoverWeight);
        return Map.of(
                "modeWeights", modeWeights,
                "lifecycleFactors", lifecycleFactors,
                "weights", weights,
                "thresholds",
                        Map.of(
                                "moderate",
                                moderateThreshold,
                                "high",
                                highThreshold,
                                "overloaded",
                                overloadedThreshold));
    }

    private static void requireNonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
        }
    }
}
