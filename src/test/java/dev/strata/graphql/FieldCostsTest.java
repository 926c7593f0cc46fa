package dev.strata.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.testsupport.SchemaFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Costs of other doors read off the schema's {@code @cost} weights. */
class FieldCostsTest {

    private final FieldCosts costs = FieldCosts.of(SchemaFiles.schema(), 100_000);

    @Test
    void aCallCostsTheSumOfItsFieldsWeightsAndALookupOnePoint() {
        assertThat(costs.cost(List.of("Query.blastRadius"))).isEqualTo(1_000);
        assertThat(costs.cost(List.of("Query.dependencyChains", "Query.layerViolations", "Query.dependencyCycles")))
                .isEqualTo(3_000);
        assertThat(costs.cost(List.of())).isEqualTo(1);
        assertThat(costs.maxCost()).isEqualTo(100_000);
    }

    @Test
    void heavyIsWhatGraphQlAdmitsAFewAtATime() {
        assertThat(costs.heavy(List.of("Query.blastRadius"))).isTrue();
        assertThat(costs.heavy(List.of("Mutation.planLandscape"))).isTrue();
        assertThat(costs.heavy(List.of("Query.capability"))).isFalse();
        assertThat(costs.heavy(List.of())).isFalse();
    }

    @Test
    void anUnknownFieldIsNamed() {
        assertThatThrownBy(() -> costs.cost(List.of("Query.blastRadious")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Query.blastRadious");
        assertThatThrownBy(() -> costs.heavy(List.of("blastRadius"))).hasMessageContaining("blastRadius");
    }
}
