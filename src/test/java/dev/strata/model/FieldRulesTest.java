package dev.strata.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model's field rules, the one validation that landscape files and GraphQL mutations share. */
class FieldRulesTest {

    @Test
    void rangesAreStatedOnceAndNameTheLimits() {
        Field size = NodeKind.TEAM.field("size").orElseThrow();
        assertThat(size.check(7)).isNull();
        assertThat(size.check(0)).isEqualTo("must be between 1 and 1000, was 0");
        assertThat(size.check(1001L)).isEqualTo("must be between 1 and 1000, was 1001");
        assertThat(size.check(2.5)).isEqualTo("must be an integer, was 2.5");
        assertThat(NodeKind.CAPABILITY.field("sloTarget").orElseThrow().check(Double.NaN))
                .startsWith("must be a number");
    }

    @Test
    void namesAndDescriptionsRefuseControlCharactersAndExcessLength() {
        Field name = Field.common("name");
        assertThat(name.check("Cloud networking")).isNull();
        assertThat(name.check("")).isEqualTo("a name must be 1 to 200 printable characters");
        assertThat(name.check("a\u0007b")).isNotNull();
        assertThat(name.check("x".repeat(201))).isNotNull();
        assertThat(name.check(null)).isEqualTo("name is required");
        Field description = Field.common("description");
        assertThat(description.check("two\nlines")).isNull();
        assertThat(description.check("tab\tbad")).isNotNull();
        assertThat(description.check(null)).isNull();
    }

    @Test
    void enumerationsListTheirValuesFromTheOneEnum() {
        Field lifecycle = NodeKind.CAPABILITY.field("lifecycle").orElseThrow();
        assertThat(lifecycle.values()).containsExactly("PLANNED", "BETA", "GA", "DEPRECATED", "RETIRED");
        assertThat(lifecycle.check(Lifecycle.GA)).isNull();
        assertThat(lifecycle.check("GA")).isNull();
        assertThat(lifecycle.check("SUNSET"))
                .isEqualTo("'SUNSET' is not one of PLANNED, BETA, GA, DEPRECATED, RETIRED");
        assertThat(Field.consumptionFields()).extracting(Field::name).containsExactly("since", "mode");
        assertThat(Field.consumptionFields().get(1).values())
                .containsExactly("X_AS_A_SERVICE", "COLLABORATION", "FACILITATING");
    }

    @Test
    void referencesDeclareTheirRelationshipFromTheRightEnd() {
        Field owner = NodeKind.PLATFORM.field("owner").orElseThrow();
        assertThat(owner.edge()).isEqualTo(EdgeType.OWNS);
        assertThat(owner.outgoing())
                .as("a platform declares its owner, the team is the source")
                .isFalse();
        assertThat(owner.inputName()).isEqualTo("ownerKey");
        Field dependsOn = NodeKind.CAPABILITY.field("dependsOn").orElseThrow();
        assertThat(dependsOn.outgoing()).isTrue();
        assertThat(dependsOn.check("k8s-workloads")).isNull();
        assertThat(dependsOn.check("Not A Key")).contains("is not a valid key");
        assertThat(NodeKind.CAPABILITY.field("gaDate").orElseThrow().check(LocalDate.of(2024, 1, 15)))
                .isNull();
    }

    @Test
    void everyRelationshipTypeIsDeclaredByExactlyOneFieldPerPairOfKinds() {
        for (EdgeType.Endpoints endpoints : EdgeType.endpoints()) {
            NodeKind declaring = endpoints.type().declaredByTarget() ? endpoints.to() : endpoints.from();
            NodeKind other = endpoints.type().declaredByTarget() ? endpoints.from() : endpoints.to();
            List<Field> fields = declaring.relationshipFields().stream()
                    .filter(f -> f.edge() == endpoints.type() && f.target() == other)
                    .toList();
            assertThat(fields).as(endpoints.toString()).hasSize(1);
        }
    }

    @Test
    void aLayerIsCrossCuttingExactlyWhenItHasNoRankUnlessSaidOtherwise() {
        java.util.Map<String, Object> ranked = new java.util.HashMap<>(java.util.Map.of("rank", 3L));
        NodeKind.LAYER.applyDefaults(ranked);
        assertThat(ranked).containsEntry("crossCutting", false);
        java.util.Map<String, Object> unranked = new java.util.HashMap<>();
        NodeKind.LAYER.applyDefaults(unranked);
        assertThat(unranked).containsEntry("crossCutting", true);
    }
}
