package dev.strata.backstage;

import dev.strata.backstage.CatalogIndex.Target;
import dev.strata.backstage.ComponentRoles.Role;
import dev.strata.backstage.Finding.Category;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.util.List;
import java.util.Map;

/**
 * The needs between entities, as the model's dependencies and consumption: {@code dependsOn}, {@code consumesApis},
 * {@code dependencyOf} (the reverse), {@code subcomponentOf} (the parent needs its part), and for a component that
 * provides APIs but is a capability of its own (annotated so, or sharing the APIs with other components), the APIs
 * need the component. A need from a consumer is a
 * consumption, from a capability a dependency. A component that provides APIs is represented by them on both ends.
 */
final class Relations {

    /** Records one need from a node to a capability. */
    @FunctionalInterface
    interface Linker {
        void link(NodeRef from, NodeRef to, Entity declaredBy, Entity needer, String field);
    }

    private final CatalogIndex index;
    private final ComponentRoles roles;
    private final Map<EntityRef, NodeRef> nodes;
    private final Findings findings;
    private final Linker linker;

    Relations(
            CatalogIndex index, ComponentRoles roles, Map<EntityRef, NodeRef> nodes, Findings findings, Linker linker) {
        this.index = index;
        this.roles = roles;
        this.nodes = nodes;
        this.findings = findings;
        this.linker = linker;
    }

    /** The needs an entity's fields state; only components and resources have such fields in Backstage. */
    void map(Entity entity) {
        if (!entity.kindKey().equals("component") && !entity.kindKey().equals("resource")) {
            return;
        }
        for (Target target : index.resolve(entity, "dependsOn", null)) {
            need(entity, target.entity(), entity, target.field());
        }
        for (Target target : index.resolve(entity, "dependencyOf", null)) {
            need(target.entity(), entity, entity, target.field());
        }
        if (entity.kindKey().equals("component")) {
            for (Target target : index.resolve(entity, "consumesApis", "api")) {
                need(entity, target.entity(), entity, target.field());
            }
            for (Target target : index.resolve(entity, "subcomponentOf", "component")) {
                need(target.entity(), entity, entity, target.field());
            }
            for (Target target : index.resolve(entity, "providesApis", "api")) {
                if (!target.entity().kindKey().equals("api")) {
                    findings.add(
                            Category.UNMAPPABLE_RELATION,
                            entity,
                            target.field(),
                            "spec.providesApis",
                            entity.ref() + " provides " + target.entity().ref() + ", which is not an API");
                } else if (roles.of(entity.ref()) == Role.CAPABILITY
                        && nodes.containsKey(target.entity().ref())) {
                    linker.link(
                            nodes.get(target.entity().ref()),
                            nodes.get(entity.ref()),
                            entity,
                            target.entity(),
                            target.field());
                }
            }
        }
    }

    /** {@code needer} needs {@code needed}, as {@code declaredBy}'s field says. */
    private void need(Entity needer, Entity needed, Entity declaredBy, String field) {
        List<NodeRef> from = represented(needer);
        if (from.isEmpty()) {
            findings.add(
                    Category.UNMAPPABLE_RELATION,
                    declaredBy,
                    field,
                    field.replaceAll("\\[\\d+]$", ""),
                    declaredBy.ref() + " " + field + ": " + needer.ref() + " is of the kind " + needer.kind()
                            + ", which needs nothing in the model (only consumers and capabilities do)");
            return;
        }
        List<NodeRef> to = represented(needed).stream()
                .filter(n -> n.kind() == NodeKind.CAPABILITY)
                .toList();
        if (to.isEmpty()) {
            String why = needed.kindKey().equals("component")
                    ? "is a consumer (" + ComponentRoles.ANNOTATION + ": consumer), which nothing can need"
                    : "is of the kind " + needed.kind() + "; needs are on capabilities (APIs, resources, components)";
            findings.add(
                    Category.UNMAPPABLE_RELATION,
                    declaredBy,
                    field,
                    field.replaceAll("\\[\\d+]$", ""),
                    declaredBy.ref() + " " + field + ": " + needed.ref() + " " + why);
            return;
        }
        for (NodeRef f : from) {
            for (NodeRef t : to) {
                linker.link(f, t, declaredBy, needer, field);
            }
        }
    }

    /** The nodes an entity is: its own, or for a component that provides APIs, those APIs. */
    private List<NodeRef> represented(Entity entity) {
        if (entity.kindKey().equals("component") && roles.of(entity.ref()) == Role.PROVIDER) {
            return index.peek(entity, "providesApis", "api").stream()
                    .map(Target::entity)
                    .filter(e -> e != null && e.kindKey().equals("api") && nodes.containsKey(e.ref()))
                    .map(e -> nodes.get(e.ref()))
                    .distinct()
                    .toList();
        }
        NodeRef node = nodes.get(entity.ref());
        return node == null || (node.kind() != NodeKind.CAPABILITY && node.kind() != NodeKind.CONSUMER)
                ? List.of()
                : List.of(node);
    }
}
