package dev.strata.valuestream;

import dev.strata.graphql.BatchQuery;
import dev.strata.graphql.Connection;
import dev.strata.graphql.EntityOrder;
import dev.strata.graphql.NodeRepository;
import dev.strata.graphql.PagedQuery;
import dev.strata.graphql.Paging;
import dev.strata.model.NodeKind;
import dev.strata.model.ValueStreamKind;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Reads value streams. */
@Repository
public class ValueStreams extends NodeRepository<ValueStream> {

    ValueStreams(Neo4jClient client) {
        super(
                client,
                NodeKind.VALUE_STREAM,
                ValueStream::from,
                "UNWIND $keys AS key MATCH (n:ValueStream {key: key}) RETURN key, n AS value");
    }

    public Connection<ValueStream> page(@Nullable ValueStreamFilter filter, EntityOrder order, Paging paging) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(
                "text",
                filter == null || filter.text() == null ? null : filter.text().toLowerCase());
        parameters.put(
                "kind",
                filter == null || filter.kind() == null ? null : filter.kind().name());
        return PagedQuery.page(client, """
                MATCH (n:ValueStream)
                WHERE ($text IS NULL OR toLower(n.name) CONTAINS $text OR n.key CONTAINS $text)
                  AND ($kind IS NULL OR n.kind = $kind)
                """, parameters, order, paging, ValueStream::from);
    }

    /** The value stream each given team is aligned to (teams without one are absent). */
    public Map<String, ValueStream> ofTeams(Collection<String> teamKeys) {
        return BatchQuery.one(client, """
                UNWIND $keys AS key
                MATCH (:Team {key: key})-[:ALIGNED_TO]->(v:ValueStream)
                RETURN key, v AS value
                """, teamKeys, ValueStream::from);
    }

    public record ValueStreamFilter(
            @Nullable String text, @Nullable ValueStreamKind kind) {}
}
