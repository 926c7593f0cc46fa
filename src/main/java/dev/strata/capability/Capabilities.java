package dev.strata.capability;

import dev.strata.graphql.BatchQuery;
import dev.strata.graphql.Connection;
import dev.strata.graphql.EntityOrder;
import dev.strata.graphql.NodeRepository;
import dev.strata.graphql.PagedQuery;
import dev.strata.graphql.Paging;
import dev.strata.model.Lifecycle;
import dev.strata.model.NodeKind;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Reads capabilities: by key, as filtered pages, and in batches for GraphQL navigation. */
@Repository
public class Capabilities extends NodeRepository<Capability> {

    Capabilities(Neo4jClient client) {
        super(
                client,
                NodeKind.CAPABILITY,
                Capability::from,
                "UNWIND $keys AS key MATCH (n:Capability {key: key}) RETURN key, n AS value");
    }

    public Connection<Capability> page(@Nullable CapabilityFilter filter, EntityOrder order, Paging paging) {
        CapabilityFilter f =
                filter == null ? new CapabilityFilter(null, null, null, null, null, null, null, null) : filter;
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("text", f.text() == null ? null : f.text().toLowerCase());
        parameters.put("lifecycle", f.lifecycle() == null ? null : f.lifecycle().name());
        parameters.put("platformKey", f.platformKey());
        parameters.put("layerKey", f.layerKey());
        parameters.put("ownerKey", f.ownerKey());
        parameters.put("tier", f.tier());
        parameters.put("category", f.category());
        parameters.put("withoutPlatform", f.withoutPlatform());
        return PagedQuery.page(client, """
                MATCH (n:Capability)
                WHERE ($text IS NULL OR toLower(n.name) CONTAINS $text OR n.key CONTAINS $text)
                  AND ($lifecycle IS NULL OR n.lifecycle = $lifecycle)
                  AND ($tier IS NULL OR n.tier = $tier)
                  AND ($category IS NULL OR n.category = $category)
                  AND ($platformKey IS NULL OR EXISTS { (:Platform {key: $platformKey})-[:PROVIDES]->(n) })
                  AND ($layerKey IS NULL OR EXISTS { (:Layer {key: $layerKey})<-[:IN_LAYER]-(:Platform)-[:PROVIDES]->(n) })
                  AND ($ownerKey IS NULL OR EXISTS { (:Team {key: $ownerKey})-[:OWNS]->(:Platform)-[:PROVIDES]->(n) })
                  AND ($withoutPlatform IS NULL OR $withoutPlatform <> EXISTS { (:Platform)-[:PROVIDES]->(n) })
                """, parameters, order, paging, Capability::from);
    }

    /** Direct dependencies of each given capability key, ordered by key. */
    public Map<String, List<Capability>> dependenciesOf(Collection<String> keys) {
        return BatchQuery.many(client, """
                UNWIND $keys AS key
                OPTIONAL MATCH (:Capability {key: key})-[:DEPENDS_ON]->(d:Capability)
                WITH key, d ORDER BY d.key
                RETURN key, collect(d) AS values
                """, keys, Capability::from);
    }

    /** Direct dependents of each given capability key, ordered by key. */
    public Map<String, List<Capability>> dependentsOf(Collection<String> keys) {
        return BatchQuery.many(client, """
                UNWIND $keys AS key
                OPTIONAL MATCH (:Capability {key: key})<-[:DEPENDS_ON]-(d:Capability)
                WITH key, d ORDER BY d.key
                RETURN key, collect(d) AS values
                """, keys, Capability::from);
    }

    /** The capabilities each given platform key provides, ordered by key. */
    public Map<String, List<Capability>> providedBy(Collection<String> platformKeys) {
        return BatchQuery.many(client, """
                UNWIND $keys AS key
                OPTIONAL MATCH (:Platform {key: key})-[:PROVIDES]->(c:Capability)
                WITH key, c ORDER BY c.key
                RETURN key, collect(c) AS values
                """, platformKeys, Capability::from);
    }

    /** How many capabilities each given platform key provides (platforms that provide none are absent). */
    public Map<String, Integer> countProvidedBy(Collection<String> platformKeys) {
        return BatchQuery.one(client, """
                UNWIND $keys AS key
                MATCH (p:Platform {key: key})
                RETURN key, COUNT { (p)-[:PROVIDES]->(:Capability) } AS value
                """, platformKeys, Value::asInt);
    }

    public record CapabilityFilter(
            @Nullable String text,
            @Nullable Lifecycle lifecycle,
            @Nullable String platformKey,
            @Nullable String layerKey,
            @Nullable String ownerKey,
            @Nullable Integer tier,
            @Nullable String category,
            @Nullable Boolean withoutPlatform) {}
}
