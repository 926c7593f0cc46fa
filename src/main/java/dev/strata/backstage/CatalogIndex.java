package dev.strata.backstage;

import dev.strata.backstage.Finding.Category;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The entities of a catalog by ref, and the resolution of the references their fields hold, with Backstage's
 * grammar: {@code [kind:][namespace/]name}, the field's default kind, and the referencing entity's namespace.
 */
final class CatalogIndex {

    private final Map<EntityRef, Entity> byRef = new LinkedHashMap<>();
    private final Findings findings;

    CatalogIndex(Collection<Entity> entities, Findings findings) {
        entities.forEach(e -> byRef.putIfAbsent(e.ref(), e));
        this.findings = findings;
    }

    Collection<Entity> all() {
        return byRef.values();
    }

    List<Entity> ofKind(String kind) {
        return byRef.values().stream().filter(e -> e.kindKey().equals(kind)).toList();
    }

    Optional<Entity> get(EntityRef ref) {
        return Optional.ofNullable(byRef.get(ref));
    }

    /** A reference found in a field item, resolved or not. */
    record Target(
            Entity from,
            String field,
            String text,
            @Nullable Entity entity) {}

    /** Every reference of a spec field, resolved quietly (no findings): for the first passes over the catalog. */
    List<Target> peek(Entity from, String field, @Nullable String defaultKind) {
        List<Target> targets = new ArrayList<>();
        List<String> texts = from.specList(field);
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            Entity entity = EntityRef.parse(text, defaultKind, from.namespace())
                    .map(byRef::get)
                    .orElse(null);
            targets.add(new Target(from, from.specItemPath(field, i), text, entity));
        }
        return targets;
    }

    /**
     * Every reference of a spec field, resolved; each one that is not resolved is a finding (no kind where the
     * field has no default kind, or an entity the catalog does not hold).
     */
    List<Target> resolve(Entity from, String field, @Nullable String defaultKind) {
        List<Target> targets = peek(from, field, defaultKind);
        for (Target target : targets) {
            if (target.entity() == null) {
                unresolved(target, defaultKind);
            }
        }
        return targets.stream().filter(t -> t.entity() != null).toList();
    }

    /** The one reference of a single-valued spec field ({@code spec.owner}, {@code spec.system}), if resolved. */
    Optional<Entity> resolveOne(Entity from, String field, @Nullable String defaultKind) {
        return resolve(from, field, defaultKind).stream().findFirst().map(Target::entity);
    }

    private void unresolved(Target target, @Nullable String defaultKind) {
        Optional<EntityRef> ref =
                EntityRef.parse(target.text(), defaultKind, target.from().namespace());
        String message = ref.isEmpty()
                ? target.from().ref() + " " + target.field() + " '" + target.text() + "' names no kind, and "
                        + target.field().replaceAll("\\[\\d+]$", "") + " has no default kind: write kind:name"
                : target.from().ref() + " " + target.field() + " '" + target.text() + "' refers to " + ref.get()
                        + ", which the catalog does not hold";
        findings.add(
                Category.UNRESOLVED_REFERENCE,
                target.from(),
                target.field(),
                target.field().replaceAll("\\[\\d+]$", ""),
                message);
    }
}
