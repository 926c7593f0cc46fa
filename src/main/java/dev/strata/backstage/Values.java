package dev.strata.backstage;

import dev.strata.model.Field;
import dev.strata.model.Lifecycle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** How Backstage's free-form values (tiers, lifecycles, texts) become the model's values. */
final class Values {

    /** {@code 1}, {@code tier-1}, {@code tier1}, {@code Tier 1}, {@code T1}, {@code t_1} (tiers 0 to 9 are read). */
    private static final Pattern TIER = Pattern.compile("(?:tier|t)?[\\s_-]*([0-9])", Pattern.CASE_INSENSITIVE);

    /** Lifecycle words seen in real catalogs; Backstage's own are experimental, production and deprecated. */
    private static final Map<String, Lifecycle> LIFECYCLES = Map.ofEntries(
            Map.entry("experimental", Lifecycle.BETA),
            Map.entry("beta", Lifecycle.BETA),
            Map.entry("alpha", Lifecycle.BETA),
            Map.entry("preview", Lifecycle.BETA),
            Map.entry("development", Lifecycle.BETA),
            Map.entry("incubating", Lifecycle.BETA),
            Map.entry("production", Lifecycle.GA),
            Map.entry("ga", Lifecycle.GA),
            Map.entry("stable", Lifecycle.GA),
            Map.entry("live", Lifecycle.GA),
            Map.entry("mature", Lifecycle.GA),
            Map.entry("deprecated", Lifecycle.DEPRECATED),
            Map.entry("sunset", Lifecycle.DEPRECATED),
            Map.entry("retired", Lifecycle.RETIRED),
            Map.entry("decommissioned", Lifecycle.RETIRED),
            Map.entry("end-of-life", Lifecycle.RETIRED),
            Map.entry("eol", Lifecycle.RETIRED),
            Map.entry("planned", Lifecycle.PLANNED),
            Map.entry("proposed", Lifecycle.PLANNED),
            Map.entry("idea", Lifecycle.PLANNED));

    private Values() {}

    /** A tier written in one of the usual ways, as a digit 0..9; empty for anything else. */
    static Optional<Integer> tier(String text) {
        Matcher matcher = TIER.matcher(text.trim());
        return matcher.matches() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    /** Backstage's lifecycle as the model's; empty for a word not in the table. */
    static Optional<Lifecycle> lifecycle(String text) {
        return Optional.ofNullable(LIFECYCLES.get(text.trim().toLowerCase(Locale.ROOT)));
    }

    /**
     * A text fit for a field of the given kind ({@link Field.Type#NAME}, {@code STRING} or {@code TEXT}): tabs and
     * carriage returns as spaces, other control characters removed (line breaks kept in texts), cut at the limit.
     * Returns null when nothing printable is left.
     */
    static @Nullable Fitted fit(@Nullable String text, boolean multiline) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        text.replace("\r\n", "\n").codePoints().forEach(cp -> {
            if (cp == '\n' && multiline) {
                out.append('\n');
            } else if (cp == '\t' || cp == '\r' || cp == '\n') {
                out.append(' ');
            } else if (!Character.isISOControl(cp)) {
                out.appendCodePoint(cp);
            }
        });
        String cleaned =
                multiline ? out.toString().strip() : out.toString().strip().replaceAll(" {2,}", " ");
        if (cleaned.isEmpty()) {
            return null;
        }
        int limit = multiline ? Field.MAX_TEXT : Field.MAX_NAME;
        if (cleaned.length() <= limit) {
            return new Fitted(cleaned, false);
        }
        int cut = limit - 3;
        if (Character.isHighSurrogate(cleaned.charAt(cut - 1))) {
            cut--;
        }
        return new Fitted(cleaned.substring(0, cut) + "...", true);
    }

    /** A text as it fits the model, and whether it had to be cut. */
    record Fitted(String text, boolean shortened) {}
}
