package dev.strata.layer;

import dev.strata.graphql.DeletePayload;
import dev.strata.graphql.InputCheck;
import dev.strata.graphql.UserError;
import dev.strata.graphql.UserError.ErrorCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes and deletes layers; checks everything before writing anything. */
@Service
public class LayerMutations {

    private final Neo4jClient client;
    private final Layers layers;

    LayerMutations(Neo4jClient client, Layers layers) {
        this.client = client;
        this.layers = layers;
    }

    @Transactional
    public LayerPayload create(CreateLayerInput input) {
        InputCheck check = new InputCheck().key("key", input.key()).name("name", input.name(), true)
                .range("rank", input.rank(), 1, 100).text("description", input.description());
        if (layers.find(input.key()).isPresent()) {
            check.add(ErrorCode.DUPLICATE_KEY, "key", "a layer with key '" + input.key() + "' already exists");
        }
        if (!check.ok()) {
            return new LayerPayload(null, check.errors());
        }
        client.query("""
                CREATE (:Layer {key: $key, name: $name, rank: $rank, crossCutting: $rank IS NULL,
                                description: $description, createdAt: datetime(), updatedAt: datetime()})
                """).bindAll(parameters(input.key(), input.name(), input.rank(), input.description())).run();
        return new LayerPayload(layers.find(input.key()).orElseThrow(), List.of());
    }

    @Transactional
    public LayerPayload update(UpdateLayerInput input) {
        InputCheck check = new InputCheck().name("name", input.name(), false).range("rank", input.rank(), 0, 100)
                .text("description", input.description());
        if (layers.find(input.key()).isEmpty()) {
            check.notFound("key", "layer", input.key());
        }
        if (!check.ok()) {
            return new LayerPayload(null, check.errors());
        }
        client.query("""
                MATCH (l:Layer {key: $key})
                SET l.name = coalesce($name, l.name), l.description = coalesce($description, l.description),
                    l.rank = CASE WHEN $rank IS NULL THEN l.rank WHEN $rank = 0 THEN null ELSE $rank END,
                    l.updatedAt = datetime()
                SET l.crossCutting = l.rank IS NULL
                """).bindAll(parameters(input.key(), input.name(), input.rank(), input.description())).run();
        return new LayerPayload(layers.find(input.key()).orElseThrow(), List.of());
    }

    @Transactional
    public DeletePayload delete(String key) {
        Long platforms = client.query("""
                MATCH (l:Layer {key: $key})
                RETURN COUNT { (:Platform)-[:IN_LAYER]->(l) } AS platforms
                """).bind(key).to("key").fetchAs(Long.class).one().orElse(null);
        InputCheck check = new InputCheck();
        if (platforms == null) {
            check.notFound("key", "layer", key);
        } else if (platforms > 0) {
            check.add(ErrorCode.STILL_REFERENCED, "key",
                    platforms + " platform(s) are still in layer '" + key + "'; move them first");
        }
        if (!check.ok()) {
            return DeletePayload.refused(check.errors());
        }
        client.query("MATCH (l:Layer {key: $key}) DETACH DELETE l").bind(key).to("key").run();
        return DeletePayload.deleted(key);
    }

    private static Map<String, Object> parameters(String key, @Nullable String name, @Nullable Integer rank,
            @Nullable String description) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("key", key);
        parameters.put("name", name);
        parameters.put("rank", rank);
        parameters.put("description", description);
        return parameters;
    }

    public record CreateLayerInput(String key, String name, @Nullable Integer rank, @Nullable String description) {
    }

    public record UpdateLayerInput(String key, @Nullable String name, @Nullable Integer rank,
            @Nullable String description) {
    }

    public record LayerPayload(@Nullable Layer layer, List<UserError> errors) {
    }
}
