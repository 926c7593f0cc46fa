package dev.strata.valuestream;

import dev.strata.model.ValueStreamKind;

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

/** Creates, changes and deletes value streams; checks everything before writing anything. */
@Service
public class ValueStreamMutations {

    private final Neo4jClient client;
    private final ValueStreams valueStreams;

    ValueStreamMutations(Neo4jClient client, ValueStreams valueStreams) {
        this.client = client;
        this.valueStreams = valueStreams;
    }

    @Transactional
    public ValueStreamPayload create(CreateValueStreamInput input) {
        InputCheck check = new InputCheck().key("key", input.key()).name("name", input.name(), true)
                .text("description", input.description());
        if (valueStreams.find(input.key()).isPresent()) {
            check.add(ErrorCode.DUPLICATE_KEY, "key", "a value stream with key '" + input.key() + "' already exists");
        }
        if (!check.ok()) {
            return new ValueStreamPayload(null, check.errors());
        }
        client.query("""
                CREATE (:ValueStream {key: $key, name: $name, kind: $kind, description: $description,
                                      createdAt: datetime(), updatedAt: datetime()})
                """).bindAll(parameters(input.key(), input.name(), input.kind(), input.description())).run();
        return new ValueStreamPayload(valueStreams.find(input.key()).orElseThrow(), List.of());
    }

    @Transactional
    public ValueStreamPayload update(UpdateValueStreamInput input) {
        InputCheck check = new InputCheck().name("name", input.name(), false).text("description", input.description());
        if (valueStreams.find(input.key()).isEmpty()) {
            check.notFound("key", "value stream", input.key());
        }
        if (!check.ok()) {
            return new ValueStreamPayload(null, check.errors());
        }
        client.query("""
                MATCH (v:ValueStream {key: $key})
                SET v.name = coalesce($name, v.name), v.kind = coalesce($kind, v.kind),
                    v.description = coalesce($description, v.description), v.updatedAt = datetime()
                """).bindAll(parameters(input.key(), input.name(), input.kind(), input.description())).run();
        return new ValueStreamPayload(valueStreams.find(input.key()).orElseThrow(), List.of());
    }

    @Transactional
    public DeletePayload delete(String key) {
        Long aligned = client.query("""
                MATCH (v:ValueStream {key: $key})
                RETURN COUNT { (:Team)-[:ALIGNED_TO]->(v) } AS aligned
                """).bind(key).to("key").fetchAs(Long.class).one().orElse(null);
        InputCheck check = new InputCheck();
        if (aligned == null) {
            check.notFound("key", "value stream", key);
        } else if (aligned > 0) {
            check.add(ErrorCode.STILL_REFERENCED, "key",
                    aligned + " team(s) are still aligned to value stream '" + key + "'; realign them first");
        }
        if (!check.ok()) {
            return DeletePayload.refused(check.errors());
        }
        client.query("MATCH (v:ValueStream {key: $key}) DETACH DELETE v").bind(key).to("key").run();
        return DeletePayload.deleted(key);
    }

    private static Map<String, Object> parameters(String key, @Nullable String name, @Nullable ValueStreamKind kind,
            @Nullable String description) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("key", key);
        parameters.put("name", name);
        parameters.put("kind", kind == null ? null : kind.name());
        parameters.put("description", description);
        return parameters;
    }

    public record CreateValueStreamInput(String key, String name, ValueStreamKind kind, @Nullable String description) {
    }

    public record UpdateValueStreamInput(String key, @Nullable String name, @Nullable ValueStreamKind kind,
            @Nullable String description) {
    }

    public record ValueStreamPayload(@Nullable ValueStream valueStream, List<UserError> errors) {
    }
}
