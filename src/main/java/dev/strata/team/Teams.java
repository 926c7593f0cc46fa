package dev.strata.team;

import dev.strata.graphql.BatchQuery;
import dev.strata.graphql.Connection;
import dev.strata.graphql.EntityOrder;
import dev.strata.graphql.NodeRepository;
import dev.strata.graphql.PagedQuery;
import dev.strata.graphql.Paging;
import dev.strata.model.NodeKind;
import dev.strata.model.TeamType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Reads teams: by key, as filtered pages, and in batches for GraphQL navigation. */
@Repository
public class Teams extends NodeRepository<Team> {

    Teams(Neo4jClient client) {
        super(
                client,
                NodeKind.TEAM,
                Team::from,
                "UNWIND $keys AS key MATCH (n:Team {key: key}) RETURN key, n AS value");
    }

    public Connection<Team> page(@Nullable TeamFilter filter, EntityOrder order, Paging paging) {
        TeamFilter f = filter == null ? new TeamFilter(null, null, null) : filter;
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("text", f.text() == null ? null : f.text().toLowerCase());
        parameters.put("type", f.type() == null ? null : f.type().name());
        parameters.put("valueStreamKey", f.valueStreamKey());
        return PagedQuery.page(client, """
                MATCH (n:Team)
                WHERE ($text IS NULL OR toLower(n.name) CONTAINS $text OR n.key CONTAINS $text)
                  AND ($type IS NULL OR n.type = $type)
                  AND ($valueStreamKey IS NULL OR EXISTS { (n)-[:ALIGNED_TO]->(:ValueStream {key: $valueStreamKey}) })
                """, parameters, order, paging, Team::from);
    }

    /** The owning team of each given platform or consumer key (keys without an owner are absent). */
    public Map<String, Team> ownersOf(Collection<String> ownedKeys) {
        return BatchQuery.one(client, """
                UNWIND $keys AS key
                CALL (key) {
                    MATCH (owned:Platform {key: key}) RETURN owned
                    UNION
                    MATCH (owned:Consumer {key: key}) RETURN owned
                }
                MATCH (t:Team)-[:OWNS]->(owned)
                RETURN key, t AS value
                """, ownedKeys, Team::from);
    }

    /** The teams aligned to each given value stream key, ordered by key. */
    public Map<String, List<Team>> alignedTo(Collection<String> valueStreamKeys) {
        return BatchQuery.many(client, """
                UNWIND $keys AS key
                OPTIONAL MATCH (t:Team)-[:ALIGNED_TO]->(:ValueStream {key: key})
                WITH key, t ORDER BY t.key
                RETURN key, collect(t) AS values
                """, valueStreamKeys, Team::from);
    }

    public record TeamFilter(
            @Nullable String text,
            @Nullable TeamType type,
            @Nullable String valueStreamKey) {}
}
