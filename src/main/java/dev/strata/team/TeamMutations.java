package dev.strata.team;

import dev.strata.model.TeamType;

import dev.strata.graphql.DeletePayload;
import dev.strata.graphql.InputCheck;
import dev.strata.graphql.UserError;
import dev.strata.graphql.UserError.ErrorCode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes teams. Every input is checked completely first (key format, ranges, references) in
 * the same transaction as the write, which happens only when nothing was found wrong.
 */
@Service
public class TeamMutations {

    private final Neo4jClient client;
    private final Teams teams;

    TeamMutations(Neo4jClient client, Teams teams) {
        this.client = client;
        this.teams = teams;
    }

    @Transactional
    public TeamPayload create(CreateTeamInput input) {
        InputCheck check = new InputCheck().key("key", input.key()).name("name", input.name(), true)
                .range("size", input.size(), 1, 1000);
        References refs = references(input.key(), input.valueStreamKey());
        if (refs.teamExists()) {
            check.add(ErrorCode.DUPLICATE_KEY, "key", "a team with key '" + input.key() + "' already exists");
        }
        checkValueStream(check, input.valueStreamKey(), refs);
        if (!check.ok()) {
            return TeamPayload.refused(check.errors());
        }
        client.query("""
                CREATE (t:Team {key: $key, name: $name, type: $type, size: $size,
                                createdAt: datetime(), updatedAt: datetime()})
                WITH t
                OPTIONAL MATCH (v:ValueStream {key: $valueStreamKey})
                FOREACH (_ IN CASE WHEN v IS NULL THEN [] ELSE [1] END | CREATE (t)-[:ALIGNED_TO]->(v))
                """).bindAll(parameters(input.key(), input.name(), input.type(), input.size(), input.valueStreamKey()))
                .run();
        return TeamPayload.of(teams.find(input.key()).orElseThrow());
    }

    @Transactional
    public TeamPayload update(UpdateTeamInput input) {
        InputCheck check = new InputCheck().name("name", input.name(), false).range("size", input.size(), 1, 1000);
        References refs = references(input.key(), input.valueStreamKey());
        if (!refs.teamExists()) {
            check.notFound("key", "team", input.key());
        }
        checkValueStream(check, input.valueStreamKey(), refs);
        if (!check.ok()) {
            return TeamPayload.refused(check.errors());
        }
        client.query("""
                MATCH (t:Team {key: $key})
                SET t.name = coalesce($name, t.name), t.type = coalesce($type, t.type),
                    t.size = coalesce($size, t.size), t.updatedAt = datetime()
                WITH t
                CALL (t) {
                    WITH t WHERE $valueStreamKey IS NOT NULL
                    OPTIONAL MATCH (t)-[old:ALIGNED_TO]->()
                    DELETE old
                    WITH t
                    MATCH (v:ValueStream {key: $valueStreamKey})
                    CREATE (t)-[:ALIGNED_TO]->(v)
                }
                """).bindAll(parameters(input.key(), input.name(), input.type(), input.size(), input.valueStreamKey()))
                .run();
        return TeamPayload.of(teams.find(input.key()).orElseThrow());
    }

    @Transactional
    public DeletePayload delete(String key) {
        Record state = client.query("""
                OPTIONAL MATCH (t:Team {key: $key})
                RETURN t IS NOT NULL AS exists,
                       COUNT { (t)-[:OWNS]->(:Platform) } AS platforms,
                       COUNT { (t)-[:OWNS]->(:Consumer) } AS consumers
                """).bind(key).to("key").fetchAs(Record.class).mappedBy((types, record) -> record).one().orElseThrow();
        InputCheck check = new InputCheck();
        if (!state.get("exists").asBoolean()) {
            check.notFound("key", "team", key);
        } else if (state.get("platforms").asInt() + state.get("consumers").asInt() > 0) {
            check.add(ErrorCode.STILL_REFERENCED, "key", "team '" + key + "' still owns "
                    + state.get("platforms").asInt() + " platform(s) and " + state.get("consumers").asInt()
                    + " consumer(s); give them another owner first");
        }
        if (!check.ok()) {
            return DeletePayload.refused(check.errors());
        }
        client.query("MATCH (t:Team {key: $key}) DETACH DELETE t").bind(key).to("key").run();
        return DeletePayload.deleted(key);
    }

    private References references(String teamKey, @Nullable String valueStreamKey) {
        return client.query("""
                RETURN EXISTS { MATCH (:Team {key: $key}) } AS team,
                       EXISTS { MATCH (:ValueStream {key: $valueStreamKey}) } AS valueStream
                """).bindAll(keyParameters(teamKey, valueStreamKey))
                .fetchAs(References.class)
                .mappedBy((types, r) -> new References(r.get("team").asBoolean(), r.get("valueStream").asBoolean()))
                .one().orElseThrow();
    }

    private static void checkValueStream(InputCheck check, @Nullable String valueStreamKey, References refs) {
        if (valueStreamKey != null && !valueStreamKey.isEmpty() && !refs.valueStreamExists()) {
            check.notFound("valueStreamKey", "value stream", valueStreamKey);
        }
    }

    private static Map<String, Object> keyParameters(String key, @Nullable String valueStreamKey) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("key", key);
        parameters.put("valueStreamKey", valueStreamKey);
        return parameters;
    }

    private static Map<String, Object> parameters(String key, @Nullable String name, @Nullable TeamType type,
            @Nullable Integer size, @Nullable String valueStreamKey) {
        Map<String, Object> parameters = keyParameters(key, valueStreamKey);
        parameters.put("name", name);
        parameters.put("type", type == null ? null : type.name());
        parameters.put("size", size);
        return parameters;
    }

    private record References(boolean teamExists, boolean valueStreamExists) {
    }

    public record CreateTeamInput(String key, String name, TeamType type, int size, @Nullable String valueStreamKey) {
    }

    public record UpdateTeamInput(String key, @Nullable String name, @Nullable TeamType type, @Nullable Integer size,
            @Nullable String valueStreamKey) {
    }

    public record TeamPayload(@Nullable Team team, List<UserError> errors) {

        static TeamPayload of(Team team) {
            return new TeamPayload(team, List.of());
        }

        static TeamPayload refused(List<UserError> errors) {
            return new TeamPayload(null, errors);
        }
    }
}
