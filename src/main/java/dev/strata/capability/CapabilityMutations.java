package dev.strata.capability;

import dev.strata.model.Lifecycle;


import dev.strata.graphql.DeletePayload;
import dev.strata.graphql.InputCheck;
import dev.strata.graphql.UserError;
import dev.strata.graphql.UserError.ErrorCode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes capabilities and the dependencies between them; checks everything before writing
 * anything. Dependency cycles are allowed here (real landscapes have them) and reported by the analytics.
 */
@Service
public class CapabilityMutations {

    private final Neo4jClient client;
    private final Capabilities capabilities;

    CapabilityMutations(Neo4jClient client, Capabilities capabilities) {
        this.client = client;
        this.capabilities = capabilities;
    }

    @Transactional
    public CapabilityPayload create(CreateCapabilityInput input) {
        Map<String, Object> parameters = parameters(input.key(), input.name(), input.description(), input.lifecycle(),
                input.gaDate(), input.tier(), input.category(), input.sloTarget(), input.sloAttainment(),
                input.compliant(), input.platformKey());
        InputCheck check = checkValues(new InputCheck().key("key", input.key()).name("name", input.name(), true),
                input.description(), input.tier(), input.category(), input.sloTarget(), input.sloAttainment());
        Record refs = references(parameters);
        if (refs.get("capability").asBoolean()) {
            check.add(ErrorCode.DUPLICATE_KEY, "key", "a capability with key '" + input.key() + "' already exists");
        }
        checkPlatform(check, input.platformKey(), refs);
        if (!check.ok()) {
            return new CapabilityPayload(null, check.errors());
        }
        client.query("""
                CREATE (c:Capability {key: $key, name: $name, description: $description, lifecycle: $lifecycle,
                                      gaDate: $gaDate, tier: $tier, category: $category, sloTarget: $sloTarget,
                                      sloAttainment: $sloAttainment, compliant: $compliant,
                                      createdAt: datetime(), updatedAt: datetime()})
                WITH c
                OPTIONAL MATCH (p:Platform {key: $platformKey})
                FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | CREATE (p)-[:PROVIDES]->(c))
                """).bindAll(parameters).run();
        return CapabilityPayload.of(capabilities.find(input.key()).orElseThrow());
    }

    @Transactional
    public CapabilityPayload update(UpdateCapabilityInput input) {
        Map<String, Object> parameters = parameters(input.key(), input.name(), input.description(), input.lifecycle(),
                input.gaDate(), input.tier(), input.category(), input.sloTarget(), input.sloAttainment(),
                input.compliant(), input.platformKey());
        InputCheck check = checkValues(new InputCheck().name("name", input.name(), false), input.description(),
                input.tier(), input.category(), input.sloTarget(), input.sloAttainment());
        Record refs = references(parameters);
        if (!refs.get("capability").asBoolean()) {
            check.notFound("key", "capability", input.key());
        }
        checkPlatform(check, input.platformKey(), refs);
        if (!check.ok()) {
            return new CapabilityPayload(null, check.errors());
        }
        client.query("""
                MATCH (c:Capability {key: $key})
                SET c.name = coalesce($name, c.name), c.description = coalesce($description, c.description),
                    c.lifecycle = coalesce($lifecycle, c.lifecycle), c.gaDate = coalesce($gaDate, c.gaDate),
                    c.tier = coalesce($tier, c.tier), c.category = coalesce($category, c.category),
                    c.sloTarget = coalesce($sloTarget, c.sloTarget),
                    c.sloAttainment = coalesce($sloAttainment, c.sloAttainment),
                    c.compliant = coalesce($compliant, c.compliant), c.updatedAt = datetime()
                WITH c
                CALL (c) {
                    WITH c WHERE $platformKey IS NOT NULL
                    OPTIONAL MATCH (:Platform)-[old:PROVIDES]->(c)
                    DELETE old
                    WITH DISTINCT c
                    MATCH (p:Platform {key: $platformKey})
                    CREATE (p)-[:PROVIDES]->(c)
                }
                """).bindAll(parameters).run();
        return CapabilityPayload.of(capabilities.find(input.key()).orElseThrow());
    }

    @Transactional
    public DeletePayload delete(String key) {
        Record state = client.query("""
                OPTIONAL MATCH (c:Capability {key: $key})
                RETURN c IS NOT NULL AS exists,
                       COUNT { (c)<-[:DEPENDS_ON]-(:Capability) } AS dependents,
                       COUNT { (c)<-[:CONSUMES]-(:Consumer) } AS consumers
                """).bind(key).to("key").fetchAs(Record.class).mappedBy((types, r) -> r).one().orElseThrow();
        InputCheck check = new InputCheck();
        if (!state.get("exists").asBoolean()) {
            check.notFound("key", "capability", key);
        } else if (state.get("dependents").asInt() + state.get("consumers").asInt() > 0) {
            check.add(ErrorCode.STILL_REFERENCED, "key", "capability '" + key + "' still has "
                    + state.get("dependents").asInt() + " dependent capability(ies) and "
                    + state.get("consumers").asInt() + " consumer(s); run the blast radius and migrate them first");
        }
        if (!check.ok()) {
            return DeletePayload.refused(check.errors());
        }
        client.query("MATCH (c:Capability {key: $key}) DETACH DELETE c").bind(key).to("key").run();
        return DeletePayload.deleted(key);
    }

    /** Idempotent. Writing the source node first takes its lock, so concurrent callers cannot both create the edge. */
    @Transactional
    public CapabilityPayload addDependency(DependencyInput input) {
        InputCheck check = checkDependency(input);
        if (!check.ok()) {
            return new CapabilityPayload(null, check.errors());
        }
        client.query("""
                MATCH (c:Capability {key: $capabilityKey})
                MATCH (d:Capability {key: $dependsOnKey})
                SET c.updatedAt = datetime()
                MERGE (c)-[:DEPENDS_ON]->(d)
                """).bindAll(Map.of("capabilityKey", input.capabilityKey(), "dependsOnKey", input.dependsOnKey())).run();
        return CapabilityPayload.of(capabilities.find(input.capabilityKey()).orElseThrow());
    }

    @Transactional
    public CapabilityPayload removeDependency(DependencyInput input) {
        InputCheck check = checkDependency(input);
        boolean exists = check.ok() && client.query("""
                RETURN EXISTS { (:Capability {key: $capabilityKey})-[:DEPENDS_ON]->(:Capability {key: $dependsOnKey}) }
                """).bindAll(Map.of("capabilityKey", input.capabilityKey(), "dependsOnKey", input.dependsOnKey()))
                .fetchAs(Boolean.class).one().orElse(false);
        if (check.ok() && !exists) {
            check.add(ErrorCode.NOT_FOUND, "dependsOnKey", "capability '" + input.capabilityKey()
                    + "' does not depend on '" + input.dependsOnKey() + "'");
        }
        if (!check.ok()) {
            return new CapabilityPayload(null, check.errors());
        }
        client.query("""
                MATCH (c:Capability {key: $capabilityKey})-[r:DEPENDS_ON]->(:Capability {key: $dependsOnKey})
                DELETE r
                SET c.updatedAt = datetime()
                """).bindAll(Map.of("capabilityKey", input.capabilityKey(), "dependsOnKey", input.dependsOnKey())).run();
        return CapabilityPayload.of(capabilities.find(input.capabilityKey()).orElseThrow());
    }

    private InputCheck checkDependency(DependencyInput input) {
        InputCheck check = new InputCheck();
        if (input.capabilityKey().equals(input.dependsOnKey())) {
            return check.add(ErrorCode.SELF_DEPENDENCY, "dependsOnKey",
                    "capability '" + input.capabilityKey() + "' cannot depend on itself");
        }
        if (capabilities.find(input.capabilityKey()).isEmpty()) {
            check.notFound("capabilityKey", "capability", input.capabilityKey());
        }
        if (capabilities.find(input.dependsOnKey()).isEmpty()) {
            check.notFound("dependsOnKey", "capability", input.dependsOnKey());
        }
        return check;
    }

    private static InputCheck checkValues(InputCheck check, @Nullable String description, @Nullable Integer tier,
            @Nullable String category, @Nullable Double sloTarget, @Nullable Double sloAttainment) {
        return check.text("description", description).range("tier", tier, 1, 3).name("category", category, false)
                .range("sloTarget", sloTarget, 0, 100).range("sloAttainment", sloAttainment, 0, 100);
    }

    private Record references(Map<String, Object> parameters) {
        return client.query("""
                RETURN EXISTS { MATCH (:Capability {key: $key}) } AS capability,
                       EXISTS { MATCH (:Platform {key: $platformKey}) } AS platform
                """).bindAll(parameters).fetchAs(Record.class).mappedBy((types, r) -> r).one().orElseThrow();
    }

    private static void checkPlatform(InputCheck check, @Nullable String platformKey, Record refs) {
        if (platformKey != null && !platformKey.isEmpty() && !refs.get("platform").asBoolean()) {
            check.notFound("platformKey", "platform", platformKey);
        }
    }

    @SuppressWarnings("ParameterNumber")
    private static Map<String, Object> parameters(String key, @Nullable String name, @Nullable String description,
            @Nullable Lifecycle lifecycle, @Nullable LocalDate gaDate, @Nullable Integer tier,
            @Nullable String category, @Nullable Double sloTarget, @Nullable Double sloAttainment,
            @Nullable Boolean compliant, @Nullable String platformKey) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("key", key);
        parameters.put("name", name);
        parameters.put("description", description);
        parameters.put("lifecycle", lifecycle == null ? null : lifecycle.name());
        parameters.put("gaDate", gaDate);
        parameters.put("tier", tier);
        parameters.put("category", category);
        parameters.put("sloTarget", sloTarget);
        parameters.put("sloAttainment", sloAttainment);
        parameters.put("compliant", compliant);
        parameters.put("platformKey", platformKey);
        return parameters;
    }

    public record CreateCapabilityInput(String key, String name, @Nullable String description, Lifecycle lifecycle,
            @Nullable LocalDate gaDate, int tier, @Nullable String category, @Nullable Double sloTarget,
            @Nullable Double sloAttainment, @Nullable Boolean compliant, @Nullable String platformKey) {
    }

    public record UpdateCapabilityInput(String key, @Nullable String name, @Nullable String description,
            @Nullable Lifecycle lifecycle, @Nullable LocalDate gaDate, @Nullable Integer tier,
            @Nullable String category, @Nullable Double sloTarget, @Nullable Double sloAttainment,
            @Nullable Boolean compliant, @Nullable String platformKey) {
    }

    public record DependencyInput(String capabilityKey, String dependsOnKey) {
    }

    public record CapabilityPayload(@Nullable Capability capability, List<UserError> errors) {

        static CapabilityPayload of(Capability capability) {
            return new CapabilityPayload(capability, List.of());
        }
    }
}
