package dev.strata.backstage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.strata.ingest.Problem;
import dev.strata.ingest.Problem.Code;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What stops an import: instructions to Strata ({@code strata.dev/*} annotations) it cannot follow, an entity
 * declared twice, and a node both the catalog and a native document declare. Each problem points at the
 * descriptor's own file, line and field.
 */
class BackstageProblemsTest {

    @Test
    void annotationsStrataCannotFollowAreProblemsAtTheirLine() throws IOException {
        BackstageImport imported = map(Map.of("catalog.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Group
                metadata:
                  name: team-a
                  annotations:
                    strata.dev/team-type: ROCKSTARS
                    strata.dev/teir: "1"
                spec: {type: team, children: []}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: web
                  annotations:
                    strata.dev/layer: edge
                    strata.dev/kind: platform
                spec: {type: website, lifecycle: production, owner: team-a}
                """));
        assertThat(imported.declaration().problems())
                .extracting(Problem::file, Problem::line, Problem::field, Problem::code, Problem::message)
                .containsExactly(
                        tuple(
                                "catalog.yaml",
                                6,
                                "metadata.annotations.strata.dev/team-type",
                                Code.INVALID_VALUE,
                                "'ROCKSTARS' is not one of PLATFORM, STREAM_ALIGNED, ENABLING, COMPLICATED_SUBSYSTEM"),
                        tuple(
                                "catalog.yaml",
                                7,
                                "metadata.annotations.strata.dev/teir",
                                Code.UNKNOWN_FIELD,
                                "unknown annotation 'strata.dev/teir': Strata reads strata.dev/consumer-kind,"
                                        + " strata.dev/interaction-mode, strata.dev/kind, strata.dev/layer, strata.dev/team-type,"
                                        + " strata.dev/tier, strata.dev/value-stream, strata.dev/value-stream-kind"),
                        tuple(
                                "catalog.yaml",
                                15,
                                "metadata.annotations.strata.dev/layer",
                                Code.UNKNOWN_FIELD,
                                "strata.dev/layer applies to system entities, not to the kind Component"),
                        tuple(
                                "catalog.yaml",
                                16,
                                "metadata.annotations.strata.dev/kind",
                                Code.INVALID_VALUE,
                                "'platform' is not capability or consumer"));
    }

    @Test
    void anEntityDeclaredTwiceIsAProblemAtTheSecondDeclaration() throws IOException {
        String group = """
                apiVersion: backstage.io/v1alpha1
                kind: Group
                metadata:
                  name: Team-A
                spec: {type: team, children: []}
                """;
        BackstageImport imported = map(Map.of("a.yaml", group, "b.yaml", "# the same team again\n" + group));
        assertThat(imported.declaration().problems())
                .extracting(Problem::file, Problem::line, Problem::field, Problem::message)
                .containsExactly(tuple(
                        "b.yaml",
                        5,
                        "metadata.name",
                        "entity group:default/team-a is declared twice: also at a.yaml:1"));
    }

    @Test
    void aNodeBothTheCatalogAndANativeDocumentDeclareIsAProblem() throws IOException {
        BackstageImport imported = map(Map.of(
                "teams.yaml", """
                        apiVersion: strata.dev/v1
                        kind: Layer
                        metadata: {key: unassigned, title: Not placed yet}
                        spec: {}
                        ---
                        apiVersion: strata.dev/v1
                        kind: Platform
                        metadata: {key: shop}
                        spec: {tier: 1, layer: unassigned}
                        """,
                "shop.yaml", """
                        apiVersion: backstage.io/v1alpha1
                        kind: System
                        metadata: {name: shop}
                        spec: {owner: nobody}
                        """));
        // the native platform keeps its key; the system gets another one, and the native layer is used
        assertThat(imported.declaration().problems()).isEmpty();
        assertThat(imported.declaration().declared().nodes().keySet())
                .extracting(Object::toString)
                .contains("PLATFORM:shop", "LAYER:unassigned")
                .anyMatch(k -> k.matches("PLATFORM:shop-[0-9a-f]{8}"));
        assertThat(imported.declaration()
                        .declared()
                        .nodes()
                        .get(dev.strata.model.NodeRef.layer("unassigned"))
                        .properties())
                .containsEntry("name", "Not placed yet");
    }

    private static BackstageImport map(Map<String, String> files) throws IOException {
        return CatalogMapping.map(CatalogReader.read(CatalogSource.of(files), List.of(""), null));
    }
}
