package dev.strata.ingest;

import dev.strata.ingest.Problem.Code;
import dev.strata.model.Field;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed values out of SnakeYAML nodes for {@link LandscapeParser}: each value checked against its field's type and
 * rule, each mismatch a problem with file, line and field path (added to the parser's list) instead of an exception,
 * so that one bad value never hides the next.
 */
final class YamlValues {

    private final List<Problem> problems;

    YamlValues(List<Problem> problems) {
        this.problems = problems;
    }

    @Nullable
    Object value(String file, Field field, NodeTuple tuple, String path) {
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
    @Nullable
    Object checked(String file, NodeTuple tuple, String path, Field field, Object value) {
        String problem = field.check(value);
        if (problem != null) {
            problem(Code.INVALID_VALUE, file, line(tuple), path, problem);
            return null;
        }
        return value;
    }

    static String expected(Field field) {
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

    @Nullable
    Object wrongType(String file, NodeTuple tuple, String path, String expected, org.yaml.snakeyaml.nodes.Node actual) {
        problem(Code.WRONG_TYPE, file, line(tuple), path, "expected " + expected + ", got " + describe(actual));
        return null;
    }

    /** A scalar string value (any plain scalar for keys and names); problems for lists and mappings. */
    @Nullable
    String scalar(String file, @Nullable NodeTuple tuple, String path, boolean strict) {
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
    Map<String, NodeTuple> entries(String file, MappingNode mapping, String prefix, Set<String> allowed) {
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

    static boolean isNull(org.yaml.snakeyaml.nodes.Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    static String describe(org.yaml.snakeyaml.nodes.Node node) {
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

    static int line(@Nullable NodeTuple tuple) {
        return tuple == null ? 0 : line(tuple.getKeyNode());
    }

    static int line(org.yaml.snakeyaml.nodes.Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private void problem(Code code, String file, int line, String field, String message) {
        problems.add(new Problem(code, file, line, field, message));
    }
}
