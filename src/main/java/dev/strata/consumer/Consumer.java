package dev.strata.consumer;

import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** A consumer as stored. */
public record Consumer(String key, String name, @Nullable String description, Kind kind, int tier,
        ZonedDateTime createdAt, ZonedDateTime updatedAt) {

    public enum Kind { APPLICATION, SERVICE, AI_USE_CASE }

    public static Consumer from(Value node) {
        return new Consumer(node.get("key").asString(), node.get("name").asString(),
                node.get("description").asString(null), Kind.valueOf(node.get("kind").asString()),
                node.get("tier").asInt(), node.get("createdAt").asZonedDateTime(), node.get("updatedAt").asZonedDateTime());
    }
}
