package dev.strata.backstage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.StrataIntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Backstage import through GraphQL over HTTP, from files and from a running Backstage (a catalog backend on
 * loopback), into an empty landscape (no demo), and the analytics on what it imported.
 */
class BackstageImportIT extends StrataIntegrationTest {

    private static FakeBackstage backstage;

    private static final String OUTCOME = """
            errors { code file line field message }
            summary { files documents entities mapped merged locations nativeDocuments skipped nodes relationships }
            warnings { category count message findings { file line field message } }
            documents { file line ref kind outcome nodes { kind key } detail }
            """;
    private static final String PLAN = """
            plan { hasChanges nodesAdded nodesChanged nodesRemoved edgesAdded edgesChanged edgesRemoved
                   nodes { action kind key sourceFile changes { field before after } } }
            """;

    @DynamicPropertySource
    static void backstage(DynamicPropertyRegistry registry) {
        try {
            backstage = FakeBackstage.serving(MusicCatalog.files());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("strata.demo.enabled", () -> false);
        registry.add("strata.backstage.url", backstage::url);
        registry.add("strata.backstage.token", () -> FakeBackstage.TOKEN);
        registry.add("strata.backstage.page-size", () -> 5);
    }

    @AfterAll
    static void stopBackstage() {
        backstage.close();
    }

    @BeforeEach
    void emptyLandscape() {
        cypher("MATCH (n) WHERE NOT n:StrataMeta AND NOT n:ApiToken AND NOT n:AuditEvent DETACH DELETE n");
        graphQl.document("mutation { refreshAnalytics { nodes } }").executeSync();
    }

    @Test
    void validateAccountsForEveryDocumentAndWritesNothing() {
        String before = fingerprint();
        ClientGraphQlResponse response =
                run("validateBackstageCatalog", "ValidateBackstageCatalogInput", Map.of("catalog", files()), OUTCOME);
        assertThat(response.field("validateBackstageCatalog.errors").toEntityList(Map.class))
                .isEmpty();
        Map<?, ?> summary = response.field("validateBackstageCatalog.summary").toEntity(Map.class);
        assertThat(summary.get("documents"))
                .isEqualTo(response.field("validateBackstageCatalog.documents")
                        .toEntityList(Map.class)
                        .size());
        assertThat((int) summary.get("mapped")
                        + (int) summary.get("merged")
                        + (int) summary.get("locations")
                        + (int) summary.get("nativeDocuments")
                        + (int) summary.get("skipped"))
                .isEqualTo(summary.get("documents"));
        assertThat(response.field("validateBackstageCatalog.warnings").toEntityList(Map.class))
                .extracting(w -> w.get("message"))
                .contains("2 entities of kinds Strata has no node for were skipped: Environment 1, Template 1");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void applyWritesTheCatalogWithDescriptorAndEntityRefOnEveryNodeAndApplyingAgainChangesNothing() {
        ClientGraphQlResponse first = run(
                "applyBackstageCatalog",
                "ChangeBackstageCatalogInput",
                Map.of("catalog", files()),
                OUTCOME + PLAN + " applied");
        assertThat(first.field("applyBackstageCatalog.errors").toEntityList(Map.class))
                .isEmpty();
        assertThat(first.field("applyBackstageCatalog.applied").toEntity(Boolean.class))
                .isTrue();
        int nodes = first.field("applyBackstageCatalog.summary.nodes").toEntity(Integer.class);
        assertThat(first.field("applyBackstageCatalog.plan.nodesAdded").toEntity(Integer.class))
                .isEqualTo(nodes);
        assertThat(count("MATCH (n) WHERE NOT n:StrataMeta AND NOT n:ApiToken AND NOT n:AuditEvent"
                        + " AND NOT n:LandscapeChange AND NOT n:LandscapeCheckpoint AND NOT n:LandscapeChunk"
                        + " RETURN count(n)"))
                .isEqualTo(nodes);
        assertThat(single("MATCH (c:Capability {key: 'tracks-db'}) RETURN c.entityRef + ' ' + c.sourceFile"))
                .isEqualTo("resource:default/tracks-db resources/resources.yaml");
        assertThat(single("MATCH (t:Team {entityRef: 'group:payments/team-c'}) RETURN t.key"))
                .matches("payments-team-c-[0-9a-f]{8}");
        assertThat(count("MATCH (n) WHERE (n:Team OR n:Platform OR n:Capability OR n:Consumer OR n:ValueStream)"
                        + " AND n.entityRef IS NULL AND NOT n.key ENDS WITH '-no-system' RETURN count(n)"))
                .isZero();

        ClientGraphQlResponse again = run(
                "applyBackstageCatalog",
                "ChangeBackstageCatalogInput",
                Map.of("catalog", files()),
                OUTCOME + PLAN + " applied");
        assertThat(again.field("applyBackstageCatalog.plan.hasChanges").toEntity(Boolean.class))
                .isFalse();
    }

    @Test
    void theAnalyticsMakeSenseAfterTheImport() {
        apply(Map.of("catalog", files()));
        ClientGraphQlResponse risks = graphQl.document("""
                { structuralRisks { unowned { kind key reason } unplacedPlatforms { platform { key name } owner { key } reason } } }
                """).executeSync();
        // every API, resource and capability component is owned, through its platform
        assertThat(risks.field("structuralRisks.unowned").toEntityList(Map.class))
                .isEmpty();
        // the gaps of the catalog are findings: systems without a layer, entities outside any system
        assertThat(risks.field("structuralRisks.unplacedPlatforms").toEntityList(Map.class))
                .extracting(
                        p -> ((Map<?, ?>) p.get("platform")).get("key") + " " + ((Map<?, ?>) p.get("owner")).get("key"))
                .containsExactly("discovery-no-system discovery", "records discovery", "streaming-no-system streaming");

        // the database has a real blast radius: what depends on it and the tier-1 web player consuming it
        ClientGraphQlResponse blast = graphQl.document("""
                { blastRadius(input: {targets: [{kind: CAPABILITY, key: "tracks-db"}], first: 100}) {
                    totalCount tier1Consumers items { kind key depth } } }
                """).executeSync();
        assertThat(blast.field("blastRadius.items").toEntityList(Map.class))
                .extracting(i -> i.get("kind") + ":" + i.get("key"))
                .contains(
                        "CAPABILITY:track-store",
                        "CAPABILITY:stream-engine",
                        "CAPABILITY:stream-api",
                        "CONSUMER:player-web",
                        "PLATFORM:media",
                        "TEAM:streaming");
        assertThat(blast.field("blastRadius.tier1Consumers").toEntity(Integer.class))
                .isEqualTo(1);

        // components' dependencies form chains
        ClientGraphQlResponse chains = graphQl.document("""
                { dependencyChains(kind: CONSUMER, key: "player-web") { longest { capabilities hops } } }
                """).executeSync();
        assertThat(chains.field("dependencyChains.longest.capabilities").toEntityList(String.class))
                .containsExactly("stream-api", "stream-engine", "track-store", "tracks-db");

        // a team's load reflects the APIs it provides
        ClientGraphQlResponse load = graphQl.document("""
                { cognitiveLoad { teamKey platforms capabilities consumers index } }
                """).executeSync();
        Map<String, Map<String, Object>> byTeam = new LinkedHashMap<>();
        for (Map<?, ?> team : load.field("cognitiveLoad").toEntityList(Map.class)) {
            Map<String, Object> values = new LinkedHashMap<>();
            team.forEach((k, v) -> values.put(String.valueOf(k), v));
            byTeam.put((String) team.get("teamKey"), values);
        }
        assertThat(byTeam.get("streaming")).containsEntry("platforms", 2).containsEntry("capabilities", 6);
        assertThat(byTeam.get("discovery")).containsEntry("platforms", 2).containsEntry("capabilities", 4);
        assertThat(((Number) byTeam.get("streaming").get("index")).doubleValue())
                .isGreaterThan(((Number) byTeam.get("engineering").get("index")).doubleValue());
        assertThat(byTeam.get("engineering")).containsEntry("capabilities", 0);
    }

    @Test
    void fromARunningBackstageTheSameCatalogPlansTheSameNodesLocatedAtTheirDescriptors() {
        // the layer of the media system is a native document the REST API does not serve: it is in the graph
        cypher("CREATE (:Layer {key: 'delivery', name: 'Delivery', rank: 3, crossCutting: false})");
        ClientGraphQlResponse fromFiles = run(
                "planBackstageCatalog",
                "ChangeBackstageCatalogInput",
                Map.of("catalog", Map.of("files", files().get("files"), "roots", List.of("catalog-info.yaml"))),
                OUTCOME + PLAN);
        assertThat(fromFiles.field("planBackstageCatalog.errors").toEntityList(Map.class))
                .isEmpty();
        ClientGraphQlResponse fromBackstage = run(
                "planBackstageCatalog",
                "ChangeBackstageCatalogInput",
                Map.of("catalog", Map.of("fromBackstage", true)),
                OUTCOME + PLAN);
        assertThat(fromBackstage.field("planBackstageCatalog.errors").toEntityList(Map.class))
                .isEmpty();
        assertThat(keys(fromBackstage)).isEqualTo(keys(fromFiles));
        assertThat(fromBackstage.field("planBackstageCatalog.plan.nodes").toEntityList(Map.class))
                .filteredOn(n -> "media".equals(n.get("key")))
                .singleElement()
                .satisfies(n -> assertThat(n.get("sourceFile"))
                        .isEqualTo("url:https://git.example.com/music/blob/main/systems/media.yaml"));
        // five entities a page
        assertThat(backstage.queries().size()).isGreaterThanOrEqualTo((backstage.entityCount() + 4) / 5);

        ClientGraphQlResponse applied = run(
                "applyBackstageCatalog",
                "ChangeBackstageCatalogInput",
                Map.of("catalog", Map.of("fromBackstage", true)),
                OUTCOME + " applied");
        assertThat(applied.field("applyBackstageCatalog.applied").toEntity(Boolean.class))
                .isTrue();
        assertThat(single("MATCH (p:Platform {key: 'media'})-[:IN_LAYER]->(l:Layer) RETURN l.key"))
                .isEqualTo("delivery");
    }

    @Test
    void problemsStopTheImportAtTheirDescriptorsLineAndNothingIsWritten() {
        String before = fingerprint();
        List<Map<String, String>> files = new ArrayList<>(fileList());
        files.add(Map.of("path", "extra.yaml", "content", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: extra
                  annotations:
                    strata.dev/kind: platform
                spec: {type: service, lifecycle: production, owner: discovery}
                """));
        ClientGraphQlResponse response = run(
                "applyBackstageCatalog",
                "ChangeBackstageCatalogInput",
                Map.of("catalog", Map.of("files", files)),
                OUTCOME + " applied");
        assertThat(response.field("applyBackstageCatalog.applied").toEntity(Boolean.class))
                .isFalse();
        assertThat(response.field("applyBackstageCatalog.errors").toEntityList(Map.class))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e)
                            .containsEntry("code", "INVALID_VALUE")
                            .containsEntry("file", "extra.yaml")
                            .containsEntry("line", 6)
                            .containsEntry("field", "metadata.annotations.strata.dev/kind");
                });
        assertThat(fingerprint()).isEqualTo(before);

        // a layer named by an annotation must exist in the files or the graph
        ClientGraphQlResponse dangling = run(
                "validateBackstageCatalog",
                "ValidateBackstageCatalogInput",
                Map.of("catalog", Map.of("files", fileList(), "roots", List.of("catalog-info.yaml"))),
                OUTCOME);
        assertThat(dangling.field("validateBackstageCatalog.errors").toEntityList(Map.class))
                .singleElement()
                .satisfies(e -> assertThat(e)
                        .containsEntry("code", "DANGLING_REFERENCE")
                        .containsEntry("file", "systems/media.yaml")
                        .containsEntry("line", 7));

        ClientGraphQlResponse both = run(
                "validateBackstageCatalog",
                "ValidateBackstageCatalogInput",
                Map.of("catalog", Map.of("files", fileList(), "fromBackstage", true)),
                OUTCOME);
        assertThat(both.field("validateBackstageCatalog.errors").toEntityList(Map.class))
                .singleElement()
                .satisfies(e -> assertThat(e)
                        .containsEntry("code", "INVALID_VALUE")
                        .containsEntry("message", "give the catalog as files or fromBackstage: true, not both"));
    }

    private void apply(Map<String, Object> input) {
        ClientGraphQlResponse response =
                run("applyBackstageCatalog", "ChangeBackstageCatalogInput", input, OUTCOME + " applied");
        assertThat(response.field("applyBackstageCatalog.errors").toEntityList(Map.class))
                .isEmpty();
        assertThat(response.field("applyBackstageCatalog.applied").toEntity(Boolean.class))
                .isTrue();
    }

    private static List<String> keys(ClientGraphQlResponse plan) {
        return plan.field("planBackstageCatalog.plan.nodes").toEntityList(Map.class).stream()
                .map(n -> n.get("kind") + ":" + n.get("key"))
                .sorted()
                .toList();
    }

    private ClientGraphQlResponse run(String mutation, String inputType, Map<String, Object> input, String selection) {
        return graphQl.document("mutation($input: " + inputType + "!) { " + mutation + "(input: $input) { " + selection
                        + " } }")
                .variable("input", input)
                .executeSync();
    }

    private static Map<String, Object> files() {
        return Map.of("files", fileList());
    }

    private static List<Map<String, String>> fileList() {
        return MusicCatalog.files().entrySet().stream()
                .map(e -> Map.of("path", e.getKey(), "content", e.getValue()))
                .toList();
    }
}
