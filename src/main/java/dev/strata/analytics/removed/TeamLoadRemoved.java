package dev.strata.analytics.removed;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a consuming team must handle, and what X-as-a-service hides from it.
 *
 * @param teamKey              the team
 * @param teamName             its name
 * @param consumptions         CONSUMES relationships of the consumers it owns
 * @param weightedConsumptions their sum of mode weight * lifecycle factor
 * @param capabilities         distinct capabilities it consumes
 * @param platforms            distinct platforms providing them
 * @param teams                distinct other teams owning those platforms
 * @param collaborations       its consumptions in COLLABORATION mode
 * @param handledLoad          the points of what it handles
 * @param hiddenCapabilities   distinct capabilities below what it consumes as X_AS_A_SERVICE, less what it consumes
 * @param hiddenByLayer        those per layer, by layer key (no layer last)
 * @param hiddenLoad           their points
 * @param removedShare         hiddenLoad / (hiddenLoad + handledLoad): the share of the load the platforms take away
 */
public record TeamLoadRemoved(
        String teamKey,
        @Nullable String teamName,
        int consumptions,
        double weightedConsumptions,
        int capabilities,
        int platforms,
        int teams,
        int collaborations,
        double handledLoad,
        int hiddenCapabilities,
        List<LayerCount> hiddenByLayer,
        double hiddenLoad,
        double removedShare) {

    public TeamLoadRemoved {
        hiddenByLayer = List.copyOf(hiddenByLayer);
    }
}
