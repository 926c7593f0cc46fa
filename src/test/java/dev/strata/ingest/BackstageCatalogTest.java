package dev.strata.ingest;

import dev.strata.model.Landscape;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import dev.strata.ingest.BackstageCatalog.Conversion;
import dev.strata.model.Landscape.EdgeId;
import dev.strata.model.NodeRef;
import dev.strata.ingest.LandscapeParser.Parsed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A multi-file catalog shaped like Backstage's example catalog, imported through the native format. */
class BackstageCatalogTest {

    private static final Path CATALOG = Path.of("src/test/resources/backstage");

    @Test
    void theCatalogMapsToTheModelFollowingLocationsReferenceGrammarAndAnnotations() throws IOException {
        Conversion conversion = BackstageCatalog.convert(catalogFiles());
        assertThat(conversion.problems()).isEmpty();
        Parsed parsed = LandscapeParser.parse(conversion.files());
        assertThat(parsed.problemsResolvingAgainst(Set.of(new NodeRef(NodeKind.LAYER, "developer-platform"))))
                .isEmpty();
        Landscape landscape = parsed.declared();

        assertThat(landscape.nodes().keySet()).extracting(NodeRef::display).containsExactly(
                "ValueStream 'playback'",
                "Team 'payments-team-c'", "Team 'team-a'", "Team 'team-b'",
                "Platform 'audio-playback'", "Platform 'podcast'",
                "Capability 'artists-db'", "Capability 'hello-world'", "Capability 'podcast-store'",
                "Capability 'wayback-search'",
                "Consumer 'artist-web'", "Consumer 'payments-podcast-api'");
        assertThat(landscape.nodes().get(new NodeRef(NodeKind.TEAM, "team-a")).properties())
                .containsEntry("name", "Team Alpha").containsEntry("type", "PLATFORM").containsEntry("size", 3L)
                .containsEntry("sourceFile", "org.yaml");
        assertThat(landscape.nodes().get(new NodeRef(NodeKind.TEAM, "team-b")).properties()).containsEntry("size", 1L);
        assertThat(landscape.nodes().get(new NodeRef(NodeKind.CAPABILITY, "hello-world")).properties())
                .containsEntry("lifecycle", "DEPRECATED");
        assertThat(landscape.nodes().get(new NodeRef(NodeKind.CAPABILITY, "wayback-search")).properties())
                .containsEntry("lifecycle", "BETA");
        assertThat(landscape.nodes().get(new NodeRef(NodeKind.PLATFORM, "audio-playback")).properties())
                .containsEntry("tier", 1L);
        assertThat(landscape.edges().keySet()).extracting(Object::toString).containsExactlyInAnyOrder(
                "(Capability 'podcast-store')-[:DEPENDS_ON]->(Capability 'artists-db')",
                "(Platform 'audio-playback')-[:PROVIDES]->(Capability 'artists-db')",
                "(Platform 'audio-playback')-[:PROVIDES]->(Capability 'hello-world')",
                "(Platform 'audio-playback')-[:PROVIDES]->(Capability 'podcast-store')",
                "(Platform 'podcast')-[:PROVIDES]->(Capability 'wayback-search')",
                "(Consumer 'artist-web')-[:CONSUMES]->(Capability 'artists-db')",
                "(Consumer 'artist-web')-[:CONSUMES]->(Capability 'hello-world')",
                "(Consumer 'artist-web')-[:CONSUMES]->(Capability 'wayback-search')",
                "(Team 'team-a')-[:OWNS]->(Platform 'audio-playback')",
                "(Team 'team-b')-[:OWNS]->(Platform 'podcast')",
                "(Team 'team-a')-[:OWNS]->(Consumer 'artist-web')",
                "(Team 'payments-team-c')-[:OWNS]->(Consumer 'payments-podcast-api')",
                "(Platform 'audio-playback')-[:IN_LAYER]->(Layer 'developer-platform')",
                "(Platform 'podcast')-[:IN_LAYER]->(Layer 'developer-platform')",
                "(Team 'team-a')-[:ALIGNED_TO]->(ValueStream 'playback')");
        assertThat(landscape.edges().get(new EdgeId(EdgeType.CONSUMES, new NodeRef(NodeKind.CONSUMER, "artist-web"),
                new NodeRef(NodeKind.CAPABILITY, "wayback-search"))).properties())
                .containsEntry("mode", "COLLABORATION").containsEntry("sourceFile", "components/artist-web.yaml");

        assertThat(conversion.unresolved()).containsExactlyInAnyOrder(
                "catalog-info.yaml: Location location:default/example-catalog targets './components/missing.yaml',"
                        + " which is not among the given files",
                "components/artist-web.yaml: component:default/artist-web spec.consumesApis 'api:does-not-exist' ->"
                        + " api:default/does-not-exist is not in the catalog",
                "components/artist-web.yaml: component:default/artist-web spec.dependsOn 'artists-db' has no kind,"
                        + " and spec.dependsOn has no default kind: write kind:name",
                "components/podcast-api.yaml: component:payments/podcast-api spec.dependsOn"
                        + " 'component:default/artist-web' is a component, which a Strata consumer cannot consume"
                        + " (only API and Resource)");
    }

    private static List<LandscapeFile> catalogFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(CATALOG)) {
            return walk.filter(Files::isRegularFile).sorted().map(path -> {
                try {
                    return new LandscapeFile(CATALOG.relativize(path).toString(), Files.readString(path));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
