package dev.strata.backstage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.strata.backstage.DocumentOutcome.Outcome;
import dev.strata.backstage.Finding.Category;
import dev.strata.ingest.Problem;
import dev.strata.ingest.Problem.Code;
import dev.strata.model.NodeRef;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading catalogs: folders, Locations (paths, globs, nested, URLs, missing targets), what is not an entity. */
class CatalogReaderTest {

    @Test
    void aLocationIsFollowedThroughGlobsAndNestedLocationsAndReadsOnlyWhatItTargets() {
        BackstageImport imported = MusicCatalog.map(List.of("catalog-info.yaml"));
        assertThat(imported.documents())
                .filteredOn(d -> d.outcome() == Outcome.FOLLOWED)
                .extracting(DocumentOutcome::ref)
                .containsExactly("location:default/music-catalog", "location:default/music-systems");
        // reached through ./org/*.yaml, ./systems/all.yaml -> ./media.yaml, ./components/*.yaml
        assertThat(imported.declaration().declared().nodes())
                .containsKeys(
                        NodeRef.team("streaming"),
                        NodeRef.team("payments-team-c"),
                        NodeRef.platform("media"),
                        NodeRef.platform("records"),
                        NodeRef.consumer("player-web"));
        // not targeted: the templates, the MkDocs configuration, the Helm template, the native layer
        assertThat(imported.documents())
                .extracting(DocumentOutcome::file)
                .doesNotContain("templates.yaml", "docs/mkdocs.yml", "docs/chart.yaml", "layers.yaml");
        // so the layer the media system names is left to the graph to hold
        assertThat(imported.declaration().problemsResolvingAgainst(java.util.Set.of()))
                .extracting(Problem::file, Problem::line, Problem::field, Problem::code)
                .containsExactly(tuple(
                        "systems/media.yaml", 7, "metadata.annotations.strata.dev/layer", Code.DANGLING_REFERENCE));
        assertThat(imported.declaration().problemsResolvingAgainst(java.util.Set.of(NodeRef.layer("delivery"))))
                .isEmpty();
    }

    @Test
    void urlTargetsAreReportedNotFetchedAndMissingTargetsAreWarnings() {
        BackstageImport imported = MusicCatalog.map(List.of("catalog-info.yaml"));
        assertThat(imported.findings())
                .filteredOn(f -> f.category() == Category.URL_TARGET)
                .extracting(Finding::file, Finding::line, Finding::field)
                .containsExactly(tuple("catalog-info.yaml", 15, "spec.targets[6]"));
        assertThat(imported.findings())
                .filteredOn(f -> f.category() == Category.MISSING_TARGET)
                .extracting(Finding::file, Finding::line, Finding::message)
                .containsExactly(tuple(
                        "catalog-info.yaml",
                        16,
                        "Location location:default/music-catalog target"
                                + " './retired-team.yaml' (retired-team.yaml) is not a file"));
    }

    @Test
    void aUrlTargetIsReadWhenFetchingIsOnAndItsOwnTargetsResolveAgainstTheUrl() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Location
                metadata: {name: root}
                spec:
                  targets: [http://127.0.0.1:1/catalog/all.yaml]
                """);
        Map<String, String> remote = Map.of(
                "http://127.0.0.1:1/catalog/all.yaml", """
                        apiVersion: backstage.io/v1alpha1
                        kind: Location
                        metadata: {name: remote}
                        spec: {targets: [./team.yaml]}
                        """,
                "http://127.0.0.1:1/catalog/team.yaml", """
                        apiVersion: backstage.io/v1alpha1
                        kind: Group
                        metadata: {name: remote-team}
                        spec: {type: team, children: []}
                        """);
        CatalogReader.Read read = CatalogReader.read(
                CatalogSource.of(files), List.of("catalog-info.yaml"), url -> Optional.ofNullable(remote.get(url)));
        assertThat(read.entities())
                .extracting(Entity::ref)
                .extracting(Object::toString)
                .containsExactly("group:default/remote-team");
        assertThat(read.entities().getFirst().file()).isEqualTo("http://127.0.0.1:1/catalog/team.yaml");
        assertThat(read.fetched())
                .containsOnlyKeys("http://127.0.0.1:1/catalog/all.yaml", "http://127.0.0.1:1/catalog/team.yaml");
        // the fetched files travel with the request: the server reads them from there, without fetching
        Map<String, String> withFetched = new LinkedHashMap<>(files);
        withFetched.putAll(read.fetched());
        CatalogReader.Read again =
                CatalogReader.read(CatalogSource.of(withFetched), List.of("catalog-info.yaml"), null);
        assertThat(again.entities()).extracting(Entity::file).containsExactly("http://127.0.0.1:1/catalog/team.yaml");
        assertThat(again.findings()).noneMatch(f -> f.category() == Category.URL_TARGET);
    }

    @Test
    void aFolderIsReadWholeAndWhatIsNotAnEntityIsSkippedWithTheReason() {
        BackstageImport imported = MusicCatalog.folder();
        assertThat(imported.documents())
                .filteredOn(d -> d.ref() == null)
                .extracting(DocumentOutcome::file, DocumentOutcome::outcome, DocumentOutcome::detail)
                .containsExactlyInAnyOrder(
                        tuple(
                                "apis/lyrics.oas.yaml",
                                Outcome.SKIPPED,
                                "an OpenAPI definition, not a catalog entity (APIs refer to it with $text)"),
                        tuple("docs/mkdocs.yml", Outcome.SKIPPED, "an MkDocs configuration, not a catalog entity"),
                        tuple(
                                "docs/chart.yaml",
                                Outcome.SKIPPED,
                                "not valid YAML: while parsing a flow sequence, expected"
                                        + " ',' or ']', but got <stream end>"),
                        tuple("layers.yaml", Outcome.NATIVE, "native Strata document, read as landscape as code"));
        assertThat(imported.warnings())
                .extracting(Warning::message)
                .contains(
                        "2 YAML documents that are not catalog entities were skipped: MkDocs configuration 1,"
                                + " OpenAPI definition 1",
                        "1 files found in a folder that are not valid YAML were skipped: file 1");
        // the native layer beside the descriptors is part of the declaration
        assertThat(imported.declaration()
                        .declared()
                        .nodes()
                        .get(NodeRef.layer("delivery"))
                        .properties())
                .containsEntry("rank", 3L)
                .containsEntry("sourceFile", "layers.yaml");
        assertThat(imported.declaration()
                        .origins()
                        .get(NodeRef.layer("delivery"))
                        .line())
                .isEqualTo(2);
    }

    @Test
    void aFileThatIsNotYamlIsAProblemWhenGivenOrTargetedAndAWarningWhenFoundInAFolder() throws IOException {
        Map<String, String> files = Map.of(
                "catalog-info.yaml", """
                        apiVersion: backstage.io/v1alpha1
                        kind: Location
                        metadata: {name: root}
                        spec: {targets: [./broken.yaml]}
                        """,
                "broken.yaml", "kind: Group\nmetadata: {name: [oops\n",
                "other/helm.yaml", "a: {{ .Values }}\n  b: [\n");
        BackstageImport targeted = CatalogMapping.map(CatalogReader.read(CatalogSource.of(files), List.of(""), null));
        assertThat(targeted.declaration().problems())
                .extracting(Problem::file, Problem::code)
                .containsExactly(tuple("broken.yaml", Code.MALFORMED_YAML));
        assertThat(targeted.findings())
                .extracting(Finding::file, Finding::category)
                .containsExactly(tuple("other/helm.yaml", Category.UNREADABLE_FILE));
        BackstageImport given =
                CatalogMapping.map(CatalogReader.read(CatalogSource.of(files), List.of("other/helm.yaml"), null));
        assertThat(given.declaration().problems())
                .extracting(Problem::file, Problem::line, Problem::code)
                .containsExactly(tuple("other/helm.yaml", 2, Code.MALFORMED_YAML));
    }

    @Test
    void aListOfEntitiesInTheRestApisShapeIsReadAndEachEntityPointsAtItsOwnDescriptor() throws IOException {
        String page = """
                {"items": [
                  {"apiVersion": "backstage.io/v1alpha1", "kind": "Group",
                   "metadata": {"name": "team-z", "annotations": {
                     "backstage.io/managed-by-location": "url:https://git.example.com/org/blob/main/team-z.yaml"}},
                   "spec": {"type": "team", "children": []}},
                  {"apiVersion": "backstage.io/v1alpha1", "kind": "Location",
                   "metadata": {"name": "generated", "annotations": {
                     "backstage.io/managed-by-location": "bootstrap:bootstrap"}},
                   "spec": {"targets": ["./nowhere.yaml"]}}],
                 "totalItems": 2, "pageInfo": {}}
                """;
        CatalogReader.Read read =
                CatalogReader.read(CatalogSource.of(Map.of("page-1.json", page)), List.of("page-1.json"), null);
        assertThat(read.entities()).singleElement().satisfies(entity -> {
            assertThat(entity.file()).isEqualTo("url:https://git.example.com/org/blob/main/team-z.yaml");
            assertThat(entity.line()).isZero();
        });
        // Backstage has already followed its Locations
        assertThat(read.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.outcome()).isEqualTo(Outcome.FOLLOWED);
            assertThat(o.detail()).contains("already in the catalog");
        });
        assertThat(read.findings()).isEmpty();
    }

    @Test
    void aCatalogWithoutEntitiesIsAProblemNotAnEmptySuccess() throws IOException {
        CatalogReader.Read read = CatalogReader.read(
                CatalogSource.of(Map.of("catalog-info.yaml", "# nothing yet\n", "openapi.yaml", "openapi: 3.0.0\n")),
                List.of(""),
                null);
        assertThat(read.problems())
                .extracting(Problem::code, Problem::message)
                .containsExactly(tuple(
                        Code.SOURCE_UNAVAILABLE, "no catalog entity and no native document found (2 files read)"));
    }

    @Test
    void aDocumentWithAnotherApiVersionIsSkippedAsNoEntity() throws IOException {
        CatalogReader.Read read =
                CatalogReader.read(CatalogSource.of(Map.of("deploy.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                """, "team.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Group
                metadata: {name: web-team}
                spec: {type: team, children: []}
                """)), List.of(""), null);
        assertThat(read.entities()).extracting(e -> e.ref().toString()).containsExactly("group:default/web-team");
        assertThat(read.findings()).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(Category.NOT_AN_ENTITY);
            assertThat(f.message()).startsWith("apiVersion 'apps/v1' is not a catalog apiVersion");
        });
    }
}
