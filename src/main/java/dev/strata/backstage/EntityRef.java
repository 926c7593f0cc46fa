package dev.strata.backstage;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Backstage entity reference {@code kind:namespace/name}, compared case-insensitively as Backstage does (all three
 * parts are kept lower-case). Written references may leave out the kind (when the field has a default kind, e.g.
 * {@code spec.owner} defaults to {@code group}) and the namespace (the referencing entity's).
 */
public record EntityRef(String kind, String namespace, String name) {

    public static final String DEFAULT_NAMESPACE = "default";

    public EntityRef {
        kind = kind.toLowerCase(Locale.ROOT);
        namespace = namespace.toLowerCase(Locale.ROOT);
        name = name.toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code [kind:][namespace/]name}; empty when the text names no kind and the field has no default kind,
     * or when a part is empty.
     */
    public static Optional<EntityRef> parse(String text, @Nullable String defaultKind, String defaultNamespace) {
        String rest = text.trim();
        String kind = defaultKind;
        int colon = rest.indexOf(':');
        if (colon >= 0) {
            kind = rest.substring(0, colon);
            rest = rest.substring(colon + 1);
        }
        String namespace = defaultNamespace;
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            namespace = rest.substring(0, slash);
            rest = rest.substring(slash + 1);
        }
        if (kind == null || kind.isBlank() || namespace.isBlank() || rest.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new EntityRef(kind, namespace, rest));
    }

    /** Whether this is a reference to an entity of the given kind (lower-case, e.g. {@code component}). */
    public boolean is(String kind) {
        return this.kind.equals(kind);
    }

    @Override
    public String toString() {
        return kind + ":" + namespace + "/" + name;
    }
}
