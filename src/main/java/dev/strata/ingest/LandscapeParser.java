package dev.strata.ingest;

import static dev.strata.ingest.YamlValues.describe;
import static dev.strata.ingest.YamlValues.isNull;
import static dev.strata.ingest.YamlValues.line;

import dev.strata.ingest.Problem.Code;
import dev.strata.model.EdgeType;
import dev.strata.model.Field;
import dev.strata.model.Keys;
import dev.strata.model.Landscape;
import dev.strata.model.Landscape.Edge;
import dev.strata.model.Landscape.EdgeId;
import dev.strata.model.Landscape.Node;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads landscape files with SnakeYAML's node API (positions kept, no object binding) into a {@link Landscape} and
 * collects every problem with file, line and field. Plain Java: the CLI validates offline with it.
 */
public final class LandscapeParser {

    public static final String API_VERSION = "strata.dev/v1";
    /** Largest file accepted: far above any hand-written landscape, small enough to keep a request bounded. */
    public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    private static final Set<String> ENVELOPE = Set.of("apiVersion", "kind", "metadata", "spec");
    private static final Set<String> METADATA = Set.of("key", "name", "title", "description", "labels");
    private static final Set<String> CONSUMPTION = Set.of("capability", "since", "mode");

    private final List<Problem> problems = new ArrayList<>();
    private final List<Document> documents = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final YamlValues values = new YamlValues(problems);

    private LandscapeParser() {}

    /**
     * Parses all files; problems of every file are collected, none stops the others. Files are parsed one by one
     * (in parallel) and then put together, see {@link ParseCache}.
     */
    public static Parsed parse(List<LandscapeFile> files) {
        return new ParseCache().parse(files);
    }

    /** One file on its own: what {@link ParseCache} puts together with the other files' results. */
    static FileResult parseFile(LandscapeFile file) {
        LandscapeParser parser = new LandscapeParser();
        parser.read(file);
        return new FileResult(
                List.copyOf(parser.problems), List.copyOf(parser.documents), List.copyOf(parser.references));
    }

    private void read(LandscapeFile file) {
        int bytes = file.content().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_FILE_BYTES) {
            problem(
                    Code.TOO_LARGE,
                    file.path(),
                    0,
                    "",
                    "the file has " + bytes + " bytes; the limit is " + MAX_FILE_BYTES
                            + " bytes per file: split it into several files");
            return;
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setCodePointLimit(MAX_FILE_BYTES);
        options.setNestingDepthLimit(20);
        Yaml yaml = new Yaml(options);
        try {
            for (org.yaml.snakeyaml.nodes.Node document : yaml.composeAll(new StringReader(file.content()))) {
                if (document != null
                        && !(document instanceof ScalarNode s && s.getTag().equals(Tag.NULL))) {
                    parseDocument(file.path(), document);
                }
            }
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            String column = e.getProblemMark() == null
                    ? ""
                    : " at column " + (e.getProblemMark().getColumn() + 1);
            problem(
                    Code.MALFORMED_YAML,
                    file.path(),
                    line,
                    "",
                    "malformed YAML" + column + ": " + (e.getContext() == null ? "" : e.getContext() + ", ")
                            + e.getProblem());
        } catch (org.yaml.snakeyaml.reader.ReaderException e) {
            // A character YAML forbids (e.g. a control character): locate it ourselves, the exception has no mark.
            int position = Math.max(0, Math.min(e.getPosition(), file.content().length()));
            int line = 1
                    + (int) file.content()
                            .substring(0, position)
                            .chars()
                            .filter(c -> c == '\n')
                            .count();
            problem(
                    Code.MALFORMED_YAML,
                    file.path(),
                    line,
                    "",
                    "malformed YAML: character U+" + String.format("%04X", e.getCodePoint())
                            + " is not allowed in YAML");
        } catch (YAMLException e) {
            problem(Code.MALFORMED_YAML, file.path(), 1, "", "malformed YAML: " + e.getMessage());
        }
    }

    private void parseDocument(String file, org.yaml.snakeyaml.nodes.Node document) {
        int line = line(document);
        if (!(document instanceof MappingNode root)) {
            problem(
                    Code.WRONG_TYPE,
                    file,
                    line,
                    "",
                    "a document must be a mapping with apiVersion, kind, metadata" + " and spec, got "
                            + describe(document));
            return;
        }
        Map<String, NodeTuple> envelope = values.entries(file, root, "", ENVELOPE);
        String apiVersion = values.scalar(file, envelope.get("apiVersion"), "apiVersion", true);
        if (apiVersion != null && !apiVersion.equals(API_VERSION)) {
            problem(
                    Code.INVALID_VALUE,
                    file,
                    line(envelope.get("apiVersion")),
                    "apiVersion",
                    "unsupported apiVersion '" + apiVersion + "': use " + API_VERSION);
        }
        String kindName = values.scalar(file, envelope.get("kind"), "kind", true);
        if (kindName == null) {
            if (!envelope.containsKey("kind")) {
                problem(Code.MISSING_FIELD, file, line, "kind", "kind is required: one of " + NodeKind.labels());
            }
            return;
        }
        NodeKind kind = NodeKind.ofLabel(kindName).orElse(null);
        if (kind == null) {
            problem(
                    Code.UNKNOWN_KIND,
                    file,
                    line(envelope.get("kind")),
                    "kind",
                    "unknown kind '" + kindName + "': use one of " + NodeKind.labels());
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        String key = metadata(file, line, envelope.get("metadata"), properties);
        if (key == null) {
            return;
        }
        NodeRef id = new NodeRef(kind, key);
        int errorsBefore = problems.size();
        List<Edge> edges = new ArrayList<>();
        NodeTuple specTuple = envelope.get("spec");
        Map<String, NodeTuple> spec = Map.of();
        if (specTuple != null && specTuple.getValueNode() instanceof MappingNode specNode) {
            spec = values.entries(
                    file,
                    specNode,
                    "spec.",
                    kind.specFields().stream().map(Field::name).collect(java.util.stream.Collectors.toSet()));
        } else if (specTuple != null && !isNull(specTuple.getValueNode())) {
            problem(
                    Code.WRONG_TYPE,
                    file,
                    line(specTuple),
                    "spec",
                    "spec must be a mapping, got " + describe(specTuple.getValueNode()));
        }
        for (Field field : kind.specFields()) {
            NodeTuple tuple = spec.get(field.name());
            if (tuple == null || isNull(tuple.getValueNode())) {
                if (field.required()) {
                    problem(
                            Code.MISSING_FIELD,
                            file,
                            tuple == null ? (specTuple == null ? line : line(specTuple)) : line(tuple),
                            "spec." + field.name(),
                            field.name() + " is required for a " + kind.label());
                }
                continue;
            }
            readField(file, id, field, tuple, properties, edges);
        }
        kind.applyDefaults(properties);
        properties.put("sourceFile", file);
        documents.add(new Document(
                id,
                line,
                problems.size(),
                problems.size() > errorsBefore ? null : new Node(id, properties),
                List.copyOf(edges)));
    }

    private @Nullable String metadata(
            String file, int documentLine, @Nullable NodeTuple tuple, Map<String, Object> properties) {
        if (tuple == null) {
            problem(Code.MISSING_FIELD, file, documentLine, "metadata", "metadata with a key is required");
            return null;
        }
        if (!(tuple.getValueNode() instanceof MappingNode node)) {
            problem(
                    Code.WRONG_TYPE,
                    file,
                    line(tuple),
                    "metadata",
                    "metadata must be a mapping, got " + describe(tuple.getValueNode()));
            return null;
        }
        Map<String, NodeTuple> metadata = values.entries(file, node, "metadata.", METADATA);
        NodeTuple keyTuple = metadata.containsKey("key") ? metadata.get("key") : metadata.get("name");
        String keyField = metadata.containsKey("key") ? "metadata.key" : "metadata.name";
        if (metadata.containsKey("key") && metadata.containsKey("name")) {
            problem(
                    Code.INVALID_VALUE,
                    file,
                    line(metadata.get("name")),
                    "metadata.name",
                    "give either metadata.key or metadata.name (its Backstage synonym), not both");
        }
        String key = values.scalar(file, keyTuple, keyField, true);
        if (keyTuple == null) {
            problem(Code.MISSING_FIELD, file, line(tuple), "metadata.key", "metadata.key is required");
            return null;
        }
        if (key == null) {
            return null;
        }
        if (!Keys.isKey(key)) {
            problem(
                    Code.INVALID_VALUE,
                    file,
                    line(keyTuple),
                    keyField,
                    "'" + key + "' is not a valid key: use 2 to"
                            + " 64 lower-case letters, digits and dashes, starting with a letter or digit");
            return null;
        }
        String title = values.scalar(file, metadata.get("title"), "metadata.title", true);
        Object displayName = title == null
                ? key
                : values.checked(file, metadata.get("title"), "metadata.title", Field.common("name"), title);
        if (displayName != null) {
            properties.put("name", displayName);
        }
        String description = values.scalar(file, metadata.get("description"), "metadata.description", true);
        if (description != null) {
            Object checked = values.checked(
                    file,
                    metadata.get("description"),
                    "metadata.description",
                    Field.common("description"),
                    description);
            if (checked != null) {
                properties.put("description", checked);
            }
        }
        NodeTuple labels = metadata.get("labels");
        if (labels != null && !isNull(labels.getValueNode())) {
            if (labels.getValueNode() instanceof MappingNode labelMap) {
                TreeMap<String, String> sorted = new TreeMap<>();
                for (NodeTuple label : labelMap.getValue()) {
                    String name = values.scalar(file, label, "metadata.labels", false);
                    if (label.getKeyNode() instanceof ScalarNode k
                            && label.getValueNode() instanceof ScalarNode v
                            && !v.getTag().equals(Tag.NULL)) {
                        sorted.put(k.getValue(), v.getValue());
                    } else if (name != null) {
                        problem(
                                Code.WRONG_TYPE,
                                file,
                                line(label),
                                "metadata.labels." + name,
                                "a label value must be a scalar, got " + describe(label.getValueNode()));
                    }
                }
                if (!sorted.isEmpty()) {
                    properties.put(
                            "labels",
                            sorted.entrySet().stream()
                                    .map(e -> e.getKey() + "=" + e.getValue())
                                    .toList());
                }
            } else {
                problem(
                        Code.WRONG_TYPE,
                        file,
                        line(labels),
                        "metadata.labels",
                        "labels must be a mapping of" + " names to values, got " + describe(labels.getValueNode()));
            }
        }
        return key;
    }

    private void readField(
            String file, NodeRef id, Field field, NodeTuple tuple, Map<String, Object> properties, List<Edge> edges) {
        String path = "spec." + field.name();
        org.yaml.snakeyaml.nodes.Node value = tuple.getValueNode();
        switch (field.type()) {
            case REF -> {
                String key = values.scalar(file, tuple, path, true);
                if (key != null) {
                    edges.add(reference(file, id, field, key, line(tuple), path, Map.of()));
                }
            }
            case REFS -> {
                if (!(value instanceof SequenceNode list)) {
                    values.wrongType(file, tuple, path, "a list of keys", value);
                    return;
                }
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < list.getValue().size(); i++) {
                    org.yaml.snakeyaml.nodes.Node item = list.getValue().get(i);
                    String itemPath = path + "[" + i + "]";
                    if (!(item instanceof ScalarNode s) || !s.getTag().equals(Tag.STR)) {
                        problem(Code.WRONG_TYPE, file, line(item), itemPath, "expected a key, got " + describe(item));
                    } else if (field.edge() == EdgeType.DEPENDS_ON
                            && s.getValue().equals(id.key())) {
                        problem(
                                Code.SELF_DEPENDENCY,
                                file,
                                line(item),
                                itemPath,
                                id.display() + " cannot depend on itself");
                    } else if (!seen.add(s.getValue())) {
                        problem(
                                Code.DUPLICATE_KEY,
                                file,
                                line(item),
                                itemPath,
                                "'" + s.getValue() + "' is listed twice");
                    } else {
                        edges.add(reference(file, id, field, s.getValue(), line(item), itemPath, Map.of()));
                    }
                }
            }
            case CONSUMES -> consumptions(file, id, field, tuple, edges);
            default -> {
                Object parsed = values.value(file, field, tuple, path);
                if (parsed != null) {
                    properties.put(field.name(), parsed);
                }
            }
        }
    }

    private void consumptions(String file, NodeRef id, Field field, NodeTuple tuple, List<Edge> edges) {
        String path = "spec." + field.name();
        if (!(tuple.getValueNode() instanceof SequenceNode list)) {
            values.wrongType(file, tuple, path, "a list of {capability, since, mode}", tuple.getValueNode());
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.getValue().size(); i++) {
            org.yaml.snakeyaml.nodes.Node item = list.getValue().get(i);
            String itemPath = path + "[" + i + "]";
            if (!(item instanceof MappingNode map)) {
                problem(
                        Code.WRONG_TYPE,
                        file,
                        line(item),
                        itemPath,
                        "expected a mapping {capability, since, mode}," + " got " + describe(item));
                continue;
            }
            Map<String, NodeTuple> entries = values.entries(file, map, itemPath + ".", CONSUMPTION);
            String capability = values.scalar(file, entries.get("capability"), itemPath + ".capability", true);
            if (!entries.containsKey("capability")) {
                problem(Code.MISSING_FIELD, file, line(item), itemPath + ".capability", "capability is required");
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            if (entries.containsKey("since") && !isNull(entries.get("since").getValueNode())) {
                Object since = values.value(file, consumptionField("since"), entries.get("since"), itemPath + ".since");
                if (since != null) {
                    properties.put("since", since);
                }
            }
            if (entries.containsKey("mode") && !isNull(entries.get("mode").getValueNode())) {
                Object mode = values.value(file, consumptionField("mode"), entries.get("mode"), itemPath + ".mode");
                if (mode != null) {
                    properties.put("mode", mode);
                }
            }
            if (capability != null) {
                if (!seen.add(capability)) {
                    problem(
                            Code.DUPLICATE_KEY,
                            file,
                            line(item),
                            itemPath + ".capability",
                            "capability '" + capability + "' is listed twice");
                } else {
                    edges.add(reference(
                            file,
                            id,
                            field,
                            capability,
                            line(entries.get("capability")),
                            itemPath + ".capability",
                            properties));
                }
            }
        }
    }

    private Edge reference(
            String file,
            NodeRef declaring,
            Field field,
            String key,
            int line,
            String path,
            Map<String, Object> edgeProperties) {
        NodeRef target = new NodeRef(field.target(), key);
        references.add(new Reference(declaring, target, file, line, path));
        EdgeId edgeId = field.outgoing()
                ? new EdgeId(field.edge(), declaring, target)
                : new EdgeId(field.edge(), target, declaring);
        Map<String, Object> properties = new LinkedHashMap<>(edgeProperties);
        properties.put("sourceFile", file);
        return new Edge(edgeId, properties);
    }

    private static Field consumptionField(String name) {
        return Field.consumptionFields().stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private void problem(Code code, String file, int line, String field, String message) {
        problems.add(new Problem(code, file, line, field, message));
    }

    /** Where a node is declared (public: other producers of declarations, such as the Backstage import, say it too). */
    public record Origin(String file, int line) {}

    /**
     * A document of a file: its node, where it starts, how many of the file's problems come before a duplicate-key
     * problem for it, and its node with the relationships it declares (null node when it has problems).
     */
    record Document(
            NodeRef id,
            int line,
            int problemIndex,
            @Nullable Node node,
            List<Edge> edges) {}

    /** What one file declares, its problems in order, and the references its documents make. */
    record FileResult(List<Problem> problems, List<Document> documents, List<Reference> references) {}

    /** A key a document names in a field, to be resolved against the files and the graph. */
    public record Reference(NodeRef from, NodeRef target, String file, int line, String field) {}

    /** What the files declare, the problems found, and the references to resolve. */
    public record Parsed(
            Landscape declared, List<Problem> problems, List<Reference> references, Map<NodeRef, Origin> origins) {

        /** Problems plus a DANGLING_REFERENCE for every reference to a node neither the files nor {@code known} hold. */
        public List<Problem> problemsResolvingAgainst(Set<NodeRef> known) {
            List<Problem> all = new ArrayList<>(problems);
            for (Reference reference : references) {
                if (!origins.containsKey(reference.target()) && !known.contains(reference.target())) {
                    all.add(new Problem(
                            Code.DANGLING_REFERENCE,
                            reference.file(),
                            reference.line(),
                            reference.field(),
                            "no " + reference.target().kind().label() + " with key '"
                                    + reference.target().key() + "' is declared in these files"
                                    + (known.isEmpty() ? "" : " or exists in the graph")));
                }
            }
            return all;
        }
    }
}
