package dev.strata.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Runs a list query and returns one page of it as a connection, in a single round trip. The caller's constant
 * {@code MATCH ... WHERE ...} binds the matching nodes to {@code n}; the ordering and paging tail below is appended
 * and works only on parameters ({@code $orderField}, {@code $descending}, {@code $offset}, {@code $limit}), so no
 * user input ever becomes query text.
 */
public final class PagedQuery {

    private static final String ORDER_AND_PAGE = """
            WITH n, CASE $orderField
                      WHEN 'NAME' THEN toLower(n.name)
                      WHEN 'CREATED_AT' THEN n.createdAt.epochSeconds * 1000000000 + n.createdAt.nanosecond
                      WHEN 'UPDATED_AT' THEN n.updatedAt.epochSeconds * 1000000000 + n.updatedAt.nanosecond
                      ELSE n.key END AS sortKey
            ORDER BY CASE WHEN $descending THEN null ELSE sortKey END,
                     CASE WHEN $descending THEN sortKey END DESC,
                     n.key
            WITH collect(n) AS matched
            RETURN size(matched) AS total, matched[$offset..($offset + $limit)] AS page
            """;

    private PagedQuery() {}

    public static <T> Connection<T> page(
            Neo4jClient client,
            String matchNodesAsN,
            Map<String, ?> filters,
            EntityOrder order,
            Paging paging,
            Function<Value, T> mapper) {
        Map<String, Object> parameters = new HashMap<>(filters);
        parameters.putAll(order.parameters());
        parameters.put("offset", paging.offset());
        parameters.put("limit", paging.limit());
        @SuppressWarnings("unchecked")
        Connection<T> connection = client.query(String.join("\n", matchNodesAsN, ORDER_AND_PAGE))
                .bindAll(parameters)
                .fetchAs(Connection.class)
                .mappedBy((types, record) -> {
                    List<T> nodes = record.get("page").asList(mapper::apply);
                    return Connection.of(nodes, paging, record.get("total").asInt());
                })
                .one()
                .orElseThrow();
        return connection;
    }
}
