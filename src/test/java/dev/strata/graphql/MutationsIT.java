package dev.strata.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.StrataIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

/** Changing the landscape through GraphQL mutations over HTTP: the happy paths, and typed refusals that write nothing. */
class MutationsIT extends StrataIntegrationTest {

    @AfterEach
    void removeTestData() {
        cleanUpTestData();
    }

    @Test
    void aWholeStackCanBeBuiltNavigatedAndTornDownThroughMutations() {
        ok(mutate("createValueStream", "{key: \"t-vs\", name: \"Test stream\", kind: ENABLING}"), "createValueStream");
        ok(
                mutate(
                        "createTeam",
                        "{key: \"t-team\", name: \"Test team\", type: PLATFORM, size: 4, valueStreamKey: \"t-vs\"}"),
                "createTeam");
        ok(mutate("createTeam", "{key: \"t-users\", name: \"Users\", type: STREAM_ALIGNED, size: 7}"), "createTeam");
        ok(mutate("createLayer", "{key: \"t-layer\", name: \"Test layer\", rank: 42}"), "createLayer");
        ok(
                mutate(
                        "createPlatform",
                        "{key: \"t-platform\", name: \"Test platform\", tier: 1, layerKey: \"t-layer\", ownerKey: \"t-team\"}"),
                "createPlatform");
        ok(
                mutate(
                        "createCapability",
                        "{key: \"t-base\", name: \"Base\", lifecycle: GA, gaDate: \"2024-01-15\", tier: 1, platformKey: \"t-platform\", sloTarget: 99.9}"),
                "createCapability");
        ok(
                mutate(
                        "createCapability",
                        "{key: \"t-top\", name: \"Top\", lifecycle: BETA, tier: 2, platformKey: \"t-platform\"}"),
                "createCapability");
        ok(mutate("addDependency", "{capabilityKey: \"t-top\", dependsOnKey: \"t-base\"}"), "addDependency");
        ok(
                mutate(
                        "createConsumer",
                        "{key: \"t-app\", name: \"App\", kind: AI_USE_CASE, tier: 1, ownerKey: \"t-users\"}"),
                "createConsumer");
        ok(
                mutate(
                        "addConsumption",
                        "{consumerKey: \"t-app\", capabilityKey: \"t-top\", since: \"2025-02-01\", mode: COLLABORATION}"),
                "addConsumption");

        ClientGraphQlResponse top = graphQl.document("""
                { capability(key: "t-top") { lifecycle platform { owner { key valueStream { key } } layer { rank } }
                    dependencies { key gaDate dependents { key } }
                    consumptions { since mode consumer { kind owner { key } } } } }
                """).executeSync();
        assertThat(top.field("capability.platform.owner.valueStream.key").toEntity(String.class))
                .isEqualTo("t-vs");
        assertThat(top.field("capability.platform.layer.rank").toEntity(Integer.class))
                .isEqualTo(42);
        assertThat(top.field("capability.dependencies[0].gaDate").toEntity(String.class))
                .isEqualTo("2024-01-15");
        assertThat(top.field("capability.dependencies[0].dependents[0].key").toEntity(String.class))
                .isEqualTo("t-top");
        assertThat(top.field("capability.consumptions[0].since").toEntity(String.class))
                .isEqualTo("2025-02-01");
        assertThat(top.field("capability.consumptions[0].mode").toEntity(String.class))
                .isEqualTo("COLLABORATION");
        assertThat(top.field("capability.consumptions[0].consumer.owner.key").toEntity(String.class))
                .isEqualTo("t-users");

        ok(
                mutate("updateCapability", "{key: \"t-top\", lifecycle: DEPRECATED, platformKey: \"\"}"),
                "updateCapability");
        assertThat(
                        count(
                                "MATCH (:Platform)-[:PROVIDES]->(:Capability {key: 't-top', lifecycle: 'DEPRECATED'}) RETURN count(*)"))
                .isZero();
        ok(mutate("updateTeam", "{key: \"t-team\", size: 6, valueStreamKey: \"\"}"), "updateTeam");
        assertThat(count("MATCH (t:Team {key: 't-team', size: 6}) WHERE NOT (t)-[:ALIGNED_TO]->() RETURN count(t)"))
                .isOne();
        ok(mutate("updatePlatform", "{key: \"t-platform\", ownerKey: \"t-users\", tier: 2}"), "updatePlatform");
        assertThat(
                        count(
                                "MATCH (:Team {key: 't-users'})-[:OWNS]->(p:Platform {key: 't-platform', tier: 2}) RETURN count(p)"))
                .isOne();
        assertThat(count("MATCH (:Team {key: 't-team'})-[:OWNS]->(:Platform {key: 't-platform'}) RETURN count(*)"))
                .isZero();
        ok(mutate("updateConsumer", "{key: \"t-app\", ownerKey: \"t-team\", tier: 2}"), "updateConsumer");
        ok(mutate("updateLayer", "{key: \"t-layer\", rank: 0}"), "updateLayer");
        assertThat(count("MATCH (l:Layer {key: 't-layer', crossCutting: true}) WHERE l.rank IS NULL RETURN count(l)"))
                .isOne();
        ok(mutate("updateValueStream", "{key: \"t-vs\", description: \"new\"}"), "updateValueStream");

        ok(mutate("removeConsumption", "{consumerKey: \"t-app\", capabilityKey: \"t-top\"}"), "removeConsumption");
        ok(mutate("removeDependency", "{capabilityKey: \"t-top\", dependsOnKey: \"t-base\"}"), "removeDependency");
        assertThat(count("MATCH (:Capability {key: 't-top'})-[r]-() RETURN count(r)"))
                .isZero();
        for (String[] delete : List.of(
                new String[] {"deleteConsumer", "t-app"},
                new String[] {"deleteCapability", "t-top"},
                new String[] {"deleteCapability", "t-base"},
                new String[] {"deletePlatform", "t-platform"},
                new String[] {"deleteLayer", "t-layer"},
                new String[] {"deleteTeam", "t-team"},
                new String[] {"deleteTeam", "t-users"},
                new String[] {"deleteValueStream", "t-vs"})) {
            ClientGraphQlResponse response = graphQl.document("mutation { " + delete[0] + "(input: {key: \"" + delete[1]
                            + "\"}) { deletedKey errors { code message } } }")
                    .executeSync();
            assertThat(response.field(delete[0] + ".errors").toEntityList(Map.class))
                    .as(delete[0])
                    .isEmpty();
            assertThat(response.field(delete[0] + ".deletedKey").toEntity(String.class))
                    .isEqualTo(delete[1]);
        }
        assertThat(count("MATCH (n) WHERE n.key STARTS WITH 't-' RETURN count(n)"))
                .isZero();
    }

    @Test
    void unknownReferencesAreRefusedWithAllErrorsAtOnceAndNothingWritten() {
        String before = fingerprint();
        ClientGraphQlResponse response = mutate(
                "createPlatform",
                "{key: \"t-p\", name: \"P\", tier: 7, layerKey: \"no-such-layer\", ownerKey: \"no-such-team\"}");
        assertThat(errors(response, "createPlatform"))
                .containsExactlyInAnyOrder(
                        "INVALID_VALUE input.tier must be between 1 and 3, was 7",
                        "NOT_FOUND input.layerKey no layer with key 'no-such-layer'",
                        "NOT_FOUND input.ownerKey no team with key 'no-such-team'");
        assertThat((Object) response.field("createPlatform.platform").getValue())
                .isNull();
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aCapabilityCannotDependOnItself() {
        String capability = anyKey("Capability");
        String before = fingerprint();
        assertThat(errors(
                        mutate(
                                "addDependency",
                                "{capabilityKey: \"" + capability + "\", dependsOnKey: \"" + capability + "\"}"),
                        "addDependency"))
                .containsExactly(
                        "SELF_DEPENDENCY input.dependsOnKey capability '" + capability + "' cannot depend on itself");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aTeamThatStillOwnsThingsCannotBeDeleted() {
        String owner = single("MATCH (t:Team)-[:OWNS]->(:Platform) RETURN t.key ORDER BY t.key LIMIT 1");
        String before = fingerprint();
        ClientGraphQlResponse response = graphQl.document("mutation { deleteTeam(input: {key: \"" + owner
                        + "\"}) { deletedKey errors { code field message } } }")
                .executeSync();
        assertThat((Object) response.field("deleteTeam.deletedKey").getValue()).isNull();
        assertThat(response.field("deleteTeam.errors[0].code").toEntity(String.class))
                .isEqualTo("STILL_REFERENCED");
        assertThat(response.field("deleteTeam.errors[0].message").toEntity(String.class))
                .contains(owner, "still owns");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void duplicateKeysAndMalformedValuesAreRefused() {
        String team = anyKey("Team");
        String before = fingerprint();
        assertThat(errors(
                        mutate("createTeam", "{key: \"" + team + "\", name: \"\", type: ENABLING, size: 0}"),
                        "createTeam"))
                .containsExactlyInAnyOrder(
                        "DUPLICATE_KEY input.key a team with key '" + team + "' already exists",
                        "INVALID_VALUE input.name a name must be 1 to 200 printable characters",
                        "INVALID_VALUE input.size must be between 1 and 1000, was 0");
        assertThat(errors(mutate("createLayer", "{key: \"Bad Key!\", name: \"x\"}"), "createLayer"))
                .hasSize(1)
                .first()
                .asString()
                .startsWith("INVALID_VALUE input.key 'Bad Key!' is not a valid key");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void anInvalidEnumValueIsRejectedByTheSchemaNamingTheAllowedValuesAndNothingIsWritten() {
        String before = fingerprint();
        ClientGraphQlResponse response = mutate("createTeam", "{key: \"t-x\", name: \"X\", type: SQUAD, size: 3}");
        assertThat(response.isValid()).isFalse();
        assertThat(response.getErrors())
                .singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains("TeamType", "SQUAD"));
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void deletingSomethingThatDoesNotExistSaysSo() {
        ClientGraphQlResponse response = graphQl.document(
                        "mutation { deleteCapability(input: {key: \"t-missing\"}) { deletedKey errors { code field message } } }")
                .executeSync();
        assertThat(response.field("deleteCapability.errors[0].code").toEntity(String.class))
                .isEqualTo("NOT_FOUND");
        assertThat(response.field("deleteCapability.errors[0].field").toEntityList(String.class))
                .containsExactly("input", "key");
    }

    @Test
    void cypherFragmentsInNamesAreStoredLiterally() {
        String hostile = "x'}) MATCH (n) DETACH DELETE n //";
        long before = count("MATCH (n:ValueStream) RETURN count(n)");
        ClientGraphQlResponse response =
                graphQl.document("""
                mutation($name: String!) { createValueStream(input: {key: "t-hostile", name: $name, kind: BUSINESS}) {
                    valueStream { name } errors { message } } }
                """).variable("name", hostile).executeSync();
        assertThat(response.field("createValueStream.valueStream.name").toEntity(String.class))
                .isEqualTo(hostile);
        assertThat(count("MATCH (n:ValueStream) RETURN count(n)")).isEqualTo(before + 1);
    }

    private ClientGraphQlResponse mutate(String mutation, String input) {
        return graphQl.document("mutation { " + mutation + "(input: " + input + ") { errors { code field message } } }")
                .executeSync();
    }

    private static void ok(ClientGraphQlResponse response, String mutation) {
        assertThat(response.getErrors()).as(mutation).isEmpty();
        assertThat(response.field(mutation + ".errors").toEntityList(Map.class))
                .as(mutation)
                .isEmpty();
    }

    private static List<String> errors(ClientGraphQlResponse response, String mutation) {
        return response.field(mutation + ".errors").toEntityList(Map.class).stream()
                .map(e ->
                        e.get("code") + " " + String.join(".", (List<String>) e.get("field")) + " " + e.get("message"))
                .toList();
    }

    private String anyKey(String label) {
        return single("MATCH (n:" + label + ") RETURN n.key ORDER BY n.key LIMIT 1");
    }
}
