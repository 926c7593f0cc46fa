package dev.strata.mcp;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for the tools' JSON input schemas, so each tool states its arguments in a few readable lines. */
final class JsonSchemas {

    private JsonSchemas() {}

    /** An object schema with the given properties (name to schema) and required names; no other properties. */
    static Map<String, Object> object(Map<String, Object> properties, String... required) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (required.length > 0) {
            schema.put("required", List.of(required));
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    static Map<String, Object> string(String description) {
        return Map.of("type", "string", "description", description);
    }

    static Map<String, Object> integer(String description, int minimum, int maximum, int defaultValue) {
        return Map.of(
                "type",
                "integer",
                "description",
                description,
                "minimum",
                minimum,
                "maximum",
                maximum,
                "default",
                defaultValue);
    }

    static Map<String, Object> bool(String description, boolean defaultValue) {
        return Map.of("type", "boolean", "description", description, "default", defaultValue);
    }

    static <E extends Enum<E>> Map<String, Object> enumeration(String description, Class<E> values) {
        return Map.of(
                "type",
                "string",
                "description",
                description,
                "enum",
                Arrays.stream(values.getEnumConstants()).map(Enum::name).toList());
    }

    static Map<String, Object> enumeration(String description, List<String> values) {
        return Map.of("type", "string", "description", description, "enum", values);
    }

    static Map<String, Object> array(String description, Map<String, Object> items, int maxItems) {
        return Map.of("type", "array", "description", description, "items", items, "minItems", 1, "maxItems", maxItems);
    }

    static Map<String, Object> properties(Object... nameThenSchema) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (int i = 0; i < nameThenSchema.length; i += 2) {
            properties.put((String) nameThenSchema[i], nameThenSchema[i + 1]);
        }
        return properties;
    }
}
