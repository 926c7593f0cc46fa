package dev.strata.ingest;

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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
        Map<String, NodeTuple> envelope = entries(file, root, "", ENVELOPE);
        String apiVersion = scalar(file, envelope.get("apiVersion"), "apiVersion", true);
        if (apiVersion != null && !apiVersion.equals(API_VERSION)) {
            problem(
                    Code.INVALID_VALUE,
                    file,
                    line(envelope.get("apiVersion")),
                    "apiVersion",
                    "unsupported apiVersion '" + apiVersion + "': use " + API_VERSION);
        }
        String kindName = scalar(file, envelope.get("kind"), "kind", true);
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
            spec = entries(
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
        Map<String, NodeTuple> metadata = entries(file, node, "metadata.", METADATA);
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
        String key = scalar(file, keyTuple, keyField, true);
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
        String title = scalar(file, metadata.get("title"), "metadata.title", true);
        Object displayName = title == null
                ? key
                : checked(file, metadata.get("title"), "metadata.title", Field.common("name"), title);
        if (displayName != null) {
            properties.put("name", displayName);
        }
        String description = scalar(file, metadata.get("description"), "metadata.description", true);
        if (description != null) {
            Object checked = checked(
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
                    String name = scalar(file, label, "metadata.labels", false);
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
                String key = scalar(file, tuple, path, true);
                if (key != null) {
                    edges.add(reference(file, id, field, key, line(tuple), path, Map.of()));
                }
            }
            case REFS -> {
                if (!(value instanceof SequenceNode list)) {
                    wrongType(file, tuple, path, "a list of keys", value);
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
                Object parsed = value(file, field, tuple, path);
                if (parsed != null) {
                    properties.put(field.name(), parsed);
                }
            }
        }
    }

    private void consumptions(String file, NodeRef id, Field field, NodeTuple tuple, List<Edge> edges) {
        String path = "spec." + field.name();
        if (!(tuple.getValueNode() instanceof SequenceNode list)) {
            wrongType(file, tuple, path, "a list of {capability, since, mode}", tuple.getValueNode());
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
            Map<String, NodeTuple> entries = entries(file, map, itemPath + ".", CONSUMPTION);
            String capability = scalar(file, entries.get("capability"), itemPath + ".capability", true);
            if (!entries.containsKey("capability")) {
                problem(Code.MISSING_FIELD, file, line(item), itemPath + ".capability", "capability is required");
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            if (entries.containsKey("since") && !isNull(entries.get("since").getValueNode())) {
                Object since = value(file, consumptionField("since"), entries.get("since"), itemPath + ".since");
                if (since != null) {
                    properties.put("since", since);
                }
            }
            if (entries.containsKey("mode") && !isNull(entries.get("mode").getValueNode())) {
                Object mode = value(file, consumptionField("mode"), entries.get("mode"), itemPath + ".mode");
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

    private @Nullable Object value(String file, Field field, NodeTuple tuple, String path) {
        org.yaml.snakeyaml.nodes.Node node = tuple.getValueNode();
        if (!(node instanceof ScalarNode scalar)) {
            return wrongType(file, tuple, path, expected(field), node);
        }
        Tag tag = scalar.getTag();
        String text = scalar.getValue();
        try {
            return switch (field.type()) {
                case STRING, NAME, TEXT ->
                    tag.equals(Tag.STR)
                            ? checked(file, tuple, path, field, text)
                            : wrongType(file, tuple, path, "a string", node);
                case BOOL ->
                    tag.equals(Tag.BOOL)
                            ? Boolean.valueOf(
                                    text.toLowerCase(java.util.Locale.ROOT).matches("true|yes|on|y"))
                            : wrongType(file, tuple, path, "true or false", node);
                case INT ->
                    tag.equals(Tag.INT)
                            ? checked(file, tuple, path, field, Long.decode(text.replace("_", "")))
                            : wrongType(file, tuple, path, "an integer", node);
                case FLOAT ->
                    tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)
                            ? checked(file, tuple, path, field, Double.parseDouble(text.replace("_", "")))
                            : wrongType(file, tuple, path, "a number", node);
                case DATE ->
                    tag.equals(Tag.STR) || tag.equals(Tag.TIMESTAMP)
                            ? LocalDate.parse(text)
                            : wrongType(file, tuple, path, "a date (YYYY-MM-DD)", node);
                case ENUM ->
                    tag.equals(Tag.STR)
                            ? checked(file, tuple, path, field, text)
                            : wrongType(file, tuple, path, "one of " + String.join(", ", field.values()), node);
                default -> throw new IllegalStateException(field.type().name());
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            problem(Code.INVALID_VALUE, file, line(tuple), path, "'" + text + "' is not " + expected(field));
            return null;
        }
    }

    /** The value when the field's rule (range, allowed values, length) accepts it; otherwise a problem and null. */
    private @Nullable Object checked(String file, NodeTuple tuple, String path, Field field, Object value) {
        String problem = field.check(value);
        if (problem != null) {
            problem(Code.INVALID_VALUE, file, line(tuple), path, problem);
            return null;
        }
        return value;
    }

    private static Field consumptionField(String name) {
        return Field.consumptionFields().stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static String expected(Field field) {
        return switch (field.type()) {
            case STRING, NAME, TEXT -> "a string";
            case LABELS -> "a mapping of names to values";
            case INT -> "an integer";
            case FLOAT -> "a number";
            case BOOL -> "true or false";
            case DATE -> "a date (YYYY-MM-DD)";
            case ENUM -> "one of " + String.join(", ", field.values());
            case REF -> "a key";
            case REFS -> "a list of keys";
            case CONSUMES -> "a list of {capability, since, mode}";
        };
    }

    private @Nullable Object wrongType(
            String file, NodeTuple tuple, String path, String expected, org.yaml.snakeyaml.nodes.Node actual) {
        problem(Code.WRONG_TYPE, file, line(tuple), path, "expected " + expected + ", got " + describe(actual));
        return null;
    }

    /** A scalar string value (any plain scalar for keys and names); problems for lists and mappings. */
    private @Nullable String scalar(String file, @Nullable NodeTuple tuple, String path, boolean strict) {
        if (tuple == null) {
            return null;
        }
        org.yaml.snakeyaml.nodes.Node node = strict ? tuple.getValueNode() : tuple.getKeyNode();
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
            return null;
        }
        if (!(node instanceof ScalarNode s) || (strict && !s.getTag().equals(Tag.STR))) {
            problem(Code.WRONG_TYPE, file, line(node), path, "expected a string, got " + describe(node));
            return null;
        }
        return s.getValue();
    }

    /** The entries of a mapping by key; unknown and repeated keys are problems. */
    private Map<String, NodeTuple> entries(String file, MappingNode mapping, String prefix, Set<String> allowed) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                problem(
                        Code.WRONG_TYPE,
                        file,
                        line(tuple.getKeyNode()),
                        prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1),
                        "field names must be plain strings");
                continue;
            }
            String name = keyNode.getValue();
            if (!allowed.contains(name)) {
                problem(
                        Code.UNKNOWN_FIELD,
                        file,
                        line(keyNode),
                        prefix + name,
                        "unknown field '" + name + "': expected one of "
                                + String.join(", ", allowed.stream().sorted().toList()));
            } else if (entries.containsKey(name)) {
                problem(
                        Code.DUPLICATE_KEY,
                        file,
                        line(keyNode),
                        prefix + name,
                        "field '" + name + "' is given twice (first on line " + line(entries.get(name)) + ")");
            } else {
                entries.put(name, tuple);
            }
        }
        return entries;
    }

    private static boolean isNull(org.yaml.snakeyaml.nodes.Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    private static String describe(org.yaml.snakeyaml.nodes.Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode scalar = (ScalarNode) node;
        String value = scalar.getValue().length() > 40 ? scalar.getValue().substring(0, 40) + "..." : scalar.getValue();
        Tag tag = scalar.getTag();
        String type = tag.equals(Tag.INT)
                ? "an integer"
                : tag.equals(Tag.FLOAT)
                        ? "a number"
                        : tag.equals(Tag.BOOL)
                                ? "a boolean"
                                : tag.equals(Tag.NULL) ? "null" : tag.equals(Tag.TIMESTAMP) ? "a date" : "a string";
        return tag.equals(Tag.NULL) ? type : type + " ('" + value + "')";
    }

    private static int line(@Nullable NodeTuple tuple) {
        return tuple == null ? 0 : line(tuple.getKeyNode());
    }

    private static int line(org.yaml.snakeyaml.nodes.Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
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
