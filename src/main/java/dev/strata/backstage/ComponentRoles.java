package dev.strata.backstage;

import dev.strata.backstage.CatalogIndex.Target;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides what each Component is (the rule of {@code src/docs/backstage.md}): the annotation
 * {@code strata.dev/kind: capability|consumer} decides when present; otherwise a component that provides APIs, and
 * is the only component providing each of them, is represented by those APIs (it is merged into them: a service
 * and its interface are one capability); a component something needs (named in another entity's
 * {@code dependsOn} or {@code consumesApis}, in its own {@code dependencyOf}, or a {@code subcomponentOf} another
 * component) is a capability of its system's platform; any other component is a consumer. Components that share
 * an API stay nodes of their own (merging several into one API would make them one).
 */
final class ComponentRoles {

    /** What a component becomes. */
    enum Role {
        PROVIDER,
        CAPABILITY,
        CONSUMER
    }

    static final String ANNOTATION = "strata.dev/kind";

    private final Map<EntityRef, Role> roles = new LinkedHashMap<>();

    ComponentRoles(CatalogIndex index) {
        Set<EntityRef> needed = new HashSet<>();
        for (Entity entity : index.all()) {
            for (Target target : index.peek(entity, "dependsOn", null)) {
                if (target.entity() != null) {
                    needed.add(target.entity().ref());
                }
            }
            for (Target target : index.peek(entity, "consumesApis", "api")) {
                if (target.entity() != null) {
                    needed.add(target.entity().ref());
                }
            }
            if (!index.peek(entity, "dependencyOf", null).isEmpty()) {
                needed.add(entity.ref());
            }
            if (entity.kindKey().equals("component")
                    && !index.peek(entity, "subcomponentOf", "component").isEmpty()) {
                needed.add(entity.ref());
            }
        }
        Map<EntityRef, Integer> providers = new LinkedHashMap<>();
        for (Entity component : index.ofKind("component")) {
            index.peek(component, "providesApis", "api").stream()
                    .map(Target::entity)
                    .filter(e -> e != null && e.kindKey().equals("api"))
                    .map(Entity::ref)
                    .distinct()
                    .forEach(api -> providers.merge(api, 1, Integer::sum));
        }
        for (Entity component : index.ofKind("component")) {
            String annotated = component.annotation(ANNOTATION);
            List<EntityRef> apis = index.peek(component, "providesApis", "api").stream()
                    .map(Target::entity)
                    .filter(e -> e != null && e.kindKey().equals("api"))
                    .map(Entity::ref)
                    .toList();
            Role role;
            if ("capability".equals(annotated)) {
                role = Role.CAPABILITY;
            } else if ("consumer".equals(annotated)) {
                role = Role.CONSUMER;
            } else if (!apis.isEmpty() && apis.stream().allMatch(api -> providers.get(api) == 1)) {
                role = Role.PROVIDER;
            } else {
                role = needed.contains(component.ref()) ? Role.CAPABILITY : Role.CONSUMER;
            }
            roles.put(component.ref(), role);
        }
    }

    Role of(EntityRef component) {
        return roles.get(component);
    }
}
