package dev.strata.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.model.Field;
import dev.strata.model.NodeKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schema editors use says what the parser accepts: the same kinds, spec fields, required fields and enums. */
class LandscapeSchemaTest {

    @Test
    void theSchemaDeclaresExactlyTheKindsFieldsRequiredFieldsRangesAndValuesOfTheModel() throws IOException {
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/schema/strata-landscape.schema.json")) {
            schema = JsonMapper.builder().build().readTree(in);
        }
        List<String> kinds = new ArrayList<>();
        schema.get("properties").get("kind").get("enum").forEach(k -> kinds.add(k.asString()));
        assertThat(kinds).containsExactly(NodeKind.labels().split(", "));
        for (JsonNode rule : schema.get("allOf")) {
            NodeKind kind = NodeKind.ofLabel(rule.get("if")
                            .get("properties")
                            .get("kind")
                            .get("const")
                            .asString())
                    .orElseThrow();
            JsonNode spec = rule.get("then").get("properties").get("spec");
            List<String> fields = new ArrayList<>(spec.get("properties").propertyNames());
            assertThat(fields)
                    .as(kind.label())
                    .containsExactlyElementsOf(
                            kind.specFields().stream().map(Field::name).toList());
            List<String> required = new ArrayList<>();
            spec.get("required").forEach(r -> required.add(r.asString()));
            assertThat(required)
                    .as(kind.label())
                    .containsExactlyElementsOf(kind.specFields().stream()
                            .filter(Field::required)
                            .map(Field::name)
                            .toList());
            for (Field field : kind.specFields()) {
                JsonNode property = spec.get("properties").get(field.name());
                if (field.min() != null) {
                    assertThat(property.get("minimum").asDouble())
                            .as(kind.label() + "." + field.name() + " minimum")
                            .isEqualTo(field.min());
                    assertThat(property.get("maximum").asDouble())
                            .as(kind.label() + "." + field.name() + " maximum")
                            .isEqualTo(field.max());
                }
                if (field.type() == Field.Type.ENUM) {
                    List<String> values = new ArrayList<>();
                    spec.get("properties").get(field.name()).get("enum").forEach(v -> values.add(v.asString()));
                    assertThat(values).as(kind.label() + "." + field.name()).containsExactlyElementsOf(field.values());
                }
            }
        }
    }
}
