package dev.strata.analytics.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.analytics.chains.Cycles;
import dev.strata.analytics.chains.LayerViolations;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.NodeRef;
import org.junit.jupiter.api.Test;

class BlastRadiusEmptyGraphTest {

    @Test
    void emptyLandscapeHasNoTargetsNoCyclesAndNoViolations() {
        LandscapeSnapshot empty = LandscapeSnapshot.builder().build();

        assertThat(empty.nodeCount()).isZero();
        assertThat(empty.relationshipCount()).isZero();
        assertThatThrownBy(() -> new BlastRadiusEngine()
                        .analyse(empty, BlastRadiusRequest.downstream(NodeRef.capability("kubernetes"))))
                .isInstanceOf(UnknownTargetException.class)
                .hasMessage("no capability with key 'kubernetes'");
        assertThat(Cycles.find(empty)).isEmpty();
        assertThat(LayerViolations.find(empty).violations()).isEmpty();
        assertThat(LayerViolations.find(empty).skippedLayers()).isEmpty();
    }
}
