package dev.strata.model;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rule for business keys: 2 to 64 lower-case letters, digits and dashes. A key is unique per node kind (the
 * Neo4j constraints are per label): a team and a capability may share a key, so every reference names its kind too.
 */
public final class Keys {

    public static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");

    private Keys() {}

    public static boolean isKey(@Nullable String value) {
        return value != null && KEY.matcher(value).matches();
    }

    /** The message for a value that is not a key. */
    public static String invalid(@Nullable Object value) {
        return "'" + printable(value == null ? "" : String.valueOf(value)) + "' is not a valid key: use 2 to 64"
                + " lower-case letters, digits and dashes, starting with a letter or digit";
    }

    /** Echoes user input safely in a message: control characters escaped, long values cut. */
    public static String printable(@Nullable String value) {
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
}
