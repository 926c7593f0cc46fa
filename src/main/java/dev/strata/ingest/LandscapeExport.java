package dev.strata.ingest;

import dev.strata.model.EdgeType;
import dev.strata.model.Field;
import dev.strata.model.Landscape;
import dev.strata.model.Landscape.Edge;
import dev.strata.model.Landscape.Node;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Writes a {@link Landscape} as files of the native format: each node into its source file, or one file per kind.
 * Streams: the files go to an {@link ExportSink} in path order, a few thousand documents rendered at a time, so an
 * export holds the landscape and its relationships grouped by node, never its text whole (456 MB at scale L).
 */
public final class LandscapeExport {

    /** About what one exported document takes, to size a file's buffer once. */
    private static final int BYTES_PER_DOCUMENT = 512;
    /** Documents rendered by one task: enough to make a task's set-up negligible, few enough to spread a file. */
    private static final int DOCUMENTS_PER_CHUNK = 2_000;
    /** Chunks rendered at once, on every core, before they are handed to the sink in order. */
    private static final int CHUNKS_IN_FLIGHT = 16;

    private LandscapeExport() {}

    /** Receives an export: each file started, its text in consecutive parts, then ended, files in path order. */
    public interface ExportSink {

        void startFile(String path) throws IOException;

        void write(String text) throws IOException;

        void endFile() throws IOException;
    }

    /**
     * One file per distinct {@code sourceFile} of the nodes (the kind's default file for nodes without one), each a
     * stream of documents; every relationship is written into the document of the node that declares it.
     */
    public static List<LandscapeFile> files(Landscape landscape) {
        return files(landscape, DOCUMENTS_PER_CHUNK);
    }

    /** As {@link #files(Landscape)}, rendering at most {@code documentsPerChunk} documents per task. */
    static List<LandscapeFile> files(Landscape landscape, int documentsPerChunk) {
        List<LandscapeFile> files = new ArrayList<>();
        ExportSink collect = new ExportSink() {
            private String path = "";
            private final StringBuilder text = new StringBuilder();

            @Override
            public void startFile(String path) {
                this.path = path;
                text.setLength(0);
            }

            @Override
            public void write(String part) {
                text.append(part);
            }

            @Override
            public void endFile() {
                files.add(new LandscapeFile(path, text.toString()));
            }
        };
        try {
            write(landscape, documentsPerChunk, collect);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return files;
    }

    /** The files of {@link #files(Landscape)}, handed to the sink one after another as they are rendered. */
    public static void write(Landscape landscape, ExportSink sink) throws IOException {
        write(landscape, DOCUMENTS_PER_CHUNK, sink);
    }

    private static void write(Landscape landscape, int documentsPerChunk, ExportSink sink) throws IOException {
        Documents documents = new Documents(landscape);
        Map<String, List<Node>> nodesByFile = new TreeMap<>();
        for (Node node : landscape.nodes().values()) {
            Object source = node.properties().get("sourceFile");
            String file = source == null ? node.id().kind().defaultFile() : source.toString();
            nodesByFile.computeIfAbsent(file, f -> new ArrayList<>()).add(node);
        }
        List<Chunk> chunks = new ArrayList<>();
        for (Map.Entry<String, List<Node>> file : nodesByFile.entrySet()) {
            List<Node> nodes = file.getValue();
            for (int from = 0; from < nodes.size(); from += documentsPerChunk) {
                int to = Math.min(nodes.size(), from + documentsPerChunk);
                chunks.add(new Chunk(file.getKey(), from == 0, to == nodes.size(), nodes.subList(from, to)));
            }
        }
        // Rendering is most of an export (SnakeYAML); the chunks render on every core, and since each document starts
        // with its own "---", a file is its chunks' text one after another, exactly as one dumpAll would write it.
        for (int from = 0; from < chunks.size(); from += CHUNKS_IN_FLIGHT) {
            List<Chunk> window = chunks.subList(from, Math.min(chunks.size(), from + CHUNKS_IN_FLIGHT));
            List<String> rendered = window.parallelStream()
                    .map(chunk -> chunk.render(documents))
                    .toList();
            for (int i = 0; i < window.size(); i++) {
                Chunk chunk = window.get(i);
                if (chunk.first()) {
                    sink.startFile(chunk.file());
                }
                sink.write(rendered.get(i));
                if (chunk.last()) {
                    sink.endFile();
                }
            }
        }
    }

    /**
     * The document of each node, built when its chunk renders: its properties and the relationships it declares,
     * which are grouped by declaring node once, in the landscape's order.
     */
    private static final class Documents {

        private final Map<NodeRef, List<Edge>> declared = new HashMap<>();
        private final RelationshipFields fields = new RelationshipFields();

        Documents(Landscape landscape) {
            for (Edge edge : landscape.edges().values()) {
                declared.computeIfAbsent(edge.id().declaredBy(), n -> new ArrayList<>(2))
                        .add(edge);
            }
        }

        Map<String, Object> of(Node node) {
            NodeKind kind = node.id().kind();
            Map<String, Object> relationships = new HashMap<>();
            for (Edge edge : declared.getOrDefault(node.id(), List.of())) {
                NodeRef other = node.id().equals(edge.id().from())
                        ? edge.id().to()
                        : edge.id().from();
                Field field = fields.declaring(kind, edge.id().type(), other.kind());
                switch (field.type()) {
                    case REF -> relationships.put(field.name(), other.key());
                    case REFS -> listIn(relationships, field.name()).add(other.key());
                    default -> {
                        Map<String, Object> consumption = new LinkedHashMap<>();
                        consumption.put("capability", other.key());
                        if (edge.properties().get("since") != null) {
                            consumption.put(
                                    "since", edge.properties().get("since").toString());
                        }
                        if (edge.properties().get("mode") != null) {
                            consumption.put("mode", edge.properties().get("mode"));
                        }
                        listIn(relationships, field.name()).add(consumption);
                    }
                }
            }
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("key", node.id().key());
            if (node.properties().get("name") != null) {
                metadata.put("title", node.properties().get("name"));
            }
            if (node.properties().get("description") != null) {
                metadata.put("description", node.properties().get("description"));
            }
            if (node.properties().get("labels") instanceof List<?> labels && !labels.isEmpty()) {
                Map<String, String> map = new LinkedHashMap<>();
                labels.forEach(label -> {
                    String text = label.toString();
                    int eq = text.indexOf('=');
                    map.put(eq < 0 ? text : text.substring(0, eq), eq < 0 ? "" : text.substring(eq + 1));
                });
                metadata.put("labels", map);
            }
            Map<String, Object> spec = new LinkedHashMap<>();
            for (Field field : kind.specFields()) {
                Object value =
                        field.isProperty() ? node.properties().get(field.name()) : relationships.get(field.name());
                if (value != null) {
                    spec.put(field.name(), value instanceof LocalDate date ? date.toString() : value);
                }
            }
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("apiVersion", LandscapeParser.API_VERSION);
            document.put("kind", kind.label());
            document.put("metadata", metadata);
            document.put("spec", spec);
            return document;
        }
    }

    /** Consecutive nodes of one file, rendered by a SnakeYAML of their own (it is not thread-safe). */
    private record Chunk(String file, boolean first, boolean last, List<Node> nodes) {

        String render(Documents documents) {
            DumperOptions options = new DumperOptions();
            options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
            options.setExplicitStart(true);
            options.setIndent(2);
            options.setIndicatorIndent(0);
            options.setWidth(120);
            options.setSplitLines(false);
            LoaderOptions loading = new LoaderOptions();
            Yaml yaml = new Yaml(
                    new SafeConstructor(loading),
                    new ExportRepresenter(options),
                    options,
                    loading,
                    new ExportResolver());
            StringWriter out = new StringWriter(nodes.size() * BYTES_PER_DOCUMENT);
            yaml.dumpAll(nodes.stream().map(documents::of).iterator(), out);
            return out.toString();
        }
    }

    /**
     * The field through which a kind's documents declare a relationship of a type to a kind: the first such field,
     * looked up once per combination instead of once per relationship (460,000 stream searches at scale M).
     */
    private static final class RelationshipFields {

        private final Map<NodeKind, Map<EdgeType, Map<NodeKind, Field>>> fields = new EnumMap<>(NodeKind.class);

        RelationshipFields() {
            for (NodeKind kind : NodeKind.values()) {
                Map<EdgeType, Map<NodeKind, Field>> byType = new EnumMap<>(EdgeType.class);
                for (Field field : kind.relationshipFields()) {
                    byType.computeIfAbsent(field.edge(), t -> new EnumMap<>(NodeKind.class))
                            .putIfAbsent(field.target(), field);
                }
                fields.put(kind, byType);
            }
        }

        Field declaring(NodeKind kind, EdgeType type, NodeKind other) {
            Field field = fields.get(kind).getOrDefault(type, Map.of()).get(other);
            if (field == null) {
                throw new NoSuchElementException(kind + " declares no " + type + " to " + other);
            }
            return field;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> listIn(Map<String, Object> relationships, String name) {
        return (List<Object>) relationships.computeIfAbsent(name, n -> new ArrayList<>());
    }
}
