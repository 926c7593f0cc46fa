package dev.strata.analytics.removed;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Weights of the load-removed model (flat, so it binds to configuration properties).
 *
 * <pre>
 * per consuming team:
 *   handled = weightedConsumptions * consumptionWeight + platforms * platformWeight
 *           + teams * teamWeight + collaborations * collaborationWeight
 *   hidden  = hiddenCapabilities * hiddenWeight
 *   removedShare = hidden / (hidden + handled)                       (0 when both are 0)
 * per platform:
 *   removed = hiddenBehind * hiddenWeight
 *   added   = collaborations * collaborationWeight + churn * churnWeight + exposed * exposedWeight
 *   net     = removed - added
 * </pre>
 *
 * {@code weightedConsumptions} sums {@code modeWeights[mode] * lifecycleFactors[lifecycle]} over the team's
 * consumptions (a missing mode or lifecycle counts 1.0); hidden capabilities are those reachable in 1 to
 * {@link #MAX_DEPTH} DEPENDS_ON hops from what the team consumes as X_AS_A_SERVICE, less what it consumes itself.
 *
 * @param modeWeights         {@code CONSUMES.mode} name to weight
 * @param lifecycleFactors    {@code Capability.lifecycle} name to factor
 * @param consumptionWeight   points per unit of weighted consumption
 * @param platformWeight      points per distinct platform a team consumes from
 * @param teamWeight          points per distinct other team owning those platforms
 * @param collaborationWeight points per COLLABORATION consumption (on top of its mode weight for a team)
 * @param hiddenWeight        points per capability hidden behind X-as-a-service
 * @param churnWeight         points per consumption of a BETA, DEPRECATED or RETIRED capability of a platform
 * @param exposedWeight       points per dependency of a platform's capability its consumer also consumes itself
 */
public record LoadRemovedModel(
        Map<String, Double> modeWeights,
        Map<String, Double> lifecycleFactors,
        double consumptionWeight,
        double platformWeight,
        double teamWeight,
        double collaborationWeight,
        double hiddenWeight,
        double churnWeight,
        double exposedWeight) {

    /** How many DEPENDS_ON hops below a consumed capability count as hidden: the reference queries' bound. */
    public static final int MAX_DEPTH = 10;

    public LoadRemovedModel {
        modeWeights = Map.copyOf(modeWeights);
        lifecycleFactors = Map.copyOf(lifecycleFactors);
        modeWeights.forEach((mode, weight) -> requireNonNegative("modeWeights." + mode, weight));
        lifecycleFactors.forEach((lifecycle, factor) -> requireNonNegative("lifecycleFactors." + lifecycle, factor));
        requireNonNegative("consumptionWeight", consumptionWeight);
        requireNonNegative("platformWeight", platformWeight);
        requireNonNegative("teamWeight", teamWeight);
        requireNonNegative("collaborationWeight", collaborationWeight);
        requireNonNegative("hiddenWeight", hiddenWeight);
        requireNonNegative("churnWeight", churnWeight);
        requireNonNegative("exposedWeight", exposedWeight);
    }

    /** The defaults documented in src/docs/analytics/load-removed.md (mode and lifecycle as the cognitive load's). */
    public static LoadRemovedModel defaults() {
        return new LoadRemovedModel(
                Map.of("COLLABORATION", 3.0, "FACILITATING", 2.0, "X_AS_A_SERVICE", 1.0),
                Map.of("BETA", 1.5, "DEPRECATED", 1.5, "GA", 1.0, "PLANNED", 0.5, "RETIRED", 2.0),
                1.0,
                2.0,
                2.0,
                2.0,
                1.0,
                1.0,
                1.0);
    }

    /** The query parameters of the two reference queries that encode this model. */
    public Map<String, Object> parameters() {
        Map<String, Object> weights = new LinkedHashMap<>();
        weights.put("consumption", consumptionWeight);
        weights.put("platform", platformWeight);
        weights.put("team", teamWeight);
        weights.put("collaboration", collaborationWeight);
        weights.put("hidden", hiddenWeight);
        weights.put("churn", churnWeight);
        weights.put("exposed", exposedWeight);
        return Map.of(
                "modeWeights", modeWeights,
                "lifecycleFactors", lifecycleFactors,
                "weights", weights);
    }

    private static void requireNonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
        }
    }
}
