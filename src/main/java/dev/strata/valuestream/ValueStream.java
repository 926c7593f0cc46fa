package dev.strata.valuestream;

import dev.strata.graphql.LandscapeNode;
import dev.strata.model.NodeKind;
import dev.strata.model.ValueStreamKind;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** A value stream as stored. */
public record ValueStream(
        String key,
        String name,
        ValueStreamKind kind,
        @Nullable String description,
        ZonedDateTime createdAt,
        ZonedDateTime updatedAt)
        implements LandscapeNode {

    @Override
    public NodeKind nodeKind() {
        return NodeKind.VALUE_STREAM;
    }

    public static ValueStream from(Value node) {
        return new ValueStream(
                node.get("key").asString(),
                node.get("name").asString(),
                ValueStreamKind.valueOf(node.get("kind").asString()),
                node.get("description").asString(null),
                node.get("createdAt").asZonedDateTime(),
                node.get("updatedAt").asZonedDateTime());
    }
}
