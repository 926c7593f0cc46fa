package dev.strata.capability;

import dev.strata.graphql.LandscapeNode;
import dev.strata.model.Lifecycle;
import dev.strata.model.NodeKind;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** A capability as stored. */
public record Capability(
        String key,
        String name,
        @Nullable String description,
        Lifecycle lifecycle,
        @Nullable LocalDate gaDate,
        int tier,
        @Nullable String category,
        @Nullable Double sloTarget,
        @Nullable Double sloAttainment,
        @Nullable Boolean compliant,
        ZonedDateTime createdAt,
        ZonedDateTime updatedAt)
        implements LandscapeNode {

    @Override
    public NodeKind nodeKind() {
        return NodeKind.CAPABILITY;
    }

    public static Capability from(Value node) {
        return new Capability(
                node.get("key").asString(),
                node.get("name").asString(),
                node.get("description").asString(null),
                Lifecycle.valueOf(node.get("lifecycle").asString()),
                node.get("gaDate").isNull() ? null : node.get("gaDate").asLocalDate(),
                node.get("tier").asInt(),
                node.get("category").asString(null),
                optionalDouble(node.get("sloTarget")),
                optionalDouble(node.get("sloAttainment")),
                node.get("compliant").isNull() ? null : node.get("compliant").asBoolean(),
                node.get("createdAt").asZonedDateTime(),
                node.get("updatedAt").asZonedDateTime());
    }

    private static @Nullable Double optionalDouble(Value value) {
        return value.isNull() ? null : value.asDouble();
    }
}
