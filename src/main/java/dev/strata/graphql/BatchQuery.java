package dev.strata.graphql;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * One Cypher round trip for a whole batch of parent keys, the data side of {@code @BatchMapping}: listing 100
 * platforms with their owners costs one query for the owners, not 100. Queries receive {@code $keys} and return
 * one row per parent: {@code key} and {@code value} (a node or null) or {@code values} (a list).
 */
public final class BatchQuery {

    private BatchQuery() {}

    public static <T> Map<String, T> one(
            Neo4jClient client, String cypher, Collection<String> keys, Function<Value, T> mapper) {
        Map<String, T> result = new LinkedHashMap<>();
        rows(client, cypher, keys).forEach(row -> {
            if (!row.value().isNull()) {
                result.put(row.key(), mapper.apply(row.value()));
            }
        });
        return result;
    }

    public static <T> Map<String, List<T>> many(
            Neo4jClient client, String cypher, Collection<String> keys, Function<Value, T> mapper) {
        Map<String, List<T>> result = new LinkedHashMap<>();
        rows(client, cypher, keys)
                .forEach(row -> result.put(row.key(), row.value().asList(mapper::apply)));
        return result;
    }

    /** Re-keys a result by the parent objects, as {@code @BatchMapping} wants it; parents without a value map to the fallback. */
    public static <P, T> Map<P, T> byParent(
            List<P> parents, Function<P, String> key, Map<String, T> byKey, T fallback) {
        Map<P, T> result = new LinkedHashMap<>();
        parents.forEach(parent -> result.put(parent, byKey.getOrDefault(key.apply(parent), fallback)));
        return result;
    }

    private static Collection<Row> rows(Neo4jClient client, String cypher, Collection<String> keys) {
        return client.query(cypher)
                .bind(List.copyOf(keys))
                .to("keys")
                .fetchAs(Row.class)
                .mappedBy((types, record) -> new Row(
                        record.get("key").asString(),
                        record.containsKey("values") ? record.get("values") : record.get("value")))
                .all();
    }

    private record Row(String key, Value value) {}
}
