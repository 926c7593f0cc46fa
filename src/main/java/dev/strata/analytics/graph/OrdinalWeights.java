package dev.strata.analytics.graph;

import java.util.Map;

/**
 * A model's weights by enum name as an array the engines index without a lookup: slot 0 for a missing value, then
 * one slot per constant at {@code ordinal() + 1}; a name the model does not weigh, and a missing value, weigh 1.0 (as
 * a null map lookup coalesced to 1.0 does in the Cypher references).
 */
public final class OrdinalWeights {

    private OrdinalWeights() {}

    public static <E extends Enum<E>> double[] of(E[] constants, Map<String, Double> weights) {
        double[] byOrdinal = new double[constants.length + 1];
        byOrdinal[0] = 1.0;
        for (E constant : constants) {
            byOrdinal[constant.ordinal() + 1] = weights.getOrDefault(constant.name(), 1.0);
        }
        return byOrdinal;
    }
}
