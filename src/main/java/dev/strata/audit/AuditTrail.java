package dev.strata.audit;

import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit records in the caller's transaction, so a change is never stored without its record nor a record
 * without its change. Every write path calls it: the landscape writer for every landscape change, the token service
 * for token changes. Nothing in the API changes or deletes a record.
 */
@Component
public class AuditTrail {

    private static final int MAX_RECORDED_TEXT = 4000;

    private final Neo4jClient client;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditTrail(Neo4jClient client) {
        this.client = client;
    }

    /** Records the entry; must run inside the transaction of the change. */
    public void record(AuditEntry entry) {
        Map<String, Object> parameters = new HashMap<>();
        String id = UUID.randomUUID().toString();
        parameters.put("id", id);
        parameters.put("actor", entry.actor().name());
        parameters.put("via", entry.actor().via());
        parameters.put("operation", entry.operation());
        parameters.put("entityKind", entry.entityKind());
        parameters.put("entityKey", entry.entityKey());
        parameters.put("input", entry.input());
        parameters.put("before", entry.before());
        parameters.put("after", entry.after());
        parameters.put("version", entry.version());
        client.query("""
                WITH datetime.realtime() AS now
                CREATE (:AuditEvent {id: $id, key: $id, name: $operation, at: now, createdAt: now,
                                     actor: $actor, via: $via, operation: $operation, entityKind: $entityKind,
                                     entityKey: $entityKey, input: $input, before: $before, after: $after,
                                     version: $version})
                """).bindAll(parameters).run();
    }

    /**
     * A request as recorded: temporal values and enums as text, long texts (landscape files) cut. Secrets never
     * appear in inputs (a token's secret is generated, never sent).
     */
    public String json(Object value) {
        return json.writeValueAsString(sanitised(value));
    }

    private static Object sanitised(@Nullable Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new TreeMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), sanitised(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(AuditTrail::sanitised).toList();
        }
        if (value instanceof String text && text.length() > MAX_RECORDED_TEXT) {
            return text.substring(0, MAX_RECORDED_TEXT) + "... (" + text.length() + " characters)";
        }
        return value instanceof TemporalAccessor || value instanceof Enum<?> ? value.toString() : value;
    }
}
