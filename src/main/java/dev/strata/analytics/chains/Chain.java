package dev.strata.analytics.chains;

import java.util.List;

/**
 * One dependency chain: capabilities linked by {@code DEPENDS_ON}, from a start capability down.
 *
 * @param capabilities      capability keys, start first; no capability repeats
 * @param layers            keys of the layers the chain passes through (the providing platforms' layers), in chain
 *                          order, consecutive repeats collapsed; capabilities without a layer add nothing
 * @param end               why the chain stops
 * @param endsAtBottomLayer whether the last capability sits in the lowest-ranked layer of the landscape
 */
public record Chain(List<String> capabilities, List<String> layers, End end, boolean endsAtBottomLayer) {

    /** Why a chain stops. */
    public enum End {
        /** The last capability depends on nothing. */
        LEAF,
        /** Every dependency of the last capability is already on the chain. */
        CYCLE,
        /** The depth bound was reached although the last capability has further dependencies. */
        DEPTH_LIMIT
    }

    public Chain {
        capabilities = List.copyOf(capabilities);
        layers = List.copyOf(layers);
    }

    /** Number of {@code DEPENDS_ON} hops. */
    public int hops() {
        return capabilities.size() - 1;
    }
}
