package dev.strata.valuestream;

import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** A value stream as stored. */
public record ValueStream(String key, String name, Kind kind, @Nullable String description, ZonedDateTime createdAt,
        ZonedDateTime updatedAt) {

    public enum Kind { BUSINESS, ENABLING }

    public static ValueStream from(Value node) {
        return new ValueStream(node.get("key").asString(), node.get("name").asString(),
                Kind.valueOf(node.get("kind").asString()), node.get("description").asString(null),
                node.get("createdAt").asZonedDateTime(), node.get("updatedAt").asZonedDateTime());
    }
}
