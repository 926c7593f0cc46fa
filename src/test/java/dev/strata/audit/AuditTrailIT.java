package dev.strata.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.StrataIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

/** Every change is recorded with who, when, how and before/after; refusals are not; the trail is queryable. */
class AuditTrailIT extends StrataIntegrationTest {

    private static final String EVENTS = """
            query($filter: AuditFilter) { auditEvents(first: 50, filter: $filter) { totalCount
                nodes { actor via operation entityKind entityKey input before after at } } }
            """;

    @Test
    void aChangeIsRecordedWithActorPathAndBeforeAndAfterOfPropertiesAndEdges() {
        cypher("MATCH (e:AuditEvent) WHERE e.entityKey STARTS WITH 't-' DETACH DELETE e");
        HttpSyncGraphQlClient cli =
                graphQl.mutate().header("X-Strata-Client", "cli").build();
        cli.document(
                        "mutation { createValueStream(input: {key: \"t-audit\", name: \"Before\", kind: BUSINESS}) { errors { message } } }")
                .executeSync();
        graphQl.document(
                        "mutation { updateValueStream(input: {key: \"t-audit\", name: \"After\"}) { errors { message } } }")
                .executeSync();
        graphQl.document("mutation { updateValueStream(input: {key: \"t-audit\", name: \"\"}) { errors { message } } }")
                .executeSync();

        List<Map> events = graphQl.document(EVENTS)
                .variable("filter", Map.of("entityKey", "t-audit"))
                .executeSync()
                .field("auditEvents.nodes")
                .toEntityList(Map.class);
        assertThat(events)
                .extracting(e -> e.get("operation"))
                .containsExactly("updateValueStream", "createValueStream");
        Map update = events.getFirst();
        assertThat(update)
                .containsEntry("actor", "bootstrap-admin")
                .containsEntry("via", "graphql")
                .containsEntry("entityKind", "ValueStream");
        assertThat((String) update.get("before")).contains("\"name\":\"Before\"");
        assertThat((String) update.get("after")).contains("\"name\":\"After\"");
        Map create = events.getLast();
        assertThat(create).containsEntry("via", "graphql/cli");
        assertThat(create.get("before")).isNull();
        assertThat((String) create.get("input")).contains("t-audit");
    }

    @Test
    void edgeChangesAppearInBeforeAndAfterAndTheTrailFiltersByActorAndTime() {
        String capability = single(
                "MATCH (c:Capability) WHERE NOT (c)-[:DEPENDS_ON]->(:Capability {key: 'object-storage'}) AND c.key <> 'object-storage' RETURN c.key ORDER BY c.key LIMIT 1");
        String from = single("RETURN toString(datetime())");
        ClientGraphQlResponse added = graphQl.document("mutation { addDependency(input: {capabilityKey: \"" + capability
                        + "\", dependsOnKey: \"object-storage\"}) { errors { message } } }")
                .executeSync();
        assertThat(added.field("addDependency.errors").toEntityList(Map.class)).isEmpty();
        graphQl.document("mutation { removeDependency(input: {capabilityKey: \"" + capability
                        + "\", dependsOnKey: \"object-storage\"}) { errors { message } } }")
                .executeSync();
        List<Map> events = graphQl.document(EVENTS)
                .variable("filter", Map.of("actor", "bootstrap-admin", "from", from))
                .executeSync()
                .field("auditEvents.nodes")
                .toEntityList(Map.class);
        assertThat(events).extracting(e -> e.get("operation")).containsExactly("removeDependency", "addDependency");
        assertThat((String) events.getLast().get("before")).doesNotContain("\"to\":\"CAPABILITY:object-storage\"");
        assertThat((String) events.getLast().get("after"))
                .contains("\"to\":\"CAPABILITY:object-storage\"", "\"type\":\"DEPENDS_ON\"");
        assertThat(graphQl.document(EVENTS)
                        .variable("filter", Map.of("actor", "nobody"))
                        .executeSync()
                        .field("auditEvents.totalCount")
                        .toEntity(Integer.class))
                .isZero();
    }

    @Test
    void tokenChangesAreRecordedWithoutTheSecret() {
        ClientGraphQlResponse created = graphQl.document("""
                mutation { createApiToken(input: {name: "t-audit-token", role: VIEWER}) { secret apiToken { id } errors { message } } }
                """).executeSync();
        String id = created.field("createApiToken.apiToken.id").toEntity(String.class);
        String secret = created.field("createApiToken.secret").toEntity(String.class);
        graphQl.document("mutation { revokeApiToken(input: {id: \"" + id + "\"}) { errors { message } } }")
                .executeSync();
        graphQl.document("mutation { revokeApiToken(input: {id: \"" + id + "\"}) { errors { message } } }")
                .executeSync();

        List<Map> events = graphQl.document(EVENTS)
                .variable("filter", Map.of("entityKey", id))
                .executeSync()
                .field("auditEvents.nodes")
                .toEntityList(Map.class);
        assertThat(events)
                .extracting(e -> e.get("operation"))
                .as("a second revoke changes nothing and is not recorded")
                .containsExactly("revokeApiToken", "createApiToken");
        assertThat(events)
                .allSatisfy(
                        e -> assertThat(e.toString()).doesNotContain(secret.substring(secret.lastIndexOf('_') + 1)));
        assertThat((String) events.getLast().get("after")).contains("\"role\":\"VIEWER\"", "\"revoked\":false");
        assertThat((String) events.getFirst().get("after")).contains("\"revoked\":true");
        assertThat(events.getFirst()).containsEntry("entityKind", "ApiToken").containsEntry("actor", "bootstrap-admin");
    }

    @Test
    void noMutationCanChangeTheTrail() {
        assertThat(graphQl.document("{ __schema { mutationType { fields { name } } } }")
                        .executeSync()
                        .field("__schema.mutationType.fields")
                        .toEntityList(Map.class))
                .extracting(f -> ((String) f.get("name")).toLowerCase())
                .noneMatch(name -> name.contains("audit"));
    }
}
