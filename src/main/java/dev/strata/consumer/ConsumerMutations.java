package dev.strata.consumer;

import dev.strata.model.InteractionMode;
import dev.strata.model.ConsumerKind;


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

/** Creates, changes and deletes consumers and what they consume; checks everything before writing anything. */
@Service
public class ConsumerMutations {

    private final Neo4jClient client;
    private final Consumers consumers;

    ConsumerMutations(Neo4jClient client, Consumers consumers) {
        this.client = client;
        this.consumers = consumers;
    }

    @Transactional
    public ConsumerPayload create(CreateConsumerInput input) {
        Map<String, Object> parameters = parameters(input.key(), input.name(), input.description(), input.kind(),
                input.tier(), input.ownerKey());
        InputCheck check = new InputCheck().key("key", input.key()).name("name", input.name(), true)
                .text("description", input.description()).range("tier", input.tier(), 1, 3);
        Record refs = references(parameters);
        if (refs.get("consumer").asBoolean()) {
            check.add(ErrorCode.DUPLICATE_KEY, "key", "a consumer with key '" + input.key() + "' already exists");
        }
        if (!refs.get("owner").asBoolean()) {
            check.notFound("ownerKey", "team", input.ownerKey());
        }
        if (!check.ok()) {
            return new ConsumerPayload(null, check.errors());
        }
        client.query("""
                MATCH (t:Team {key: $ownerKey})
                CREATE (t)-[:OWNS]->(:Consumer {key: $key, name: $name, description: $description, kind: $kind,
                                                tier: $tier, createdAt: datetime(), updatedAt: datetime()})
                """).bindAll(parameters).run();
        return ConsumerPayload.of(consumers.find(input.key()).orElseThrow());
    }

    @Transactional
    public ConsumerPayload update(UpdateConsumerInput input) {
        Map<String, Object> parameters = parameters(input.key(), input.name(), input.description(), input.kind(),
                input.tier(), input.ownerKey());
        InputCheck check = new InputCheck().name("name", input.name(), false)
                .text("description", input.description()).range("tier", input.tier(), 1, 3);
        Record refs = references(parameters);
        if (!refs.get("consumer").asBoolean()) {
            check.notFound("key", "consumer", input.key());
        }
        if (input.ownerKey() != null && !refs.get("owner").asBoolean()) {
            check.notFound("ownerKey", "team", input.ownerKey());
        }
        if (!check.ok()) {
            return new ConsumerPayload(null, check.errors());
        }
        client.query("""
                MATCH (c:Consumer {key: $key})
                SET c.name = coalesce($name, c.name), c.description = coalesce($description, c.description),
                    c.kind = coalesce($kind, c.kind), c.tier = coalesce($tier, c.tier), c.updatedAt = datetime()
                WITH c
                CALL (c) {
                    MATCH (t:Team {key: $ownerKey})
                    OPTIONAL MATCH (:Team)-[old:OWNS]->(c)
                    DELETE old
                    WITH DISTINCT c, t
                    CREATE (t)-[:OWNS]->(c)
                }
                """).bindAll(parameters).run();
        return ConsumerPayload.of(consumers.find(input.key()).orElseThrow());
    }

    @Transactional
    public DeletePayload delete(String key) {
        if (consumers.find(key).isEmpty()) {
            return DeletePayload.refused(new InputCheck().notFound("key", "consumer", key).errors());
        }
        client.query("MATCH (c:Consumer {key: $key}) DETACH DELETE c").bind(key).to("key").run();
        return DeletePayload.deleted(key);
    }

    /** Idempotent. Writing the consumer first takes its lock, so concurrent callers cannot both create the edge. */
    @Transactional
    public ConsumerPayload addConsumption(AddConsumptionInput input) {
        InputCheck check = checkEnds(input.consumerKey(), input.capabilityKey());
        if (!check.ok()) {
            return new ConsumerPayload(null, check.errors());
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("consumerKey", input.consumerKey());
        parameters.put("capabilityKey", input.capabilityKey());
        parameters.put("since", input.since() == null ? LocalDate.now() : input.since());
        parameters.put("mode", (input.mode() == null ? InteractionMode.X_AS_A_SERVICE : input.mode()).name());
        client.query("""
                MATCH (c:Consumer {key: $consumerKey})
                MATCH (cap:Capability {key: $capabilityKey})
                SET c.updatedAt = datetime()
                MERGE (c)-[r:CONSUMES]->(cap)
                SET r.since = $since, r.mode = $mode
                """).bindAll(parameters).run();
        return ConsumerPayload.of(consumers.find(input.consumerKey()).orElseThrow());
    }

    @Transactional
    public ConsumerPayload removeConsumption(RemoveConsumptionInput input) {
        InputCheck check = checkEnds(input.consumerKey(), input.capabilityKey());
        Map<String, Object> parameters = Map.of("consumerKey", input.consumerKey(), "capabilityKey", input.capabilityKey());
        boolean exists = check.ok() && client.query("""
                RETURN EXISTS { (:Consumer {key: $consumerKey})-[:CONSUMES]->(:Capability {key: $capabilityKey}) }
                """).bindAll(parameters).fetchAs(Boolean.class).one().orElse(false);
        if (check.ok() && !exists) {
            check.add(ErrorCode.NOT_FOUND, "capabilityKey", "consumer '" + input.consumerKey()
                    + "' does not consume '" + input.capabilityKey() + "'");
        }
        if (!check.ok()) {
            return new ConsumerPayload(null, check.errors());
        }
        client.query("""
                MATCH (c:Consumer {key: $consumerKey})-[r:CONSUMES]->(:Capability {key: $capabilityKey})
                DELETE r
                SET c.updatedAt = datetime()
                """).bindAll(parameters).run();
        return ConsumerPayload.of(consumers.find(input.consumerKey()).orElseThrow());
    }

    private InputCheck checkEnds(String consumerKey, String capabilityKey) {
        Record refs = client.query("""
                RETURN EXISTS { MATCH (:Consumer {key: $consumerKey}) } AS consumer,
                       EXISTS { MATCH (:Capability {key: $capabilityKey}) } AS capability
                """).bindAll(Map.of("consumerKey", consumerKey, "capabilityKey", capabilityKey))
                .fetchAs(Record.class).mappedBy((types, r) -> r).one().orElseThrow();
        InputCheck check = new InputCheck();
        if (!refs.get("consumer").asBoolean()) {
            check.notFound("consumerKey", "consumer", consumerKey);
        }
        if (!refs.get("capability").asBoolean()) {
            check.notFound("capabilityKey", "capability", capabilityKey);
        }
        return check;
    }

    private Record references(Map<String, Object> parameters) {
        return client.query("""
                RETURN EXISTS { MATCH (:Consumer {key: $key}) } AS consumer,
                       EXISTS { MATCH (:Team {key: $ownerKey}) } AS owner
                """).bindAll(parameters).fetchAs(Record.class).mappedBy((types, r) -> r).one().orElseThrow();
    }

    private static Map<String, Object> parameters(String key, @Nullable String name, @Nullable String description,
            @Nullable ConsumerKind kind, @Nullable Integer tier, @Nullable String ownerKey) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("key", key);
        parameters.put("name", name);
        parameters.put("description", description);
        parameters.put("kind", kind == null ? null : kind.name());
        parameters.put("tier", tier);
        parameters.put("ownerKey", ownerKey);
        return parameters;
    }

    public record CreateConsumerInput(String key, String name, @Nullable String description, ConsumerKind kind,
            int tier, String ownerKey) {
    }

    public record UpdateConsumerInput(String key, @Nullable String name, @Nullable String description,
            @Nullable ConsumerKind kind, @Nullable Integer tier, @Nullable String ownerKey) {
    }

    public record AddConsumptionInput(String consumerKey, String capabilityKey, @Nullable LocalDate since,
            @Nullable InteractionMode mode) {
    }

    public record RemoveConsumptionInput(String consumerKey, String capabilityKey) {
    }

    public record ConsumerPayload(@Nullable Consumer consumer, List<UserError> errors) {

        static ConsumerPayload of(Consumer consumer) {
            return new ConsumerPayload(consumer, List.of());
        }
    }
}
