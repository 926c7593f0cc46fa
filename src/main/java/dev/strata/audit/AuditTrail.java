package dev.strata.audit;

import dev.strata.security.GraphQlAuthorization;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every mutation field in one transaction together with its audit record: the touched entity is read before
 * and after, and who, when, which mutation, the input and the difference are written as an {@code AuditEvent} in
 * the same commit (a change is never stored without its record, nor a record without its change). Refused
 * mutations (a payload with errors) write nothing and are not recorded. Transient database errors (deadlocks,
 * leader switches) and uniqueness races roll the whole transaction back and run it again, up to three times.
 */
@Component
class AuditTrail extends SimplePerformantInstrumentation {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
    /** Mutations that change nothing: a dry run (plan rolls its trial write back), validation, a cache refresh. */
    private static final Set<String> NOT_AUDITED = Set.of("ping", "refreshAnalytics", "planLandscape", "validateLandscape");
    private static final int ATTEMPTS = 3;
    /** Mutations without a single target whose payload (e.g. the applied plan) is the "after" of the record. */
    private static final Set<String> RESULT_RECORDED = Set.of("applyLandscape", "revokeApiToken");
    private static final int MAX_RECORDED_TEXT = 4000;

    private final Neo4jClient client;
    private final TransactionTemplate transactions;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditTrail(Neo4jClient client, TransactionTemplate transactions) {
        this.client = client;
        this.transactions = transactions;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            @Nullable InstrumentationState state) {
        DataFetchingEnvironment environment = parameters.getEnvironment();
        if (!(environment.getParentType() instanceof GraphQLObjectType parent) || !parent.getName().equals("Mutation")
                || NOT_AUDITED.contains(environment.getField().getName())) {
            return fetcher;
        }
        return env -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    return transactions.execute(status -> audited(fetcher, env, status));
                } catch (TransientException | TransientDataAccessException | DataIntegrityViolationException e) {
                    // A uniqueness violation here means another writer created the same key between our check and
                    // our write; running again answers as a serial run would (a typed DUPLICATE_KEY error).
                    if (attempt == ATTEMPTS) {
                        throw e;
                    }
                    log.info("Transient database error in {}, attempt {} of {}: {}", env.getField().getName(), attempt,
                            ATTEMPTS, e.getMessage());
                    sleep(50L * attempt);
                }
            }
        };
    }

    private @Nullable Object audited(DataFetcher<?> fetcher, DataFetchingEnvironment env, TransactionStatus status) {
        String mutation = env.getField().getName();
        AuditedTarget target = AuditedTarget.of(mutation, env.getArguments());
        Map<String, Object> before = target == null ? Map.of() : snapshot(target);
        Object result = completed(fetcher, env);
        if (status.isRollbackOnly() || result instanceof DataFetcherResult<?> partial && partial.hasErrors()) {
            // The mutation itself decided to write nothing (e.g. an apply that breaks a policy): roll back quietly.
            status.setRollbackOnly();
            return result;
        }
        if (refused(result)) {
            return result;
        }
        Map<String, Object> after = target == null ? Map.of() : snapshot(target);
        GraphQlAuthorization.Caller caller = env.getGraphQlContext().getOrDefault(GraphQlAuthorization.CALLER,
                new GraphQlAuthorization.Caller("anonymous", null));
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", UUID.randomUUID().toString());
        parameters.put("actor", caller.name());
        parameters.put("via", env.getGraphQlContext().getOrDefault(GraphQlAuthorization.VIA, "graphql"));
        parameters.put("operation", mutation);
        parameters.put("entityKind", target == null ? null : target.label());
        parameters.put("entityKey", target == null ? null : target.key());
        parameters.put("input", write(sanitised(env.getArguments())));
        parameters.put("before", before.isEmpty() ? null : write(before));
        parameters.put("after", !after.isEmpty() ? write(after) : RESULT_RECORDED.contains(mutation) ? write(result) : null);
        client.query("""
                WITH datetime.realtime() AS now
                CREATE (:AuditEvent {id: $id, key: $id, name: $operation, at: now, createdAt: now,
                                     actor: $actor, via: $via, operation: $operation, entityKind: $entityKind,
                                     entityKey: $entityKey, input: $input, before: $before, after: $after})
                """).bindAll(parameters).run();
        return result;
    }

    /**
     * Runs the field to completion on this thread, so that its failure (a deadlock, say) surfaces here, inside the
     * transaction and the retry loop, instead of as an error value that would leave a broken transaction behind.
     */
    private static @Nullable Object completed(DataFetcher<?> fetcher, DataFetchingEnvironment env) {
        try {
            Object result = fetcher.get(env);
            if (result instanceof Mono<?> mono) {
                return mono.block();
            }
            if (result instanceof CompletionStage<?> stage) {
                return stage.toCompletableFuture().join();
            }
            return result;
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Properties and edges of the entity, or an empty map when it does not exist. */
    private Map<String, Object> snapshot(AuditedTarget target) {
        return client.query("""
                MATCH (n:$($label) {key: $key})
                RETURN properties(n) AS properties,
                       [(n)-[r]->(m) | type(r) + ' -> ' + coalesce(m.key, '?')][..10000] AS outgoing,
                       [(n)<-[r]-(m) | type(r) + ' <- ' + coalesce(m.key, '?')][..10000] AS incoming
                """).bindAll(Map.of("label", target.label(), "key", target.key()))
                .fetch().one()
                .map(row -> {
                    Map<String, Object> snapshot = new LinkedHashMap<>();
                    snapshot.put("properties", new TreeMap<>(plain((Map<?, ?>) row.get("properties"))));
                    snapshot.put("outgoing", sorted(row.get("outgoing")));
                    snapshot.put("incoming", sorted(row.get("incoming")));
                    return snapshot;
                })
                .orElse(Map.of());
    }

    private static boolean refused(@Nullable Object result) {
        if (result == null) {
            return true;
        }
        try {
            Object errors = result.getClass().getMethod("errors").invoke(result);
            return errors instanceof List<?> list && !list.isEmpty();
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    private static Map<String, Object> plain(Map<?, ?> properties) {
        Map<String, Object> plain = new HashMap<>();
        properties.forEach((k, v) -> plain.put(String.valueOf(k), v instanceof TemporalAccessor ? v.toString() : v));
        return plain;
    }

    private static List<String> sorted(@Nullable Object list) {
        List<String> sorted = new ArrayList<>();
        if (list instanceof List<?> values) {
            values.forEach(v -> sorted.add(String.valueOf(v)));
        }
        sorted.sort(String::compareTo);
        return sorted;
    }

    /**
     * Inputs as recorded: temporal values as text, long texts (landscape files) cut. Secrets never appear in inputs;
     * the one payload that carries a secret ({@code createApiToken}) is never recorded.
     */
    private static Object sanitised(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new TreeMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), v == null ? "null" : sanitised(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> v == null ? "null" : sanitised(v)).toList();
        }
        if (value instanceof String text && text.length() > MAX_RECORDED_TEXT) {
            return text.substring(0, MAX_RECORDED_TEXT) + "... (" + text.length() + " characters)";
        }
        return value instanceof TemporalAccessor || value instanceof Enum<?> ? value.toString() : value;
    }

    private String write(Object value) {
        return json.writeValueAsString(value);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
