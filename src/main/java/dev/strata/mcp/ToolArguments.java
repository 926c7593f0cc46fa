package dev.strata.mcp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The arguments of one call, read with their types checked. Every refusal names the tool and the argument and says
 * what was expected, so an agent can correct the call; an argument the tool does not know is refused with the close
 * matches among those it does.
 */
final class ToolArguments {

    private final String tool;
    private final Map<String, Object> values;

    private ToolArguments(String tool, Map<String, Object> values) {
        this.tool = tool;
        this.values = values;
    }

    /** The arguments of a call to {@code tool}, refused when one of them is not among {@code known}. */
    static ToolArguments of(String tool, @Nullable Map<String, Object> values, Set<String> known) {
        Map<String, Object> given = values == null ? Map.of() : values;
        for (String name : given.keySet()) {
            if (!known.contains(name)) {
                throw new ToolFailure(tool + ": unknown argument '" + name + "'" + Suggestions.closeMatches(name, known)
                        + "; the arguments are "
                        + String.join(", ", known.stream().sorted().toList()));
            }
        }
        return new ToolArguments(tool, given);
    }

    String tool() {
        return tool;
    }

    /** The value as given, for arguments of a shape the typed readers do not cover. */
    @Nullable
    Object raw(String name) {
        return values.get(name);
    }

    boolean has(String name) {
        return values.get(name) != null;
    }

    String string(String name) {
        String value = optionalString(name);
        if (value == null) {
            throw missing(name, "a string");
        }
        return value;
    }

    @Nullable
    String optionalString(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw wrongType(name, "a string", value);
        }
        if (text.isBlank()) {
            throw new ToolFailure(tool + ": argument '" + name + "' must not be blank");
        }
        return text.strip();
    }

    int integer(String name, int minimum, int maximum, int defaultValue) {
        Object value = values.get(name);
        if (value == null) {
            return defaultValue;
        }
        long number;
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            number = n.longValue();
        } else {
            throw wrongType(name, "an integer", value);
        }
        if (number < minimum || number > maximum) {
            throw new ToolFailure(tool + ": argument '" + name + "' must be between " + minimum + " and " + maximum
                    + ", was " + number);
        }
        return (int) number;
    }

    boolean bool(String name, boolean defaultValue) {
        Object value = values.get(name);
        if (value == null) {
            return defaultValue;
        }
        if (!(value instanceof Boolean flag)) {
            throw wrongType(name, "true or false", value);
        }
        return flag;
    }

    <E extends Enum<E>> @Nullable E optionalEnum(String name, Class<E> type) {
        String value = optionalString(name);
        if (value == null) {
            return null;
        }
        String wanted = value.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        List<String> names =
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        throw new ToolFailure(tool + ": argument '" + name + "' must be one of " + String.join(", ", names) + ", was '"
                + value + "'" + Suggestions.closeMatches(wanted, names));
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type, E defaultValue) {
        E value = optionalEnum(name, type);
        return value == null ? defaultValue : value;
    }

    /** A list of strings; a single string counts as a list of one. */
    List<String> strings(String name, int maxItems) {
        Object value = values.get(name);
        if (value == null) {
            throw missing(name, "a list of strings");
        }
        List<?> raw = value instanceof List<?> list ? list : List.of(value);
        if (raw.isEmpty()) {
            throw new ToolFailure(tool + ": argument '" + name + "' must name at least one item");
        }
        if (raw.size() > maxItems) {
            throw new ToolFailure(
                    tool + ": argument '" + name + "' holds " + raw.size() + " items; at most " + maxItems);
        }
        List<String> strings = new ArrayList<>();
        for (Object item : raw) {
            if (!(item instanceof String text) || text.isBlank()) {
                throw wrongType(name, "a list of non-blank strings", value);
            }
            strings.add(text.strip());
        }
        return strings;
    }

    /** A nested object argument, read with the same checks. */
    ToolArguments object(String name, Set<String> known) {
        Object value = values.get(name);
        if (value == null) {
            throw missing(name, "an object");
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw wrongType(name, "an object", value);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) map;
        return of(tool + " " + name, fields, known);
    }

    private ToolFailure missing(String name, String expected) {
        return new ToolFailure(tool + ": argument '" + name + "' is required (" + expected + ")");
    }

    private ToolFailure wrongType(String name, String expected, Object value) {
        String shown = String.valueOf(value);
        return new ToolFailure(tool + ": argument '" + name + "' must be " + expected + ", was "
                + (shown.length() > 60 ? shown.substring(0, 60) + "..." : shown));
    }
}
