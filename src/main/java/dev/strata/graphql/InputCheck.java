package dev.strata.graphql;

import dev.strata.graphql.UserError.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Collects every problem of one mutation input, so the caller sees all of them at once; the mutation writes only
 * when none was found. Field paths are relative to the mutation argument {@code input}.
 */
public final class InputCheck {

    public static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    private static final int MAX_NAME = 200;
    private static final int MAX_TEXT = 4000;

    private final List<UserError> errors = new ArrayList<>();

    public InputCheck key(String field, @Nullable String value) {
        if (value == null || !KEY.matcher(value).matches()) {
            invalid(
                    field,
                    "'" + printable(value) + "' is not a valid key: use 2 to 64 lower-case letters, digits"
                            + " and dashes, starting with a letter or digit");
        }
        return this;
    }

    /** A required name on create; on update, null means "unchanged". */
    public InputCheck name(String field, @Nullable String value, boolean required) {
        if (value == null) {
            if (required) {
                invalid(field, "a name is required");
            }
        } else if (value.isBlank() || value.length() > MAX_NAME || hasControlCharacters(value)) {
            invalid(field, "a name must be 1 to " + MAX_NAME + " printable characters");
        }
        return this;
    }

    public InputCheck text(String field, @Nullable String value) {
        if (value != null && (value.length() > MAX_TEXT || hasControlCharacters(value.replace('\n', ' ')))) {
            invalid(field, "at most " + MAX_TEXT + " printable characters (line breaks allowed)");
        }
        return this;
    }

    public InputCheck range(String field, @Nullable Number value, double min, double max) {
        if (value != null
                && (value.doubleValue() < min || value.doubleValue() > max || Double.isNaN(value.doubleValue()))) {
            invalid(field, "must be between " + format(min) + " and " + format(max) + ", was " + value);
        }
        return this;
    }

    public InputCheck notFound(String field, String what, String key) {
        return add(ErrorCode.NOT_FOUND, field, "no " + what + " with key '" + printable(key) + "'");
    }

    public InputCheck invalid(String field, String message) {
        return add(ErrorCode.INVALID_VALUE, field, message);
    }

    public InputCheck add(ErrorCode code, String field, String message) {
        errors.add(new UserError(code, List.of("input", field), message));
        return this;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public List<UserError> errors() {
        return List.copyOf(errors);
    }

    private static boolean hasControlCharacters(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }

    /** Echoes user input safely in a message: control characters escaped, long values cut. */
    private static String printable(@Nullable String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(80).forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return value.length() > 80 ? out + "..." : out.toString();
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
