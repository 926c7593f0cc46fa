package dev.strata.audit;

import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** A recorded change. */
public record AuditEvent(
        String id,
        ZonedDateTime at,
        String actor,
        String via,
        String operation,
        @Nullable String entityKind,
        @Nullable String entityKey,
        String input,
        @Nullable String before,
        @Nullable String after,
        @Nullable Long version) {

    static AuditEvent from(Value node) {
        return new AuditEvent(
                node.get("id").asString(),
                node.get("at").asZonedDateTime(),
                node.get("actor").asString(),
                node.get("via").asString(),
                node.get("operation").asString(),
                node.get("entityKind").asString(null),
                node.get("entityKey").asString(null),
                node.get("input").asString(),
                node.get("before").asString(null),
                node.get("after").asString(null),
                node.get("version").isNull() ? null : node.get("version").asLong());
    }
}
