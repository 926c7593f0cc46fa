package dev.strata.security;

import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** An API token as stored: never the secret, only its SHA-256 hash. */
public record ApiToken(
        String id,
        String name,
        Role role,
        String createdBy,
        ZonedDateTime createdAt,
        @Nullable ZonedDateTime revokedAt) {

    static ApiToken from(Value node) {
        return new ApiToken(
                node.get("id").asString(),
                node.get("name").asString(),
                Role.valueOf(node.get("role").asString()),
                node.get("createdBy").asString(),
                node.get("createdAt").asZonedDateTime(),
                node.get("revokedAt").isNull() ? null : node.get("revokedAt").asZonedDateTime());
    }
}
