package dev.strata.scale;

import dev.strata.ingest.LandscapeExport;
import dev.strata.ingest.LandscapeFile;
import dev.strata.model.EdgeType;
import dev.strata.model.Landscape;
import dev.strata.model.Landscape.Edge;
import dev.strata.model.Landscape.EdgeId;
import dev.strata.model.Landscape.Node;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A generated landscape as files of the native landscape format (src/docs/landscape-as-code.md): converted into the
 * ingest {@link Landscape} model and rendered by {@link LandscapeExport}, so the files are exactly what
 * {@code strata export} would write for the same graph. Every kind goes to its own file; a kind with more than
 * {@value #NODES_PER_FILE} nodes is split into numbered files in a directory of that name, which keeps each file
 * well under the parser's per-file limit at every scale.
 */
public final class LandscapeFiles {

    /** Nodes per file: a consumer with its consumptions is about 400 bytes, so a file stays far below 2 MiB. */
    static final int NODES_PER_FILE = 1_000;

    private LandscapeFiles() {}

    /** The landscape in the ingest model, each node with the file it is written to as {@code sourceFile}. */
    public static Landscape toLandscape(SyntheticLandscape synthetic) {
        Landscape landscape = new Landscape();
        List<SyntheticLandscape.Layer> layers = synthetic.layers();
        for (int i = 0; i < layers.size(); i++) {
            SyntheticLandscape.Layer layer = layers.get(i);
            Map<String, Object> properties = common(layer.name(), layer.description(), "layers", i, layers.size());
            if (layer.rank() != null) {
                properties.put("rank", layer.rank());
            }
            properties.put("crossCutting", layer.crossCutting());
            node(landscape, NodeKind.LAYER, layer.key(), properties);
        }
        List<SyntheticLandscape.ValueStream> streams = synthetic.valueStreams();
        for (int i = 0; i < streams.size(); i++) {
            SyntheticLandscape.ValueStream stream = streams.get(i);
            Map<String, Object> properties =
                    common(stream.name(), stream.description(), "value-streams", i, streams.size());
            properties.put("kind", stream.kind());
            node(landscape, NodeKind.VALUE_STREAM, stream.key(), properties);
        }
        List<SyntheticLandscape.Team> teams = synthetic.teams();
        for (int i = 0; i < teams.size(); i++) {
            SyntheticLandscape.Team team = teams.get(i);
            Map<String, Object> properties = common(team.name(), null, "teams", i, teams.size());
            properties.put("type", team.type());
            properties.put("size", team.size());
            node(landscape, NodeKind.TEAM, team.key(), properties);
            if (team.valueStream() != null) {
                edge(
                        landscape,
                        EdgeType.ALIGNED_TO,
                        NodeKind.TEAM,
                        team.key(),
                        NodeKind.VALUE_STREAM,
                        team.valueStream(),
                        Map.of());
            }
        }
        List<SyntheticLandscape.Platform> platforms = synthetic.platforms();
        for (int i = 0; i < platforms.size(); i++) {
            SyntheticLandscape.Platform platform = platforms.get(i);
            Map<String, Object> properties =
                    common(platform.name(), platform.description(), "platforms", i, platforms.size());
            properties.put("tier", platform.tier());
            node(landscape, NodeKind.PLATFORM, platform.key(), properties);
            edge(
                    landscape,
                    EdgeType.IN_LAYER,
                    NodeKind.PLATFORM,
                    platform.key(),
                    NodeKind.LAYER,
                    platform.layer(),
                    Map.of());
            if (platform.owner() != null) {
                edge(
                        landscape,
                        EdgeType.OWNS,
                        NodeKind.TEAM,
                        platform.owner(),
                        NodeKind.PLATFORM,
                        platform.key(),
                        Map.of());
            }
        }
        List<SyntheticLandscape.Capability> capabilities = synthetic.capabilities();
        for (int i = 0; i < capabilities.size(); i++) {
            SyntheticLandscape.Capability capability = capabilities.get(i);
            Map<String, Object> properties =
                    common(capability.name(), capability.description(), "capabilities", i, capabilities.size());
            properties.put("lifecycle", capability.lifecycle());
            properties.put("tier", capability.tier());
            if (capability.gaDate() != null) {
                properties.put("gaDate", capability.gaDate());
            }
            properties.put("category", capability.category());
            properties.put("sloTarget", capability.sloTarget());
            properties.put("sloAttainment", capability.sloAttainment());
            properties.put("compliant", capability.compliant());
            node(landscape, NodeKind.CAPABILITY, capability.key(), properties);
            edge(
                    landscape,
                    EdgeType.PROVIDES,
                    NodeKind.PLATFORM,
                    capability.platform(),
                    NodeKind.CAPABILITY,
                    capability.key(),
                    Map.of());
        }
        for (SyntheticLandscape.Dependency dependency : synthetic.dependencies()) {
            edge(
                    landscape,
                    EdgeType.DEPENDS_ON,
                    NodeKind.CAPABILITY,
                    dependency.from(),
                    NodeKind.CAPABILITY,
                    dependency.to(),
                    Map.of());
        }
        List<SyntheticLandscape.Consumer> consumers = synthetic.consumers();
        for (int i = 0; i < consumers.size(); i++) {
            SyntheticLandscape.Consumer consumer = consumers.get(i);
            Map<String, Object> properties =
                    common(consumer.name(), consumer.description(), "consumers", i, consumers.size());
            properties.put("kind", consumer.kind());
            properties.put("tier", consumer.tier());
            node(landscape, NodeKind.CONSUMER, consumer.key(), properties);
            edge(
                    landscape,
                    EdgeType.OWNS,
                    NodeKind.TEAM,
                    consumer.owner(),
                    NodeKind.CONSUMER,
                    consumer.key(),
                    Map.of());
        }
        for (SyntheticLandscape.Consumption consumption : synthetic.consumptions()) {
            edge(
                    landscape,
                    EdgeType.CONSUMES,
                    NodeKind.CONSUMER,
                    consumption.consumer(),
                    NodeKind.CAPABILITY,
                    consumption.capability(),
                    Map.of("since", consumption.since(), "mode", consumption.mode()));
        }
        return landscape;
    }

    /** The native files of the landscape, paths relative to the landscape's directory. */
    public static List<LandscapeFile> files(SyntheticLandscape synthetic) {
        return LandscapeExport.files(toLandscape(synthetic));
    }

    /** The first native file whose path the filter accepts; the others are rendered and dropped. */
    public static LandscapeFile first(SyntheticLandscape synthetic, Predicate<String> path) {
        List<LandscapeFile> found = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        try {
            LandscapeExport.write(toLandscape(synthetic), new LandscapeExport.ExportSink() {
                private @Nullable String kept;

                @Override
                public void startFile(String file) {
                    kept = found.isEmpty() && path.test(file) ? file : null;
                }

                @Override
                public void write(String part) {
                    if (kept != null) {
                        text.append(part);
                    }
                }

                @Override
                public void endFile() {
                    if (kept != null) {
                        found.add(new LandscapeFile(kept, text.toString()));
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found.stream().findFirst().orElseThrow(() -> new IllegalArgumentException("no such file"));
    }

    /**
     * Writes the native files into {@code directory} (created if missing), each as it is rendered; returns the files
     * written.
     */
    public static List<Path> write(SyntheticLandscape synthetic, Path directory) {
        List<Path> written = new ArrayList<>();
        try {
            LandscapeExport.write(toLandscape(synthetic), new LandscapeExport.ExportSink() {
                private @Nullable Writer out;

                @Override
                public void startFile(String path) throws IOException {
                    Path target = directory.resolve(path);
                    Files.createDirectories(target.getParent());
                    out = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
                    written.add(target);
                }

                @Override
                public void write(String text) throws IOException {
                    Objects.requireNonNull(out).write(text);
                }

                @Override
                public void endFile() throws IOException {
                    Objects.requireNonNull(out).close();
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the landscape files into " + directory, e);
        }
        return written;
    }

    /** Name, description and the file: {@code <kind>.yaml}, or {@code <kind>/<kind>-NNNN.yaml} for large kinds. */
    private static Map<String, Object> common(
            String name, @Nullable String description, String kind, int index, int count) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", name);
        if (description != null) {
            properties.put("description", description);
        }
        properties.put(
                "sourceFile",
                count <= NODES_PER_FILE
                        ? kind + ".yaml"
                        : "%s/%s-%04d.yaml".formatted(kind, kind, index / NODES_PER_FILE + 1));
        return properties;
    }

    private static void node(Landscape landscape, NodeKind kind, String key, Map<String, Object> properties) {
        landscape.put(new Node(new NodeRef(kind, key), properties));
    }

    private static void edge(
            Landscape landscape,
            EdgeType type,
            NodeKind fromKind,
            String from,
            NodeKind toKind,
            String to,
            Map<String, Object> properties) {
        EdgeId id = new EdgeId(type, new NodeRef(fromKind, from), new NodeRef(toKind, to));
        landscape.put(new Edge(id, properties));
    }
}
