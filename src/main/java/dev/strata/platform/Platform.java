package dev.strata.platform;

import dev.strata.graphql.LandscapeNode;
import dev.strata.model.NodeKind;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** A platform as stored, with what it comes with as a product (documentation, support channel, on-call). */
public record Platform(
        String key,
        String name,
        @Nullable String description,
        int tier,
        ZonedDateTime createdAt,
        ZonedDateTime updatedAt,
        @Nullable String documentation,
        @Nullable String supportChannel,
        @Nullable String onCall)
        implements LandscapeNode {

    @Override
    public NodeKind nodeKind() {
        return NodeKind.PLATFORM;
    }

    public static Platform from(Value node) {
        return new Platform(
                node.get("key").asString(),
                node.get("name").asString(),
                node.get("description").asString(null),
                node.get("tier").asInt(),
                node.get("createdAt").asZonedDateTime(),
                node.get("updatedAt").asZonedDateTime(),
                node.get("documentation").asString(null),
                node.get("supportChannel").asString(null),
                node.get("onCall").asString(null));
    }
}
