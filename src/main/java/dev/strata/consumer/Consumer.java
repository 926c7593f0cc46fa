package dev.strata.consumer;

import dev.strata.graphql.LandscapeNode;
import dev.strata.model.ConsumerKind;
import dev.strata.model.NodeKind;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** A consumer as stored. */
public record Consumer(
        String key,
        String name,
        @Nullable String description,
        ConsumerKind kind,
        int tier,
        ZonedDateTime createdAt,
        ZonedDateTime updatedAt)
        implements LandscapeNode {

    @Override
    public NodeKind nodeKind() {
        return NodeKind.CONSUMER;
    }

    public static Consumer from(Value node) {
        return new Consumer(
                node.get("key").asString(),
                node.get("name").asString(),
                node.get("description").asString(null),
                ConsumerKind.valueOf(node.get("kind").asString()),
                node.get("tier").asInt(),
                node.get("createdAt").asZonedDateTime(),
                node.get("updatedAt").asZonedDateTime());
    }
}
