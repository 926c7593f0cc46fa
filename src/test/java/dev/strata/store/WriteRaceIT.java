package dev.strata.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.StrataIntegrationTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 16 editors race creates, deletes, moves and relationship edits on a handful of overlapping keys (issue 10, item
 * 4). Whatever the interleaving, every mutation must behave as if it ran alone: each response is a success or a
 * typed error (never a GraphQL or server error), deleting what is gone answers NOT_FOUND, and the audit trail is a
 * faithful history: replaying each event's "after" document in version order rebuilds exactly the final graph, and
 * every relationship that was created and is gone appears in the "before" of the event that removed it.
 */
class WriteRaceIT extends StrataIntegrationTest {

    private static final int WRITERS = 16;
    private static final int OPERATIONS = 40;
    private static final List<String> CAPABILITIES = List.of("t-race-c0", "t-race-c1", "t-race-c2", "t-race-c3");
    private static final List<String> PLATFORMS = List.of("t-race-p0", "t-race-p1");
    private static final List<String> CONSUMERS = List.of("t-race-u0", "t-race-u1");
    private static final Set<String> TYPED_ERRORS =
            Set.of("NOT_FOUND", "DUPLICATE_KEY", "STILL_REFERENCED", "SELF_DEPENDENCY");

    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void removeTestData() {
        cleanUpTestData();
        cypher("MATCH (e:AuditEvent) WHERE e.entityKey STARTS WITH 't-race-' DETACH DELETE e");
    }

    @Test
    void racingEditorsLeaveAGraphThatTheAuditTrailReplaysExactly() throws Exception {
        cypher("MATCH (e:AuditEvent) WHERE e.entityKey STARTS WITH 't-race-' DETACH DELETE e");
        ok(
                graphQl.document(
                                "mutation { createLayer(input: {key: \"t-race-layer\", name: \"Race layer\", rank: 50}) "
                                        + "{ errors { code } } }")
                        .executeSync(),
                "createLayer");
        ok(
                graphQl.document(
                                "mutation { createTeam(input: {key: \"t-race-team\", name: \"Race team\", type: PLATFORM,"
                                        + " size: 5}) { errors { code } } }")
                        .executeSync(),
                "createTeam");

        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(WRITERS)) {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                Random random = new Random(31L * w + 7);
                HttpSyncGraphQlClient client = client(ADMIN_TOKEN);
                writers.add(pool.submit(() -> race(random, client, unexpected)));
            }
            for (Future<?> writer : writers) {
                writer.get(5, TimeUnit.MINUTES);
            }
        }
        assertThat(unexpected)
                .as("responses that are neither success nor a typed error")
                .isEmpty();

        List<JsonNode> events = events();
        assertThat(events).hasSizeGreaterThan(WRITERS);
        Map<String, JsonNode> replayed = new TreeMap<>();
        Set<String> everCreated = new HashSet<>();
        Set<String> removedInSomeBefore = new HashSet<>();
        for (JsonNode event : events) {
            String node = event.get("entityKind").asString() + ":"
                    + event.get("entityKey").asString();
            JsonNode before = parse(event.get("before"));
            JsonNode after = parse(event.get("after"));
            Set<String> relationshipsAfter = relationships(after);
            for (String relationship : relationships(before)) {
                if (!relationshipsAfter.contains(relationship)) {
                    removedInSomeBefore.add(relationship);
                }
            }
            everCreated.addAll(relationshipsAfter);
            if (after == null) {
                replayed.remove(node);
            } else {
                replayed.put(node, after);
            }
        }

        Map<String, Map<String, String>> replayedProperties = new TreeMap<>();
        Set<String> replayedRelationships = new HashSet<>();
        replayed.forEach((node, document) -> {
            Map<String, String> properties = new TreeMap<>();
            document.get("properties").properties().forEach(p -> properties.put(p.getKey(), text(p.getValue())));
            replayedProperties.put(node, properties);
            replayedRelationships.addAll(relationships(document));
        });
        assertThat(graphProperties()).isEqualTo(replayedProperties);
        Set<String> finalRelationships = graphRelationships();
        assertThat(finalRelationships).isEqualTo(replayedRelationships);

        Set<String> gone = new HashSet<>(everCreated);
        gone.removeAll(finalRelationships);
        assertThat(gone).as("relationships created and gone").isNotEmpty();
        assertThat(removedInSomeBefore).containsAll(gone);
    }

    private void race(Random random, HttpSyncGraphQlClient client, ConcurrentLinkedQueue<String> unexpected) {
        for (int i = 0; i < OPERATIONS; i++) {
            String capability = pick(random, CAPABILITIES);
            String other = pick(random, CAPABILITIES);
            String platform = pick(random, PLATFORMS);
            String consumer = pick(random, CONSUMERS);
            String mutation = switch (random.nextInt(12)) {
                case 0, 1 ->
                    "createCapability(input: {key: \"" + capability + "\", name: \"C\", lifecycle: GA, tier: 2,"
                            + " platformKey: \"" + platform + "\"}) { errors { code } }";
                case 2 -> "deleteCapability(input: {key: \"" + capability + "\"}) { errors { code } }";
                case 3 ->
                    "updateCapability(input: {key: \"" + capability + "\", platformKey: \"" + platform + "\", tier: "
                            + (1 + random.nextInt(3)) + "}) { errors { code } }";
                case 4, 5 ->
                    "addDependency(input: {capabilityKey: \"" + capability + "\", dependsOnKey: \"" + other
                            + "\"}) { errors { code } }";
                case 6 ->
                    "removeDependency(input: {capabilityKey: \"" + capability + "\", dependsOnKey: \"" + other
                            + "\"}) { errors { code } }";
                case 7 ->
                    "createPlatform(input: {key: \"" + platform + "\", name: \"P\", tier: 2, layerKey: "
                            + "\"t-race-layer\", ownerKey: \"t-race-team\"}) { errors { code } }";
                case 8 -> "deletePlatform(input: {key: \"" + platform + "\"}) { errors { code } }";
                case 9 ->
                    "createConsumer(input: {key: \"" + consumer + "\", name: \"U\", kind: SERVICE, tier: 1,"
                            + " ownerKey: \"t-race-team\"}) { errors { code } }";
                case 10 ->
                    "addConsumption(input: {consumerKey: \"" + consumer + "\", capabilityKey: \"" + capability
                            + "\", since: \"2025-01-0" + (1 + random.nextInt(9)) + "\"}) { errors { code } }";
                default ->
                    random.nextBoolean()
                            ? "removeConsumption(input: {consumerKey: \"" + consumer + "\", capabilityKey: \""
                                    + capability + "\"}) { errors { code } }"
                            : "deleteConsumer(input: {key: \"" + consumer + "\"}) { errors { code } }";
            };
            String field = mutation.substring(0, mutation.indexOf('('));
            ClientGraphQlResponse response =
                    client.document("mutation { " + mutation + " }").executeSync();
            if (!response.getErrors().isEmpty()) {
                unexpected.add(field + ": " + response.getErrors());
                continue;
            }
            for (Map<?, ?> error : response.field(field + ".errors").toEntityList(Map.class)) {
                if (!TYPED_ERRORS.contains(String.valueOf(error.get("code")))) {
                    unexpected.add(field + ": " + error);
                }
            }
        }
    }

    /** The audit events of the race, in version order. */
    private List<JsonNode> events() {
        try (var session = driver.session()) {
            List<JsonNode> events = new ArrayList<>(session.run("""
                    MATCH (e:AuditEvent) WHERE e.entityKey STARTS WITH 't-race-'
                    RETURN e.version AS version, e.entityKind AS entityKind, e.entityKey AS entityKey,
                           e.before AS before, e.after AS after
                    """).list(r -> json.valueToTree(r.asMap())));
            events.sort(Comparator.comparingLong(e -> e.get("version").asLong()));
            assertThat(events).extracting(e -> e.get("version").asLong()).doesNotHaveDuplicates();
            return events;
        }
    }

    private Map<String, Map<String, String>> graphProperties() {
        Map<String, Map<String, String>> nodes = new TreeMap<>();
        try (var session = driver.session()) {
            session.run("""
                    MATCH (n) WHERE n.key STARTS WITH 't-race-'
                    RETURN labels(n)[0] AS label, n.key AS key, properties(n) AS properties
                    """).list().forEach(r -> {
                Map<String, String> properties = new TreeMap<>();
                r.get("properties").asMap().forEach((name, value) -> {
                    if (!name.equals("key") && !name.equals("createdAt") && !name.equals("updatedAt")) {
                        properties.put(name, String.valueOf(value));
                    }
                });
                nodes.put(r.get("label").asString() + ":" + r.get("key").asString(), properties);
            });
        }
        return nodes;
    }

    private Set<String> graphRelationships() {
        Map<String, String> kinds = Map.of(
                "Capability",
                "CAPABILITY",
                "Platform",
                "PLATFORM",
                "Consumer",
                "CONSUMER",
                "Team",
                "TEAM",
                "Layer",
                "LAYER");
        Set<String> relationships = new HashSet<>();
        try (var session = driver.session()) {
            session.run("""
                    MATCH (a)-[r]->(b) WHERE a.key STARTS WITH 't-race-' OR b.key STARTS WITH 't-race-'
                    RETURN type(r) AS type, labels(a)[0] AS fromLabel, a.key AS from, labels(b)[0] AS toLabel,
                           b.key AS to, r.since AS since
                    """)
                    .list()
                    .forEach(r -> relationships.add(r.get("type").asString() + " "
                            + kinds.get(r.get("fromLabel").asString()) + ":"
                            + r.get("from").asString() + " "
                            + kinds.get(r.get("toLabel").asString()) + ":"
                            + r.get("to").asString()
                            + (r.get("since").isNull()
                                    ? ""
                                    : " since " + r.get("since").asObject())));
        }
        return relationships;
    }

    private static Set<String> relationships(JsonNode document) {
        Set<String> relationships = new HashSet<>();
        if (document != null) {
            for (JsonNode r : document.get("relationships")) {
                JsonNode since = r.get("properties").get("since");
                relationships.add(r.get("type").asString() + " " + r.get("from").asString() + " "
                        + r.get("to").asString() + (since == null ? "" : " since " + since.asString()));
            }
        }
        return relationships;
    }

    private JsonNode parse(JsonNode text) {
        return text == null || text.isNull() ? null : json.readTree(text.asString());
    }

    private static String text(JsonNode value) {
        return value.isString() ? value.asString() : value.toString();
    }

    private static String pick(Random random, List<String> keys) {
        return keys.get(random.nextInt(keys.size()));
    }

    private static void ok(ClientGraphQlResponse response, String mutation) {
        assertThat(response.getErrors()).as(mutation).isEmpty();
        assertThat(response.field(mutation + ".errors").toEntityList(Map.class))
                .as(mutation)
                .isEmpty();
    }
}
