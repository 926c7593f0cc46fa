package dev.strata.consumer;

import dev.strata.graphql.BatchQuery;
import dev.strata.graphql.Connection;
import dev.strata.graphql.EntityOrder;
import dev.strata.graphql.NodeRepository;
import dev.strata.graphql.PagedQuery;
import dev.strata.graphql.Paging;
import dev.strata.model.ConsumerKind;
import dev.strata.model.NodeKind;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Reads consumers and consumptions: by key, as filtered pages, and in batches for GraphQL navigation. */
@Repository
public class Consumers extends NodeRepository<Consumer> {

    Consumers(Neo4jClient client) {
        super(
                client,
                NodeKind.CONSUMER,
                Consumer::from,
                "UNWIND $keys AS key MATCH (n:Consumer {key: key}) RETURN key, n AS value");
    }

    public Connection<Consumer> page(@Nullable ConsumerFilter filter, EntityOrder order, Paging paging) {
        ConsumerFilter f = filter == null ? new ConsumerFilter(null, null, null, null, null) : filter;
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("text", f.text() == null ? null : f.text().toLowerCase());
        parameters.put("kind", f.kind() == null ? null : f.kind().name());
        parameters.put("ownerKey", f.ownerKey());
        parameters.put("tier", f.tier());
        parameters.put("capabilityKey", f.capabilityKey());
        return PagedQuery.page(client, """
                MATCH (n:Consumer)
                WHERE ($text IS NULL OR toLower(n.name) CONTAINS $text OR n.key CONTAINS $text)
                  AND ($kind IS NULL OR n.kind = $kind)
                  AND ($tier IS NULL OR n.tier = $tier)
                  AND ($ownerKey IS NULL OR EXISTS { (:Team {key: $ownerKey})-[:OWNS]->(n) })
                  AND ($capabilityKey IS NULL OR EXISTS { (n)-[:CONSUMES]->(:Capability {key: $capabilityKey}) })
                """, parameters, order, paging, Consumer::from);
    }

    /** The consumers owned by each given team key, ordered by key. */
    public Map<String, List<Consumer>> ownedBy(Collection<String> teamKeys) {
        return BatchQuery.many(client, """
                UNWIND $keys AS key
                OPTIONAL MATCH (:Team {key: key})-[:OWNS]->(c:Consumer)
                WITH key, c ORDER BY c.key
                RETURN key, collect(c) AS values
                """, teamKeys, Consumer::from);
    }

    /** What each given consumer key consumes, ordered by capability key. */
    public Map<String, List<Consumption>> consumptionsOfConsumers(Collection<String> consumerKeys) {
        return BatchQuery.many(client, """
                UNWIND $keys AS key
                OPTIONAL MATCH (c:Consumer {key: key})-[r:CONSUMES]->(cap:Capability)
                WITH key, c, r, cap ORDER BY cap.key
                RETURN key, collect(CASE WHEN r IS NULL THEN null
                    ELSE {consumer: c, capability: cap, since: r.since, mode: r.mode} END) AS values
                """, consumerKeys, Consumption::from);
    }

    /** Who consumes each given capability key, ordered by consumer key. */
    public Map<String, List<Consumption>> consumptionsOfCapabilities(Collection<String> capabilityKeys) {
        return BatchQuery.many(client, """
                UNWIND $keys AS key
                OPTIONAL MATCH (c:Consumer)-[r:CONSUMES]->(cap:Capability {key: key})
                WITH key, c, r, cap ORDER BY c.key
                RETURN key, collect(CASE WHEN r IS NULL THEN null
                    ELSE {consumer: c, capability: cap, since: r.since, mode: r.mode} END) AS values
                """, capabilityKeys, Consumption::from);
    }

    public record ConsumerFilter(
            @Nullable String text,
            @Nullable ConsumerKind kind,
            @Nullable String ownerKey,
            @Nullable Integer tier,
            @Nullable String capabilityKey) {}
}
