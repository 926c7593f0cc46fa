package dev.strata.platform;

import dev.strata.graphql.BatchQuery;
import dev.strata.graphql.Connection;
import dev.strata.graphql.EntityOrder;
import dev.strata.graphql.NodeRepository;
import dev.strata.graphql.PagedQuery;
import dev.strata.graphql.Paging;
import dev.strata.model.NodeKind;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Reads platforms: by key, as filtered pages, and in batches for GraphQL navigation. */
@Repository
public class Platforms extends NodeRepository<Platform> {

    Platforms(Neo4jClient client) {
        super(
                client,
                NodeKind.PLATFORM,
                Platform::from,
                "UNWIND $keys AS key MATCH (n:Platform {key: key}) RETURN key, n AS value");
    }

    public Connection<Platform> page(@Nullable PlatformFilter filter, EntityOrder order, Paging paging) {
        PlatformFilter f = filter == null ? new PlatformFilter(null, null, null, null) : filter;
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("text", f.text() == null ? null : f.text().toLowerCase());
        parameters.put("layerKey", f.layerKey());
        parameters.put("ownerKey", f.ownerKey());
        parameters.put("tier", f.tier());
        return PagedQuery.page(client, """
                MATCH (n:Platform)
                WHERE ($text IS NULL OR toLower(n.name) CONTAINS $text OR n.key CONTAINS $text)
                  AND ($layerKey IS NULL OR EXISTS { (n)-[:IN_LAYER]->(:Layer {key: $layerKey}) })
                  AND ($ownerKey IS NULL OR EXISTS { (:Team {key: $ownerKey})-[:OWNS]->(n) })
                  AND ($tier IS NULL OR n.tier = $tier)
                """, parameters, order, paging, Platform::from);
    }

    /** The platforms owned by each given team key, ordered by key. */
    public Map<String, List<Platform>> ownedBy(Collection<String> teamKeys) {
        return BatchQuery.many(client, """
                UNWIND $keys AS key
                OPTIONAL MATCH (:Team {key: key})-[:OWNS]->(p:Platform)
                WITH key, p ORDER BY p.key
                RETURN key, collect(p) AS values
                """, teamKeys, Platform::from);
    }

    /** The platforms in each given layer key, ordered by key. */
    public Map<String, List<Platform>> inLayers(Collection<String> layerKeys) {
        return BatchQuery.many(client, """
                UNWIND $keys AS key
                OPTIONAL MATCH (p:Platform)-[:IN_LAYER]->(:Layer {key: key})
                WITH key, p ORDER BY p.key
                RETURN key, collect(p) AS values
                """, layerKeys, Platform::from);
    }

    /** The providing platform of each given capability key (unowned capabilities are absent). */
    public Map<String, Platform> providersOf(Collection<String> capabilityKeys) {
        return BatchQuery.one(client, """
                UNWIND $keys AS key
                MATCH (p:Platform)-[:PROVIDES]->(:Capability {key: key})
                RETURN key, p AS value
                """, capabilityKeys, Platform::from);
    }

    public record PlatformFilter(
            @Nullable String text,
            @Nullable String layerKey,
            @Nullable String ownerKey,
            @Nullable Integer tier) {}
}
