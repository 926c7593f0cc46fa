package dev.strata.layer;

import dev.strata.graphql.BatchQuery;
import dev.strata.graphql.NodeRepository;
import dev.strata.model.NodeKind;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Reads layers. There are few of them, so they are listed whole. */
@Repository
public class Layers extends NodeRepository<Layer> {

    Layers(Neo4jClient client) {
        super(
                client,
                NodeKind.LAYER,
                Layer::from,
                "UNWIND $keys AS key MATCH (n:Layer {key: key}) RETURN key, n AS value");
    }

    /** Ranked layers from the bottom up, then cross-cutting ones by key. */
    public List<Layer> all() {
        return List.copyOf(client.query("""
                MATCH (l:Layer)
                RETURN l ORDER BY l.rank IS NULL, l.rank, l.key
                LIMIT 1000
                """)
                .fetchAs(Layer.class)
                .mappedBy((types, record) -> Layer.from(record.get("l")))
                .all());
    }

    /** The layer of each given platform key. */
    public Map<String, Layer> ofPlatforms(Collection<String> platformKeys) {
        return BatchQuery.one(client, """
                UNWIND $keys AS key
                MATCH (:Platform {key: key})-[:IN_LAYER]->(l:Layer)
                RETURN key, l AS value
                """, platformKeys, Layer::from);
    }
}
