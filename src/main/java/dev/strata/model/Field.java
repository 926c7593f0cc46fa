package dev.strata.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One field of a node kind: its name (in landscape files and as the node property), its type and rule, and for
 * reference fields the relationship it declares. {@link #check(Object)} is the one validation of a value, used by
 * landscape files and GraphQL mutations alike.
 *
 * @param name     the field name in files and the node property for value fields
 * @param type     what the value must be
 * @param required whether a node without it is invalid
 * @param values   allowed values of an {@link Type#ENUM}
 * @param min      lowest number allowed, or null
 * @param max      highest number allowed, or null
 * @param target   the node kind a reference names
 * @param edge     the relationship a reference declares
 * @param verb     how messages phrase a list reference ("depend on"), or null
 * @param internal whether the system sets it (never a document or an API input)
 */
public record Field(
        String name,
        Type type,
        boolean required,
        List<String> values,
        @Nullable Double min,
        @Nullable Double max,
        @Nullable NodeKind target,
        @Nullable EdgeType edge,
        @Nullable String verb,
        boolean internal) {

    /** Longest name (display name, category). */
    public static final int MAX_NAME = 200;
    /** Longest description. */
    public static final int MAX_TEXT = 4000;

    /** What a value must be. */
    public enum Type {
        NAME,
        TEXT,
        STRING,
        LABELS,
        INT,
        FLOAT,
        BOOL,
        DATE,
        ENUM,
        REF,
        REFS,
        CONSUMES
    }

    static Field displayName() {
        return new Field("name", Type.NAME, true, List.of(), null, null, null, null, null, false);
    }

    static Field text(String name) {
        return new Field(name, Type.TEXT, false, List.of(), null, null, null, null, null, false);
    }

    static Field labels() {
        return new Field("labels", Type.LABELS, false, List.of(), null, null, null, null, null, false);
    }

    static Field string(String name) {
        return new Field(name, Type.STRING, false, List.of(), null, null, null, null, null, false);
    }

    static Field integer(String name, boolean required, double min, double max) {
        return new Field(name, Type.INT, required, List.of(), min, max, null, null, null, false);
    }

    static Field decimal(String name, double min, double max) {
        return new Field(name, Type.FLOAT, false, List.of(), min, max, null, null, null, false);
    }

    static Field bool(String name) {
        return new Field(name, Type.BOOL, false, List.of(), null, null, null, null, null, false);
    }

    static Field date(String name) {
        return new Field(name, Type.DATE, false, List.of(), null, null, null, null, null, false);
    }

    static Field enumeration(String name, boolean required, Class<? extends Enum<?>> type) {
        List<String> values =
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        return new Field(name, Type.ENUM, required, values, null, null, null, null, null, false);
    }

    static Field ref(String name, boolean required, NodeKind target, EdgeType edge) {
        return new Field(name, Type.REF, required, List.of(), null, null, target, edge, null, false);
    }

    static Field refs(String name, NodeKind target, EdgeType edge, String verb) {
        return new Field(name, Type.REFS, false, List.of(), null, null, target, edge, verb, false);
    }

    static Field consumes() {
        return new Field(
                "consumes",
                Type.CONSUMES,
                false,
                List.of(),
                null,
                null,
                NodeKind.CAPABILITY,
                EdgeType.CONSUMES,
                "consume",
                false);
    }

    Field asInternal() {
        return new Field(name, type, required, values, min, max, target, edge, verb, true);
    }

    /**
     * One of the fields every node has: {@code name}, {@code description}, {@code labels}, {@code sourceFile},
     * {@code entityRef}.
     */
    public static Field common(String name) {
        return Fields.COMMON.stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** Properties of a {@code CONSUMES} relationship ({@code since}, {@code mode}). */
    public static List<Field> consumptionFields() {
        return Fields.CONSUMPTION;
    }

    public boolean isProperty() {
        return edge == null;
    }

    /** Whether the declaring node is the relationship's source ({@code false}: its target, as for OWNS). */
    public boolean outgoing() {
        return edge == null || !edge.declaredByTarget();
    }

    /** The GraphQL input field: the name, with {@code Key} appended for a single reference ({@code platformKey}). */
    public String inputName() {
        return type == Type.REF ? name + "Key" : name;
    }

    /**
     * Why a value is not acceptable for this field, or null when it is. Values are Java values as read from files
     * or GraphQL: strings, numbers, booleans, {@link LocalDate}s, enum constants or names, lists of strings.
     */
    public @Nullable String check(@Nullable Object value) {
        if (value == null) {
            return required ? name + " is required" : null;
        }
        return switch (type) {
            case NAME ->
                value instanceof String s && isName(s)
                        ? null
                        : "a name must be 1 to " + MAX_NAME + " printable characters";
            case STRING ->
                value instanceof String s && isName(s) ? null : "must be 1 to " + MAX_NAME + " printable characters";
            case TEXT ->
                value instanceof String s && isText(s)
                        ? null
                        : "at most " + MAX_TEXT + " printable characters (line breaks allowed)";
            case LABELS ->
                value instanceof List<?> list && list.stream().allMatch(l -> l instanceof String s && isName(s))
                        ? null
                        : "labels must be name=value texts of 1 to " + MAX_NAME + " characters";
            case INT ->
                value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                        ? range(n)
                        : "must be an integer, was " + value;
            case FLOAT ->
                value instanceof Number n && !Double.isNaN(n.doubleValue())
                        ? range(n)
                        : "must be a number, was " + value;
            case BOOL -> value instanceof Boolean ? null : "must be true or false, was " + value;
            case DATE -> value instanceof LocalDate ? null : "must be a date (YYYY-MM-DD), was " + value;
            case ENUM ->
                values.contains(value instanceof Enum<?> e ? e.name() : String.valueOf(value))
                        ? null
                        : "'" + Keys.printable(String.valueOf(value)) + "' is not one of " + String.join(", ", values);
            case REF, REFS, CONSUMES -> value instanceof String s && Keys.isKey(s) ? null : Keys.invalid(value);
        };
    }

    private @Nullable String range(Number value) {
        double v = value.doubleValue();
        if ((min != null && v < min) || (max != null && v > max)) {
            return "must be between " + format(min) + " and " + format(max) + ", was " + value;
        }
        return null;
    }

    /** The value as stored: enum constants by name, integers as long, decimals as double. */
    public @Nullable Object stored(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case ENUM -> value instanceof Enum<?> e ? e.name() : value;
            case INT -> value instanceof Number n ? (Object) n.longValue() : value;
            case FLOAT -> value instanceof Number n ? (Object) n.doubleValue() : value;
            default -> value;
        };
    }

    private static boolean isName(String value) {
        return !value.isBlank() && value.length() <= MAX_NAME && value.chars().noneMatch(Character::isISOControl);
    }

    private static boolean isText(String value) {
        return value.length() <= MAX_TEXT && value.replace('\n', ' ').chars().noneMatch(Character::isISOControl);
    }

    private static String format(@Nullable Double value) {
        return value == null ? "" : value == Math.rint(value) ? Long.toString(value.longValue()) : value.toString();
    }
}
