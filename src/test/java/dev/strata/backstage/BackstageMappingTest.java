package dev.strata.backstage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.backstage.DocumentOutcome.Outcome;
import dev.strata.backstage.Finding.Category;
import dev.strata.model.EdgeType;
import dev.strata.model.Landscape;
import dev.strata.model.Landscape.EdgeId;
import dev.strata.model.NodeRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One test per row of the mapping table in {@code src/docs/backstage.md}, on the test catalog {@link MusicCatalog}
 * read as a folder: what each kind and relation becomes, and that nothing is dropped without a finding.
 */
class BackstageMappingTest {

    private static final BackstageImport IMPORT = MusicCatalog.folder();
    private static final Landscape LANDSCAPE = IMPORT.declaration().declared();

    @Test
    void theCatalogImportsAsItIsWithoutProblems() {
        assertThat(IMPORT.declaration().problems()).isEmpty();
        assertThat(IMPORT.declaration().problemsResolvingAgainst(java.util.Set.of()))
                .isEmpty();
    }

    @Test
    void groupsBecomeTeamsSizedByTheirMembersOrByThePeopleBelowThem() {
        assertThat(node(NodeRef.team("streaming")))
                .containsEntry("name", "Streaming Team")
                .containsEntry("type", "PLATFORM") // strata.dev/team-type
                .containsEntry("size", 3L) // ada and bob by memberOf, carol by the group's spec.members
                .containsEntry("entityRef", "group:default/streaming")
                .containsEntry("sourceFile", "org/streaming.yaml");
        assertThat(node(NodeRef.team("discovery")))
                .containsEntry("type", "STREAM_ALIGNED")
                .containsEntry("size", 2L);
        // a department and an organisation have no members of their own: the distinct people below them
        assertThat(node(NodeRef.team("engineering"))).containsEntry("size", 4L);
        assertThat(node(NodeRef.team("acme-music"))).containsEntry("size", 4L).containsEntry("name", "ACME Music");
        assertThat(outcome("group:default/streaming").outcome()).isEqualTo(Outcome.MAPPED);
    }

    @Test
    void theGroupHierarchyAndGroupTypesAreLabelsOnTheTeams() {
        assertThat(node(NodeRef.team("streaming")).get("labels"))
                .isEqualTo(List.of("backstage.io/parent=engineering", "backstage.io/type=team"));
        assertThat(node(NodeRef.team("engineering")).get("labels"))
                .isEqualTo(List.of("backstage.io/parent=acme-music", "backstage.io/type=department"));
        assertThat(node(NodeRef.team("acme-music")).get("labels")).isEqualTo(List.of("backstage.io/type=organization"));
    }

    @Test
    void usersAreCountedInTheirTeamsAndAUserOwnerStandsForTheirGroup() {
        assertThat(outcome("user:default/bob").outcome()).isEqualTo(Outcome.MERGED);
        assertThat(outcome("user:default/bob").nodes())
                .containsExactly(NodeRef.team("discovery"), NodeRef.team("streaming"));
        assertThat(outcome("user:default/loner").outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(outcome("user:default/loner").detail()).contains("member of no group");
        // legacy-feed is owned by user:bob, a member of discovery (first) and streaming
        assertThat(edge(EdgeType.PROVIDES, NodeRef.platform("discovery-no-system"), NodeRef.capability("legacy-feed")))
                .isTrue();
        assertThat(findings(Category.AMBIGUOUS))
                .anySatisfy(
                        f -> assertThat(f.message()).contains("api:default/legacy-feed is owned by user:default/bob"));
        // the domain catalogue is owned by user:ada, so her team streaming is aligned to it
        assertThat(edge(EdgeType.ALIGNED_TO, NodeRef.team("streaming"), NodeRef.valueStream("catalogue")))
                .isTrue();
    }

    @Test
    void domainsBecomeValueStreamsAndTeamsAreAlignedThroughWhatTheyOwn() {
        assertThat(outcome("domain:default/catalogue").nodes()).containsExactly(NodeRef.valueStream("catalogue"));
        assertThat(node(NodeRef.valueStream("catalogue")))
                .containsEntry("name", "Music catalogue")
                .containsEntry("kind", "BUSINESS")
                .containsEntry(
                        "labels", List.of("backstage.io/subdomain-of=listening", "backstage.io/type=product-group"));
        // owning the domain (acme-music), owning a system of the domain (discovery owns records), the parent's
        // (engineering)
        assertThat(edge(EdgeType.ALIGNED_TO, NodeRef.team("acme-music"), NodeRef.valueStream("listening")))
                .isTrue();
        assertThat(edge(EdgeType.ALIGNED_TO, NodeRef.team("discovery"), NodeRef.valueStream("listening")))
                .isTrue();
        assertThat(edge(EdgeType.ALIGNED_TO, NodeRef.team("engineering"), NodeRef.valueStream("listening")))
                .isTrue();
        assertThat(LANDSCAPE
                        .edges()
                        .get(new EdgeId(
                                EdgeType.ALIGNED_TO, NodeRef.team("discovery"), NodeRef.valueStream("listening")))
                        .properties())
                .containsEntry("sourceFile", "systems/records.yaml");
    }

    @Test
    void systemsBecomePlatformsOwnedAndLayeredWithUnassignedAsTheDefaultLayer() {
        assertThat(node(NodeRef.platform("media")))
                .containsEntry("tier", 1L) // strata.dev/tier: T1
                .containsEntry("labels", List.of("backstage.io/domain=catalogue", "backstage.io/type=platform"));
        assertThat(edge(EdgeType.OWNS, NodeRef.team("streaming"), NodeRef.platform("media")))
                .isTrue();
        assertThat(edge(EdgeType.IN_LAYER, NodeRef.platform("media"), NodeRef.layer("delivery")))
                .isTrue();
        assertThat(node(NodeRef.platform("records"))).containsEntry("tier", 3L); // spec.tier: tier-3
        assertThat(edge(EdgeType.IN_LAYER, NodeRef.platform("records"), NodeRef.layer("unassigned")))
                .isTrue();
        assertThat(node(NodeRef.layer("unassigned")))
                .containsEntry("crossCutting", true)
                .containsEntry("sourceFile", CatalogMapping.DEFAULTS_FILE);
        assertThat(findings(Category.DEFAULTED))
                .anySatisfy(
                        f -> assertThat(f.message())
                                .isEqualTo(
                                        "system:default/records has no strata.dev/layer: its platform is in the layer 'unassigned'"));
    }

    @Test
    void apisBecomeCapabilitiesOfTheirSystemOfTheirProvidersSystemOrOfTheirOwnersPlatform() {
        assertThat(node(NodeRef.capability("stream-api")))
                .containsEntry("lifecycle", "GA")
                .containsEntry("category", "grpc")
                .containsEntry("entityRef", "api:default/stream-api");
        assertThat(edge(EdgeType.PROVIDES, NodeRef.platform("media"), NodeRef.capability("stream-api")))
                .isTrue();
        // no system of its own: the system of the component providing it
        assertThat(edge(EdgeType.PROVIDES, NodeRef.platform("records"), NodeRef.capability("lyrics-api")))
                .isTrue();
        assertThat(node(NodeRef.capability("lyrics-api"))).containsEntry("lifecycle", "BETA");
        // no system anywhere: the platform of what its owner owns outside any system, owned by that team
        assertThat(edge(EdgeType.PROVIDES, NodeRef.platform("streaming-no-system"), NodeRef.capability("search-api")))
                .isTrue();
        assertThat(edge(EdgeType.OWNS, NodeRef.team("streaming"), NodeRef.platform("streaming-no-system")))
                .isTrue();
        assertThat(edge(EdgeType.IN_LAYER, NodeRef.platform("streaming-no-system"), NodeRef.layer("unassigned")))
                .isTrue();
        assertThat(node(NodeRef.capability("legacy-feed"))).containsEntry("lifecycle", "DEPRECATED");
        // every capability is owned through its platform
        for (NodeRef capability : LANDSCAPE.nodes().keySet().stream()
                .filter(n -> n.kind() == dev.strata.model.NodeKind.CAPABILITY)
                .toList()) {
            NodeRef platform = LANDSCAPE.edges().keySet().stream()
                    .filter(e -> e.type() == EdgeType.PROVIDES && e.to().equals(capability))
                    .map(EdgeId::from)
                    .findFirst()
                    .orElseThrow();
            assertThat(LANDSCAPE.edges().keySet())
                    .as(capability + " is owned")
                    .anyMatch(e -> e.type() == EdgeType.OWNS && e.to().equals(platform));
        }
    }

    @Test
    void anApiOwnedByAnotherTeamThanItsSystemIsOwnedByTheSystemsTeamWithAFindingAndALabel() {
        assertThat(edge(EdgeType.PROVIDES, NodeRef.platform("media"), NodeRef.capability("charts-api")))
                .isTrue();
        assertThat(node(NodeRef.capability("charts-api")))
                .containsEntry("labels", List.of("backstage.io/owner=discovery"));
        assertThat(findings(Category.OWNER_DIFFERS)).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("apis/apis.yaml");
            assertThat(f.line()).isEqualTo(53);
            assertThat(f.field()).isEqualTo("spec.owner");
        });
    }

    @Test
    void resourcesBecomeCapabilitiesOfTheirSystemWithTheirTypeAsCategory() {
        assertThat(node(NodeRef.capability("tracks-db")))
                .containsEntry("category", "database")
                .containsEntry("lifecycle", "GA")
                .containsEntry("labels", List.of("engine=postgres"));
        assertThat(edge(EdgeType.PROVIDES, NodeRef.platform("media"), NodeRef.capability("tracks-db")))
                .isTrue();
        assertThat(edge(EdgeType.PROVIDES, NodeRef.platform("discovery-no-system"), NodeRef.capability("lyrics-cache")))
                .isTrue();
    }

    @Test
    void aComponentSomethingNeedsIsACapabilityOthersAreConsumersAndAnnotationsDecideFirst() {
        // consumed as component:track-store by player-web
        assertThat(outcome("component:default/track-store").nodes()).containsExactly(NodeRef.capability("track-store"));
        // a subcomponent is needed by its parent
        assertThat(outcome("component:default/search-indexer").nodes())
                .containsExactly(NodeRef.capability("search-indexer"));
        // strata.dev/kind: capability, though nothing names it
        assertThat(outcome("component:default/stream-engine").nodes())
                .containsExactly(NodeRef.capability("stream-engine"));
        // strata.dev/kind: consumer
        assertThat(outcome("component:default/nightly-report").nodes())
                .containsExactly(NodeRef.consumer("nightly-report"));
        assertThat(outcome("component:default/mobile-app").nodes()).containsExactly(NodeRef.consumer("mobile-app"));
        assertThat(node(NodeRef.capability("track-store")))
                .containsEntry("lifecycle", "GA")
                .containsEntry("category", "service");
    }

    @Test
    void aComponentProvidingApisIsRepresentedByThem() {
        assertThat(outcome("component:default/lyrics").outcome()).isEqualTo(Outcome.MERGED);
        assertThat(outcome("component:default/lyrics").nodes()).containsExactly(NodeRef.capability("lyrics-api"));
        assertThat(LANDSCAPE.nodes())
                .doesNotContainKey(NodeRef.capability("lyrics"))
                .doesNotContainKey(NodeRef.consumer("lyrics"));
        // its needs are its APIs' needs: search consumes lyrics-api, so search-api depends on lyrics-api
        assertThat(edge(EdgeType.DEPENDS_ON, NodeRef.capability("search-api"), NodeRef.capability("lyrics-api")))
                .isTrue();
        // a provider annotated as a capability stays a node, and its API needs it
        assertThat(edge(EdgeType.DEPENDS_ON, NodeRef.capability("stream-api"), NodeRef.capability("stream-engine")))
                .isTrue();
    }

    @Test
    void consumerComponentsAreOwnedAndKeepTheirSystemAndLifecycleAsLabels() {
        assertThat(node(NodeRef.consumer("player-web")))
                .containsEntry("name", "Web player")
                .containsEntry("kind", "APPLICATION")
                .containsEntry("tier", 1L)
                .containsEntry(
                        "labels",
                        List.of(
                                "backstage.io/lifecycle=production",
                                "backstage.io/system=media",
                                "backstage.io/type=website"));
        assertThat(node(NodeRef.consumer("payments-checkout"))).containsEntry("kind", "SERVICE");
        assertThat(edge(EdgeType.OWNS, NodeRef.team("streaming"), NodeRef.consumer("player-web")))
                .isTrue();
        // owned by user:ada, a member of streaming
        assertThat(edge(EdgeType.OWNS, NodeRef.team("streaming"), NodeRef.consumer("mobile-app")))
                .isTrue();
    }

    @Test
    void dependsOnIsADependencyBetweenCapabilitiesAndAConsumptionFromAConsumer() {
        assertThat(edge(EdgeType.DEPENDS_ON, NodeRef.capability("track-store"), NodeRef.capability("tracks-db")))
                .isTrue();
        assertThat(edge(EdgeType.DEPENDS_ON, NodeRef.capability("stream-engine"), NodeRef.capability("track-store")))
                .isTrue();
        assertThat(edge(EdgeType.CONSUMES, NodeRef.consumer("player-web"), NodeRef.capability("tracks-db")))
                .isTrue();
        assertThat(findings(Category.UNRESOLVED_REFERENCE)).anySatisfy(f -> {
            assertThat(f.message())
                    .isEqualTo("component:default/nightly-report spec.dependsOn[0] 'tracks-db' names"
                            + " no kind, and spec.dependsOn has no default kind: write kind:name");
            assertThat(f.line()).isEqualTo(55);
        });
        assertThat(findings(Category.UNMAPPABLE_RELATION))
                .anySatisfy(f -> assertThat(f.message())
                        .isEqualTo(
                                "component:default/mobile-app spec.dependsOn[0]: system:default/media is of the kind System; needs"
                                        + " are on capabilities (APIs, resources, components)"));
    }

    @Test
    void consumesApisIsAConsumptionWithTheAnnotatedInteractionMode() {
        assertThat(LANDSCAPE
                        .edges()
                        .get(new EdgeId(
                                EdgeType.CONSUMES, NodeRef.consumer("player-web"), NodeRef.capability("stream-api")))
                        .properties())
                .isEqualTo(Map.of("mode", "COLLABORATION", "sourceFile", "components/media.yaml"));
        assertThat(LANDSCAPE
                        .edges()
                        .get(new EdgeId(
                                EdgeType.CONSUMES, NodeRef.consumer("mobile-app"), NodeRef.capability("search-api")))
                        .properties())
                .containsEntry("mode", "X_AS_A_SERVICE");
        assertThat(edge(EdgeType.CONSUMES, NodeRef.consumer("player-web"), NodeRef.capability("track-store")))
                .isTrue();
        assertThat(findings(Category.UNRESOLVED_REFERENCE))
                .anySatisfy(
                        f -> assertThat(f.message())
                                .contains(
                                        "'api:does-not-exist' refers to api:default/does-not-exist, which the catalog does not hold"));
    }

    @Test
    void dependencyOfIsTheReverseDependency() {
        // lyrics-cache is a dependencyOf component:lyrics, which is represented by lyrics-api
        assertThat(LANDSCAPE
                        .edges()
                        .get(new EdgeId(
                                EdgeType.DEPENDS_ON,
                                NodeRef.capability("lyrics-api"),
                                NodeRef.capability("lyrics-cache")))
                        .properties())
                .containsEntry("sourceFile", "resources/resources.yaml");
    }

    @Test
    void aSubcomponentIsNeededByItsParentAndLivesOnItsParentsPlatform() {
        assertThat(edge(EdgeType.DEPENDS_ON, NodeRef.capability("search-api"), NodeRef.capability("search-indexer")))
                .isTrue();
        // search has no system; search-indexer's owner is discovery
        assertThat(edge(
                        EdgeType.PROVIDES,
                        NodeRef.platform("discovery-no-system"),
                        NodeRef.capability("search-indexer")))
                .isTrue();
    }

    @Test
    void kindsWithoutANodeAreSkippedWithOneWarningWithCounts() {
        Warning warning = warning(Category.UNSUPPORTED_KIND);
        assertThat(warning.message())
                .isEqualTo("2 entities of kinds Strata has no node for were skipped:" + " Environment 1, Template 1");
        assertThat(warning.findings())
                .extracting(Finding::file, Finding::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("templates.yaml", 1),
                        org.assertj.core.groups.Tuple.tuple("templates.yaml", 9));
        assertThat(outcome("template:default/new-service").outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(outcome("template:default/new-service").detail())
                .isEqualTo("Strata has no node for the kind Template");
    }

    @Test
    void specFieldsBackstageDoesNotDefineAreWarnedAbout() {
        assertThat(findings(Category.IGNORED_FIELD)).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("spec.consumedBy");
            assertThat(f.line()).isEqualTo(56);
        });
    }

    @Test
    void anMcpServerApiIsACapabilityAndItsRemotesAreAFieldBackstageDefines() throws java.io.IOException {
        // Backstage's example catalog has an API of type mcp-server: spec.remotes, no definition
        BackstageImport mcp = CatalogMapping.map(CatalogReader.read(
                new DirectorySource(java.nio.file.Path.of("src/test/resources/backstage/mcp")), List.of(""), null));
        assertThat(mcp.declaration().problems()).isEmpty();
        assertThat(mcp.declaration()
                        .declared()
                        .nodes()
                        .get(NodeRef.capability("catalog-tools"))
                        .properties())
                .containsEntry("category", "mcp-server")
                .containsEntry("lifecycle", "BETA");
        // remotes is defined (for mcp-server APIs) and not mapped, by design; a field Backstage does not define still
        // is
        assertThat(mcp.findings())
                .filteredOn(f -> f.category() == Category.IGNORED_FIELD)
                .extracting(Finding::file, Finding::line, Finding::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("catalog-info.yaml", 42, "spec.servers"));
    }

    @Test
    void tiersInTheUsualSpellingsAreReadAndOthersAreLocatedWarnings() {
        assertThat(node(NodeRef.capability("charts-api"))).containsEntry("tier", 2L);
        assertThat(findings(Category.INVALID_VALUE))
                .extracting(Finding::file, Finding::line, Finding::field)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("apis/apis.yaml", 55, "spec.tier"),
                        org.assertj.core.groups.Tuple.tuple("components/discovery.yaml", 41, "spec.tier"),
                        org.assertj.core.groups.Tuple.tuple("apis/apis.yaml", 52, "spec.lifecycle"));
    }

    @Test
    void keysAreShortWherePossibleAndNeverCollideAndTheFullRefStaysOnTheNode() {
        // group:payments-team/c and group:payments/team-c both read payments-team-c; the first (by ref) keeps it
        assertThat(outcome("group:payments-team/c").nodes()).containsExactly(NodeRef.team("payments-team-c"));
        NodeRef other = outcome("group:payments/team-c").nodes().getFirst();
        assertThat(other.key()).matches("payments-team-c-[0-9a-f]{8}");
        assertThat(node(other)).containsEntry("entityRef", "group:payments/team-c");
        assertThat(findings(Category.RENAMED))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .isEqualTo("group:payments/team-c is the team '" + other.key()
                                + "': its short key 'payments-team-c'" + " is taken"));
        // the namespace is part of the key, and a namespaced reference finds the right team
        assertThat(edge(EdgeType.OWNS, other, NodeRef.consumer("payments-checkout")))
                .isTrue();
        assertThat(outcome("user:payments/erin").nodes())
                .containsExactlyInAnyOrder(other, NodeRef.team("payments-team-c"));
    }

    @Test
    void everyDocumentIsAccountedForAndTheSameCatalogGivesTheSameAnswer() {
        BackstageImport.Summary summary = IMPORT.summary();
        assertThat(summary.documents()).isEqualTo(IMPORT.documents().size());
        assertThat(summary.mapped()
                        + summary.merged()
                        + summary.locations()
                        + summary.nativeDocuments()
                        + summary.skipped())
                .isEqualTo(summary.documents());
        // every entity the reader found has exactly one outcome
        assertThat(IMPORT.documents())
                .filteredOn(d -> d.ref() != null)
                .extracting(DocumentOutcome::ref)
                .doesNotHaveDuplicates()
                .hasSize(summary.entities() + summary.locations());
        try {
            List<String> read =
                    CatalogReader.read(new DirectorySource(MusicCatalog.DIRECTORY), List.of(""), null)
                            .entities()
                            .stream()
                            .map(e -> e.ref().toString())
                            .toList();
            assertThat(IMPORT.documents()).extracting(DocumentOutcome::ref).containsAll(read);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(IMPORT.documents())
                .filteredOn(d -> d.outcome() == Outcome.MAPPED)
                .allSatisfy(d -> assertThat(d.nodes())
                        .hasSize(1)
                        .allSatisfy(n -> assertThat(LANDSCAPE.nodes()).containsKey(n)));
        assertThat(IMPORT.documents())
                .filteredOn(d -> d.outcome() == Outcome.SKIPPED)
                .allSatisfy(d -> assertThat(d.detail()).isNotBlank());
        BackstageImport again = MusicCatalog.folder();
        assertThat(again.findings()).isEqualTo(IMPORT.findings());
        assertThat(again.documents()).isEqualTo(IMPORT.documents());
        assertThat(again.declaration().declared().nodes()).isEqualTo(LANDSCAPE.nodes());
        assertThat(again.declaration().declared().edges()).isEqualTo(LANDSCAPE.edges());
    }

    @Test
    void annotationsSayWhatBackstageCannot() throws java.io.IOException {
        BackstageImport imported = CatalogMapping.map(
                CatalogReader.read(CatalogSource.of(Map.of("catalog.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Domain
                metadata:
                  name: developer-experience
                  annotations: {strata.dev/value-stream-kind: ENABLING}
                spec: {owner: tooling}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Domain
                metadata: {name: payments}
                spec: {owner: tooling}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Group
                metadata:
                  name: tooling
                  annotations: {strata.dev/value-stream: payments, strata.dev/team-type: ENABLING}
                spec: {type: team, children: []}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: assistant
                  annotations: {strata.dev/consumer-kind: AI_USE_CASE, strata.dev/tier: tier-1}
                spec: {type: service, lifecycle: production, owner: tooling}
                """)), List.of(""), null));
        Landscape landscape = imported.declaration().declared();
        assertThat(imported.declaration().problemsResolvingAgainst(java.util.Set.of()))
                .isEmpty();
        assertThat(landscape
                        .nodes()
                        .get(NodeRef.valueStream("developer-experience"))
                        .properties())
                .containsEntry("kind", "ENABLING");
        assertThat(landscape.nodes().get(NodeRef.team("tooling")).properties()).containsEntry("type", "ENABLING");
        // the annotation wins over the domains the team owns
        assertThat(landscape.edges().keySet())
                .filteredOn(e -> e.type() == EdgeType.ALIGNED_TO)
                .containsExactly(
                        new EdgeId(EdgeType.ALIGNED_TO, NodeRef.team("tooling"), NodeRef.valueStream("payments")));
        assertThat(landscape.nodes().get(NodeRef.consumer("assistant")).properties())
                .containsEntry("kind", "AI_USE_CASE")
                .containsEntry("tier", 1L);
    }

    @Test
    void componentsSharingAnApiStayNodesOfTheirOwnAndTheApiNeedsThoseThatAreCapabilities() throws java.io.IOException {
        BackstageImport imported = CatalogMapping.map(
                CatalogReader.read(CatalogSource.of(Map.of("catalog.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Group
                metadata: {name: web-team}
                spec: {type: team, children: []}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: System
                metadata: {name: storefront}
                spec: {owner: web-team}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: System
                metadata: {name: backoffice}
                spec: {owner: web-team}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: API
                metadata: {name: orders}
                spec: {type: openapi, lifecycle: production, owner: web-team, definition: x}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: shop-web}
                spec: {type: website, lifecycle: production, owner: web-team, system: storefront, providesApis: [orders]}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: orders-service}
                spec: {type: service, lifecycle: production, owner: web-team, system: backoffice, providesApis: [orders]}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: admin}
                spec: {type: website, lifecycle: production, owner: web-team, dependsOn: [component:orders-service]}
                """)), List.of(""), null));
        Landscape landscape = imported.declaration().declared();
        assertThat(imported.documents())
                .filteredOn(d -> d.outcome() == Outcome.MERGED)
                .isEmpty();
        assertThat(landscape.nodes())
                .containsKeys(
                        NodeRef.consumer("shop-web"),
                        NodeRef.capability("orders-service"),
                        NodeRef.capability("orders"));
        // the API needs the provider that is a capability; its platform is the system of the first provider (in
        // catalog order: file, then line)
        assertThat(landscape.edges())
                .containsKeys(
                        new EdgeId(
                                EdgeType.DEPENDS_ON,
                                NodeRef.capability("orders"),
                                NodeRef.capability("orders-service")),
                        new EdgeId(EdgeType.PROVIDES, NodeRef.platform("storefront"), NodeRef.capability("orders")));
        assertThat(imported.findings())
                .filteredOn(f -> f.category() == Category.AMBIGUOUS)
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("provided by components of several systems"));
    }

    private static Map<String, Object> node(NodeRef id) {
        assertThat(LANDSCAPE.nodes()).containsKey(id);
        return LANDSCAPE.nodes().get(id).properties();
    }

    private static boolean edge(EdgeType type, NodeRef from, NodeRef to) {
        return LANDSCAPE.edges().containsKey(new EdgeId(type, from, to));
    }

    static DocumentOutcome outcome(String ref) {
        return IMPORT.documents().stream()
                .filter(d -> ref.equals(d.ref()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no document for " + ref));
    }

    private static List<Finding> findings(Category category) {
        return IMPORT.findings().stream().filter(f -> f.category() == category).toList();
    }

    private static Warning warning(Category category) {
        return IMPORT.warnings().stream()
                .filter(w -> w.category() == category)
                .findFirst()
                .orElseThrow();
    }
}
