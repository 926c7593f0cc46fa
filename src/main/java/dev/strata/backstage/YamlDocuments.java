package dev.strata.backstage;

import dev.strata.ingest.LandscapeParser;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * YAML documents with positions: SnakeYAML's node API (nothing is constructed, so unknown tags such as MkDocs'
 * {@code !!python/name:} do not fail), turned into plain values (strings, lists, mappings) with the 1-based line
 * of every field by path ({@code spec.dependsOn[1]}).
 */
final class YamlDocuments {

    /** Deeper than any descriptor; bounds the work on hostile input (aliases that refer to themselves included). */
    private static final int MAX_DEPTH = 64;

    private YamlDocuments() {}

    /** One document: its first and last line, and its root node. */
    record Document(int line, int endLine, Node node) {}

    /** The documents of a text; a {@link Unreadable} when it is not YAML. */
    static List<Document> documents(String content) throws Unreadable {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setCodePointLimit(LandscapeParser.MAX_FILE_BYTES);
        options.setNestingDepthLimit(MAX_DEPTH);
        // Any tag may stand: documents are only composed, never constructed, so a tag cannot instantiate anything.
        options.setTagInspector(tag -> true);
        List<Document> documents = new ArrayList<>();
        try {
            for (Node node : new Yaml(options).composeAll(new StringReader(content))) {
                if (node != null && !(node instanceof ScalarNode s && s.getTag().equals(Tag.NULL))) {
                    documents.add(new Document(
                            line(node),
                            node.getEndMark() == null
                                    ? line(node)
                                    : node.getEndMark().getLine() + 1,
                            node));
                }
            }
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new Unreadable(
                    line, "not valid YAML: " + (e.getContext() == null ? "" : e.getContext() + ", ") + e.getProblem());
        } catch (org.yaml.snakeyaml.reader.ReaderException e) {
            int position = Math.max(0, Math.min(e.getPosition(), content.length()));
            int line = 1
                    + (int) content.substring(0, position)
                            .chars()
                            .filter(c -> c == '\n')
                            .count();
            throw new Unreadable(
                    line,
                    "not valid YAML: character U+" + String.format("%04X", e.getCodePoint())
                            + " is not allowed in YAML");
        } catch (YAMLException e) {
            throw new Unreadable(1, "not valid YAML: " + e.getMessage());
        }
        return documents;
    }

    /**
     * The node as plain values: mappings (string keys, in order), lists, strings (every scalar as written; null for
     * YAML null); the line of every entry and item is recorded under its path below {@code path}.
     */
    static @Nullable Object value(Node node, String path, Map<String, Integer> lines) {
        return value(node, path, lines, 0);
    }

    private static @Nullable Object value(Node node, String path, Map<String, Integer> lines, int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    String child = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
                    lines.putIfAbsent(child, line(key));
                    Object value = value(tuple.getValueNode(), child, lines, depth + 1);
                    if (value != null) {
                        map.put(key.getValue(), value);
                    }
                }
            }
            return map;
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < sequence.getValue().size(); i++) {
                Node item = sequence.getValue().get(i);
                String child = path + "[" + i + "]";
                lines.putIfAbsent(child, line(item));
                Object value = value(item, child, lines, depth + 1);
                list.add(value == null ? "" : value);
            }
            return list;
        }
        ScalarNode scalar = (ScalarNode) node;
        return scalar.getTag().equals(Tag.NULL) ? null : scalar.getValue();
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /** A text that is not YAML: the line of the problem and why. */
    static final class Unreadable extends Exception {
        private final int line;

        Unreadable(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }
}
