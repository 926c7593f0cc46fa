package dev.strata.backstage;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One Backstage entity as read from a descriptor (or from the catalog REST API), with where it was declared: the
 * descriptor's file and the line its document starts on, and the line of each field (for located warnings).
 *
 * @param apiVersion as written, e.g. {@code backstage.io/v1alpha1}
 * @param kind       as written, e.g. {@code Component}
 * @param namespace  the namespace as written, {@code default} when absent
 * @param name       {@code metadata.name} as written
 * @param metadata   the metadata mapping (strings, lists, mappings)
 * @param spec       the spec mapping, empty when absent
 * @param file       the descriptor's path, or for an entity read from a running Backstage its
 *                   {@code backstage.io/managed-by-location}
 * @param line       1-based line of the document (0 when unknown, as for entities read over REST)
 * @param lines      1-based line of fields by path, e.g. {@code spec.dependsOn[1]}
 */
public record Entity(
        String apiVersion,
        String kind,
        String namespace,
        String name,
        Map<String, Object> metadata,
        Map<String, Object> spec,
        String file,
        int line,
        Map<String, Integer> lines) {

    public EntityRef ref() {
        return new EntityRef(kind, namespace, name);
    }

    /** The kind in lower case, as references spell it: {@code component}, {@code api}, ... */
    public String kindKey() {
        return kind.toLowerCase(Locale.ROOT);
    }

    /** The line of a field (e.g. {@code spec.owner}); the document's line when the field has none. */
    public int lineOf(String path) {
        return lines.getOrDefault(path, line);
    }

    public @Nullable String annotation(String name) {
        return metadata.get("annotations") instanceof Map<?, ?> annotations && annotations.get(name) instanceof String s
                ? s
                : null;
    }

    public @Nullable String specString(String field) {
        return spec.get(field) instanceof String s ? s : null;
    }

    /** A spec field that holds one reference or a list of them, as the list of its texts (non-texts dropped). */
    public List<String> specList(String field) {
        Object value = spec.get(field);
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof List<?> list) {
            return list.stream()
                    .filter(String.class::isInstance)
                    .map(String.class::cast)
                    .toList();
        }
        return List.of();
    }

    /** The path of the i-th item of a spec field, or of the field when it holds one value. */
    public String specItemPath(String field, int index) {
        return spec.get(field) instanceof List<?> ? "spec." + field + "[" + index + "]" : "spec." + field;
    }

    /** {@code metadata.title}, else {@code spec.profile.displayName}, else the name. */
    public String displayName() {
        if (metadata.get("title") instanceof String title && !title.isBlank()) {
            return title;
        }
        if (spec.get("profile") instanceof Map<?, ?> profile
                && profile.get("displayName") instanceof String shown
                && !shown.isBlank()) {
            return shown;
        }
        return name;
    }

    public @Nullable String description() {
        return metadata.get("description") instanceof String description ? description : null;
    }

    /** {@code file:line} for messages. */
    public String where() {
        return file + ":" + line;
    }
}
