package dev.strata.ingest;

import dev.strata.model.EdgeType;
import dev.strata.model.Field;
import dev.strata.model.Landscape;
import dev.strata.model.Landscape.Edge;
import dev.strata.model.Landscape.Node;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Writes a {@link Landscape} as files of the native format: each node into its source file, or one file per kind. */
public final class LandscapeExport {

    /** About what one exported document takes, to size a file's buffer once. */
    private static final int BYTES_PER_DOCUMENT = 512;
    /** Documents rendered by one task: enough to make a task's set-up negligible, few enough to spread a file. */
    private static final int DOCUMENTS_PER_CHUNK = 2_000;

    private LandscapeExport() {}

    /**
     * One file per distinct {@code sourceFile} of the nodes (the kind's default file for nodes without one), each a
     * stream of documents; every relationship is written into the document of the node that declares it.
     */
    public static List<LandscapeFile> files(Landscape landscape) {
        return files(landscape, DOCUMENTS_PER_CHUNK);
    }

    /** As {@link #files(Landscape)}, rendering at most {@code documentsPerChunk} documents per task. */
    static List<LandscapeFile> files(Landscape landscape, int documentsPerChunk) {
        Map<NodeRef, Map<String, Object>> specs = new LinkedHashMap<>();
        for (Node node : landscape.nodes().values()) {
            specs.put(node.id(), new LinkedHashMap<>());
        }
        Map<String, List<Object>> documentsByFile = new TreeMap<>();
        RelationshipFields fields = new RelationshipFields();
        for (Node node : landscape.nodes().values()) {
            NodeKind kind = node.id().kind();
            Map<String, Object> spec = specs.get(node.id());
            for (Field field : kind.specFields()) {
                Object value = node.properties().get(field.name());
                if (field.isProperty() && value != null) {
                    spec.put(field.name(), value instanceof LocalDate date ? date.toString() : value);
                }
            }
        }
        for (Edge edge : landscape.edges().values()) {
            NodeRef declaring = edge.id().declaredBy();
            NodeRef other = declaring.equals(edge.id().from())
                    ? edge.id().to()
                    : edge.id().from();
            Field field = fields.declaring(declaring.kind(), edge.id().type(), other.kind());
            Map<String, Object> spec = specs.get(declaring);
            switch (field.type()) {
                case REF -> spec.put(field.name(), other.key());
                case REFS -> listIn(spec, field.name()).add(other.key());
                default -> {
                    Map<String, Object> consumption = new LinkedHashMap<>();
                    consumption.put("capability", other.key());
                    if (edge.properties().get("since") != null) {
                        consumption.put("since", edge.properties().get("since").toString());
                    }
                    if (edge.properties().get("mode") != null) {
                        consumption.put("mode", edge.properties().get("mode"));
                    }
                    listIn(spec, field.name()).add(consumption);
                }
            }
        }
        for (Node node : landscape.nodes().values()) {
            NodeKind kind = node.id().kind();
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
                Object value = specs.get(node.id()).get(field.name());
                if (value != null) {
                    spec.put(field.name(), value);
                }
            }
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("apiVersion", LandscapeParser.API_VERSION);
            document.put("kind", kind.label());
            document.put("metadata", metadata);
            document.put("spec", spec);
            Object source = node.properties().get("sourceFile");
            String file = source == null ? kind.defaultFile() : source.toString();
            documentsByFile.computeIfAbsent(file, f -> new ArrayList<>()).add(document);
        }
        List<Map.Entry<String, List<Object>>> byFile = List.copyOf(documentsByFile.entrySet());
        List<Chunk> chunks = new ArrayList<>();
        for (int file = 0; file < byFile.size(); file++) {
            List<Object> documents = byFile.get(file).getValue();
            for (int from = 0; from < documents.size(); from += documentsPerChunk) {
                chunks.add(
                        new Chunk(file, documents.subList(from, Math.min(documents.size(), from + documentsPerChunk))));
            }
        }
        // Rendering is most of an export (SnakeYAML); the chunks render on every core, and since each document starts
        // with its own "---", a file is its chunks' text one after another, exactly as one dumpAll would write it.
        // Each file's chunks are dropped once joined, so the text is held about twice at most, as before.
        List<String> rendered = chunks.parallelStream()
                .map(Chunk::render)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        List<LandscapeFile> files = new ArrayList<>();
        int next = 0;
        for (int file = 0; file < byFile.size(); file++) {
            List<String> parts = new ArrayList<>();
            while (next < chunks.size() && chunks.get(next).file() == file) {
                parts.add(rendered.set(next++, null));
            }
            files.add(new LandscapeFile(byFile.get(file).getKey(), String.join("", parts)));
        }
        return files;
    }

    /** Consecutive documents of one file, rendered by a SnakeYAML of their own (it is not thread-safe). */
    private record Chunk(int file, List<Object> documents) {

        String render() {
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
            StringWriter out = new StringWriter(documents.size() * BYTES_PER_DOCUMENT);
            yaml.dumpAll(documents.iterator(), out);
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
    private static List<Object> listIn(Map<String, Object> spec, String name) {
        return (List<Object>) spec.computeIfAbsent(name, n -> new ArrayList<>());
    }
}
