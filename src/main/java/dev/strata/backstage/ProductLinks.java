package dev.strata.backstage;

import dev.strata.model.Field;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a Backstage System says about the platform as a product, mapped onto the platform's {@code documentation},
 * {@code supportChannel} and {@code onCall} (issue #14), from the annotations and {@code metadata.links} catalogs
 * already carry:
 *
 * <ul>
 *   <li>documentation: a link of type {@code documentation}/{@code docs} (or icon {@code docs}), else the entity's
 *       TechDocs when {@code backstage.io/techdocs-ref} is set ({@code techdocs:<entity ref>});</li>
 *   <li>support channel: a link of type {@code support}/{@code chat}/{@code slack}/{@code help} (or such an icon);</li>
 *   <li>on-call: {@code pagerduty.com/service-id} ({@code pagerduty:<id>}), {@code opsgenie.com/team}
 *       ({@code opsgenie:<team>}), {@code splunk.com/on-call-routing-key} ({@code splunk-on-call:<key>}), else a link
 *       of type {@code on-call}/{@code oncall}/{@code pagerduty}.</li>
 * </ul>
 *
 * A value longer than the model allows (200 characters) is left out rather than cut, since half a link leads nowhere.
 */
final class ProductLinks {

    static final String TECHDOCS = "backstage.io/techdocs-ref";
    static final String PAGERDUTY = "pagerduty.com/service-id";
    static final String OPSGENIE = "opsgenie.com/team";
    static final String SPLUNK_ON_CALL = "splunk.com/on-call-routing-key";

    private static final Set<String> DOCUMENTATION = Set.of("documentation", "docs", "doc");
    private static final Set<String> SUPPORT = Set.of("support", "chat", "slack", "help", "teams");
    private static final Set<String> ON_CALL = Set.of("on-call", "oncall", "pagerduty", "opsgenie");

    private ProductLinks() {}

    /** Puts the platform's documentation, support channel and on-call into {@code properties}, where known. */
    static void map(Entity system, Map<String, Object> properties) {
        List<Map<?, ?>> links = links(system);
        String documentation = link(links, DOCUMENTATION);
        if (documentation == null && system.annotation(TECHDOCS) != null) {
            documentation = "techdocs:" + system.ref();
        }
        put(properties, "documentation", documentation);
        put(properties, "supportChannel", link(links, SUPPORT));
        String onCall = prefixed("pagerduty:", system.annotation(PAGERDUTY));
        if (onCall == null) {
            onCall = prefixed("opsgenie:", system.annotation(OPSGENIE));
        }
        if (onCall == null) {
            onCall = prefixed("splunk-on-call:", system.annotation(SPLUNK_ON_CALL));
        }
        put(properties, "onCall", onCall != null ? onCall : link(links, ON_CALL));
    }

    private static List<Map<?, ?>> links(Entity entity) {
        if (!(entity.metadata().get("links") instanceof List<?> list)) {
            return List.of();
        }
        return list.stream()
                .filter(Map.class::isInstance)
                .<Map<?, ?>>map(Map.class::cast)
                .toList();
    }

    /** The URL of the first link whose type or icon is one of {@code kinds}. */
    private static @Nullable String link(List<Map<?, ?>> links, Set<String> kinds) {
        for (Map<?, ?> link : links) {
            if (link.get("url") instanceof String url
                    && !url.isBlank()
                    && (matches(link.get("type"), kinds) || matches(link.get("icon"), kinds))) {
                return url.strip();
            }
        }
        return null;
    }

    private static boolean matches(@Nullable Object value, Set<String> kinds) {
        return value instanceof String text && kinds.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    private static @Nullable String prefixed(String prefix, @Nullable String value) {
        return value == null || value.isBlank() ? null : prefix + value.strip();
    }

    private static void put(Map<String, Object> properties, String field, @Nullable String value) {
        if (value != null && value.length() <= Field.MAX_NAME && value.chars().noneMatch(Character::isISOControl)) {
            properties.put(field, value);
        }
    }
}
