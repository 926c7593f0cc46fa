package dev.strata.layer;

import dev.strata.graphql.LandscapeNode;
import dev.strata.model.NodeKind;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** A layer as stored; {@code rank} is null for cross-cutting layers. */
public record Layer(
        String key,
        String name,
        @Nullable Integer rank,
        boolean crossCutting,
        @Nullable String description,
        ZonedDateTime createdAt,
        ZonedDateTime updatedAt)
        implements LandscapeNode {

    @Override
    public NodeKind nodeKind() {
        return NodeKind.LAYER;
    }

    public static Layer from(Value node) {
        Value rank = node.get("rank");
        return new Layer(
                node.get("key").asString(),
                node.get("name").asString(),
                rank.isNull() ? null : rank.asInt(),
                rank.isNull(),
                node.get("description").asString(null),
                node.get("createdAt").asZonedDateTime(),
                node.get("updatedAt").asZonedDateTime());
    }
}
