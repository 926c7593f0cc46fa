package dev.strata.platform;

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

/** Creates, changes and deletes platforms, with their layer and owner; checks everything before writing anything. */
@Service
public class PlatformMutations {

    private final Neo4jClient client;
    private final Platforms platforms;

    PlatformMutations(Neo4jClient client, Platforms platforms) {
        this.client = client;
        this.platforms = platforms;
    }

    @Transactional
    public PlatformPayload create(CreatePlatformInput input) {
        Map<String, Object> parameters = parameters(input.key(), input.name(), input.description(), input.tier(),
                input.layerKey(), input.ownerKey());
        InputCheck check = new InputCheck().key("key", input.key()).name("name", input.name(), true)
                .text("description", input.description()).range("tier", input.tier(), 1, 3);
        References refs = references(parameters);
        if (refs.platform()) {
            check.add(ErrorCode.DUPLICATE_KEY, "key", "a platform with key '" + input.key() + "' already exists");
        }
        checkReferences(check, input.layerKey(), input.ownerKey(), refs);
        if (!check.ok()) {
            return new PlatformPayload(null, check.errors());
        }
        client.query("""
                MATCH (l:Layer {key: $layerKey})
                CREATE (p:Platform {key: $key, name: $name, description: $description, tier: $tier,
                                    createdAt: datetime(), updatedAt: datetime()})-[:IN_LAYER]->(l)
                WITH p
                OPTIONAL MATCH (t:Team {key: $ownerKey})
                FOREACH (_ IN CASE WHEN t IS NULL THEN [] ELSE [1] END | CREATE (t)-[:OWNS]->(p))
                """).bindAll(parameters).run();
        return new PlatformPayload(platforms.find(input.key()).orElseThrow(), List.of());
    }

    @Transactional
    public PlatformPayload update(UpdatePlatformInput input) {
        Map<String, Object> parameters = parameters(input.key(), input.name(), input.description(), input.tier(),
                input.layerKey(), input.ownerKey());
        InputCheck check = new InputCheck().name("name", input.name(), false)
                .text("description", input.description()).range("tier", input.tier(), 1, 3);
        References refs = references(parameters);
        if (!refs.platform()) {
            check.notFound("key", "platform", input.key());
        }
        checkReferences(check, input.layerKey(), input.ownerKey(), refs);
        if (!check.ok()) {
            return new PlatformPayload(null, check.errors());
        }
        client.query("""
                MATCH (p:Platform {key: $key})
                SET p.name = coalesce($name, p.name), p.description = coalesce($description, p.description),
                    p.tier = coalesce($tier, p.tier), p.updatedAt = datetime()
                WITH p
                CALL (p) {
                    MATCH (l:Layer {key: $layerKey})
                    OPTIONAL MATCH (p)-[old:IN_LAYER]->()
                    DELETE old
                    WITH DISTINCT p, l
                    CREATE (p)-[:IN_LAYER]->(l)
                }
                CALL (p) {
                    WITH p WHERE $ownerKey IS NOT NULL
                    OPTIONAL MATCH (:Team)-[old:OWNS]->(p)
                    DELETE old
                    WITH DISTINCT p
                    MATCH (t:Team {key: $ownerKey})
                    CREATE (t)-[:OWNS]->(p)
                }
                """).bindAll(parameters).run();
        return new PlatformPayload(platforms.find(input.key()).orElseThrow(), List.of());
    }

    @Transactional
    public DeletePayload delete(String key) {
        Long capabilities = client.query("""
                MATCH (p:Platform {key: $key})
                RETURN COUNT { (p)-[:PROVIDES]->(:Capability) } AS capabilities
                """).bind(key).to("key").fetchAs(Long.class).one().orElse(null);
        InputCheck check = new InputCheck();
        if (capabilities == null) {
            check.notFound("key", "platform", key);
        } else if (capabilities > 0) {
            check.add(ErrorCode.STILL_REFERENCED, "key", "platform '" + key + "' still provides " + capabilities
                    + " capability(ies); delete or move them first");
        }
        if (!check.ok()) {
            return DeletePayload.refused(check.errors());
        }
        client.query("MATCH (p:Platform {key: $key}) DETACH DELETE p").bind(key).to("key").run();
        return DeletePayload.deleted(key);
    }

    private References references(Map<String, Object> parameters) {
        return client.query("""
                RETURN EXISTS { MATCH (:Platform {key: $key}) } AS platform,
                       EXISTS { MATCH (:Layer {key: $layerKey}) } AS layer,
                       EXISTS { MATCH (:Team {key: $ownerKey}) } AS owner
                """).bindAll(parameters).fetchAs(References.class)
                .mappedBy((types, r) -> new References(r.get("platform").asBoolean(), r.get("layer").asBoolean(),
                        r.get("owner").asBoolean()))
                .one().orElseThrow();
    }

    private static void checkReferences(InputCheck check, @Nullable String layerKey, @Nullable String ownerKey,
            References refs) {
        if (layerKey != null && !refs.layer()) {
            check.notFound("layerKey", "layer", layerKey);
        }
        if (ownerKey != null && !ownerKey.isEmpty() && !refs.owner()) {
            check.notFound("ownerKey", "team", ownerKey);
        }
    }

    private static Map<String, Object> parameters(String key, @Nullable String name, @Nullable String description,
            @Nullable Integer tier, @Nullable String layerKey, @Nullable String ownerKey) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("key", key);
        parameters.put("name", name);
        parameters.put("description", description);
        parameters.put("tier", tier);
        parameters.put("layerKey", layerKey);
        parameters.put("ownerKey", ownerKey);
        return parameters;
    }

    private record References(boolean platform, boolean layer, boolean owner) {
    }

    public record CreatePlatformInput(String key, String name, @Nullable String description, int tier, String layerKey,
            @Nullable String ownerKey) {
    }

    public record UpdatePlatformInput(String key, @Nullable String name, @Nullable String description,
            @Nullable Integer tier, @Nullable String layerKey, @Nullable String ownerKey) {
    }

    public record PlatformPayload(@Nullable Platform platform, List<UserError> errors) {
    }
}
