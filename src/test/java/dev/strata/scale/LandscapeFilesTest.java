package dev.strata.scale;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.ingest.LandscapeFile;
import dev.strata.ingest.LandscapeParser;
import dev.strata.model.EdgeType;
import dev.strata.model.Landscape.Edge;
import dev.strata.model.Landscape.EdgeId;
import dev.strata.model.Landscape.Node;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LandscapeFilesTest {

    private final SyntheticLandscape s = LandscapeGenerator.generate(Scale.S, 42);
    private final List<LandscapeFile> files = LandscapeFiles.files(s);
    private final LandscapeParser.Parsed parsed = LandscapeParser.parse(files);

    @Test
    void theFilesParseWithoutProblemsAndDeclareExactlyTheGeneratedNodesAndRelationships() {
        assertThat(parsed.problemsResolvingAgainst(Set.of())).isEmpty();

        Map<NodeKind, Long> nodes =
                parsed.declared().nodes().keySet().stream().collect(groupingBy(NodeRef::kind, counting()));
        assertThat(nodes)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        NodeKind.LAYER, (long) s.layers().size(),
                        NodeKind.VALUE_STREAM, (long) s.valueStreams().size(),
                        NodeKind.TEAM, (long) s.teams().size(),
                        NodeKind.PLATFORM, (long) s.platforms().size(),
                        NodeKind.CAPABILITY, (long) s.capabilities().size(),
                        NodeKind.CONSUMER, (long) s.consumers().size()));

        Map<EdgeType, Long> edges =
                parsed.declared().edges().keySet().stream().collect(groupingBy(EdgeId::type, counting()));
        assertThat(edges)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        EdgeType.ALIGNED_TO,
                                s.teams().stream()
                                        .filter(t -> t.valueStream() != null)
                                        .count(),
                        EdgeType.OWNS,
                                s.platforms().stream()
                                                .filter(p -> p.owner() != null)
                                                .count()
                                        + s.consumers().size(),
                        EdgeType.IN_LAYER, (long) s.platforms().size(),
                        EdgeType.PROVIDES, (long) s.capabilities().size(),
                        EdgeType.DEPENDS_ON, (long) s.dependencies().size(),
                        EdgeType.CONSUMES, (long) s.consumptions().size()));
        assertThat(parsed.origins()).hasSize((int) s.nodeCount());
        assertThat(parsed.declared().edges()).hasSize((int) s.relationshipCount());
    }

    @Test
    void aCapabilityKeepsItsLifecycleTierAndDependenciesThroughTheFiles() {
        SyntheticLandscape.Capability capability = s.capabilities().stream()
                .filter(c -> c.gaDate() != null
                        && s.dependencies().stream().anyMatch(d -> d.from().equals(c.key())))
                .findFirst()
                .orElseThrow();
        NodeRef id = new NodeRef(NodeKind.CAPABILITY, capability.key());
        Node node = parsed.declared().nodes().get(id);

        assertThat(node.properties())
                .containsEntry("lifecycle", capability.lifecycle())
                .containsEntry("gaDate", capability.gaDate())
                .containsEntry("category", capability.category())
                .containsEntry("compliant", capability.compliant());
        assertThat(((Number) node.properties().get("tier")).intValue()).isEqualTo(capability.tier());
        assertThat(((Number) node.properties().get("sloTarget")).doubleValue()).isEqualTo(capability.sloTarget());
        assertThat(targets(id, EdgeType.DEPENDS_ON))
                .isNotEmpty()
                .isEqualTo(s.dependencies().stream()
                        .filter(d -> d.from().equals(capability.key()))
                        .map(SyntheticLandscape.Dependency::to)
                        .collect(toSet()));
        assertThat(parsed.declared().edges())
                .containsKey(new EdgeId(EdgeType.PROVIDES, new NodeRef(NodeKind.PLATFORM, capability.platform()), id));
    }

    @Test
    void aConsumerKeepsItsConsumptionsWithSinceAndModeThroughTheFiles() {
        SyntheticLandscape.Consumer consumer = s.consumers().get(s.consumers().size() / 2);
        NodeRef id = new NodeRef(NodeKind.CONSUMER, consumer.key());
        Map<String, List<Object>> expected = s.consumptions().stream()
                .filter(c -> c.consumer().equals(consumer.key()))
                .collect(toMap(SyntheticLandscape.Consumption::capability, c -> List.of(c.since(), c.mode())));
        Map<String, List<Object>> actual = parsed.declared().edges().values().stream()
                .filter(e -> e.id().type() == EdgeType.CONSUMES && e.id().from().equals(id))
                .collect(toMap(
                        e -> e.id().to().key(),
                        e -> List.of(e.properties().get("since"), e.properties().get("mode"))));

        assertThat(expected).isNotEmpty();
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.values()).allSatisfy(v -> assertThat(v.get(0)).isInstanceOf(LocalDate.class));
        assertThat(parsed.declared().edges())
                .containsKey(new EdgeId(EdgeType.OWNS, new NodeRef(NodeKind.TEAM, consumer.owner()), id));
    }

    @Test
    void writeCreatesTheFilesUnderTheDirectoryAndTheyReadBackTheSame(@TempDir Path directory) throws IOException {
        List<Path> written = LandscapeFiles.write(s, directory);

        assertThat(written).hasSize(files.size()).allSatisfy(p -> assertThat(p).startsWith(directory));
        try (Stream<Path> walk = Files.walk(directory)) {
            List<LandscapeFile> read = walk.filter(Files::isRegularFile)
                    .map(p -> new LandscapeFile(directory.relativize(p).toString(), readString(p)))
                    .sorted(java.util.Comparator.comparing(LandscapeFile::path))
                    .toList();
            assertThat(read).containsExactlyInAnyOrderElementsOf(files);
        }
        assertThat(files).allSatisfy(f -> assertThat(f.content().length()).isLessThan(LandscapeParser.MAX_FILE_BYTES));
    }

    @Test
    void theBenchmarkOptionWriteYamlNamesTheDirectoryAndIsOffByDefault() {
        assertThat(Benchmark.Options.parse(new String[] {"S", "--write-yaml=target/landscape-S", "--no-baseline"})
                        .writeYaml())
                .isEqualTo(Path.of("target/landscape-S"));
        assertThat(Benchmark.Options.parse(new String[] {"S"}).writeYaml()).isNull();
    }

    private Set<String> targets(NodeRef from, EdgeType type) {
        return parsed.declared().edges().values().stream()
                .map(Edge::id)
                .filter(e -> e.type() == type && e.from().equals(from))
                .map(e -> e.to().key())
                .collect(toSet());
    }

    private static String readString(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
