package dev.strata.backstage;

import dev.strata.backstage.CatalogIndex.Target;
import dev.strata.backstage.Finding.Category;
import dev.strata.backstage.KeyAssigner.Claim;
import dev.strata.ingest.LandscapeParser.Origin;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the import places a capability (by the rules of {@code src/docs/backstage.md}): on its system's platform, for
 * an API without one on the system of the components providing it (several systems: the first, and a finding), else
 * on a platform created for what its owner has outside any system, in the layer
 * {@value CatalogMapping#UNASSIGNED_LAYER}.
 */
final class PlatformPlacement {

    private final CatalogIndex index;
    private final Organisation organisation;
    private final Map<EntityRef, NodeRef> nodes;
    private final KeyAssigner keys;
    private final CatalogDeclaration declaration;
    private final Findings findings;
    private final boolean unassignedDeclaredNatively;
    private final Map<EntityRef, List<Entity>> providers = new HashMap<>();
    private final Map<EntityRef, NodeRef> fallbackPlatforms = new HashMap<>();

    PlatformPlacement(
            CatalogIndex index,
            Organisation organisation,
            Map<EntityRef, NodeRef> nodes,
            KeyAssigner keys,
            CatalogDeclaration declaration,
            Findings findings,
            boolean unassignedDeclaredNatively) {
        this.index = index;
        this.organisation = organisation;
        this.nodes = nodes;
        this.keys = keys;
        this.declaration = declaration;
        this.findings = findings;
        this.unassignedDeclaredNatively = unassignedDeclaredNatively;
        for (Entity component : index.ofKind("component")) {
            for (Target api : index.peek(component, "providesApis", "api")) {
                if (api.entity() != null && api.entity().kindKey().equals("api")) {
                    providers
                            .computeIfAbsent(api.entity().ref(), a -> new ArrayList<>())
                            .add(component);
                }
            }
        }
    }

    /** Where a capability is provided: its system, its providers' system, else its owner's platform. */
    Optional<Choice> of(Entity entity, Optional<EntityRef> owner) {
        Optional<Entity> system = systemOf(entity);
        if (system.isPresent()) {
            return Optional.of(new Choice(nodes.get(system.get().ref()), entity, organisation.owner(system.get())));
        }
        if (entity.kindKey().equals("api")) {
            Set<NodeRef> candidates = new LinkedHashSet<>();
            Entity chosen = null;
            for (Entity provider : providers.getOrDefault(entity.ref(), List.of())) {
                Optional<Entity> providerSystem = systemOf(provider);
                if (providerSystem.isPresent()) {
                    candidates.add(nodes.get(providerSystem.get().ref()));
                    if (chosen == null) {
                        chosen = providerSystem.get();
                    }
                }
            }
            if (candidates.size() > 1) {
                findings.add(
                        Category.AMBIGUOUS,
                        entity,
                        "",
                        "API provider system",
                        entity.ref() + " is provided"
                                + " by components of several systems " + candidates + ": "
                                + nodes.get(chosen.ref()).key() + " provides it");
            }
            if (chosen != null) {
                return Optional.of(new Choice(
                        nodes.get(chosen.ref()), providers.get(entity.ref()).getFirst(), organisation.owner(chosen)));
            }
        }
        return owner.map(team -> new Choice(fallbackPlatform(team, entity), entity, owner));
    }

    /** A platform, the entity whose descriptor says so, and the platform's owner. */
    record Choice(NodeRef node, Entity source, Optional<EntityRef> owner) {}

    /** {@code spec.system}, or for a subcomponent its parent's system. */
    Optional<Entity> systemOf(Entity entity) {
        Set<EntityRef> seen = new java.util.HashSet<>();
        Entity current = entity;
        while (current != null && seen.add(current.ref())) {
            Optional<Entity> system = index.peek(current, "system", "system").stream()
                    .map(Target::entity)
                    .filter(e -> e != null && e.kindKey().equals("system"))
                    .findFirst();
            if (system.isPresent()) {
                return system;
            }
            current = current.kindKey().equals("component")
                    ? index.peek(current, "subcomponentOf", "component").stream()
                            .map(Target::entity)
                            .filter(e -> e != null)
                            .findFirst()
                            .orElse(null)
                    : null;
        }
        return Optional.empty();
    }

    /**
     * The platform standing for what a team owns outside any system: created once per team, owned by it, in the
     * layer {@value CatalogMapping#UNASSIGNED_LAYER}, its source the team's descriptor.
     */
    private NodeRef fallbackPlatform(EntityRef team, Entity first) {
        NodeRef existing = fallbackPlatforms.get(team);
        if (existing != null) {
            return existing;
        }
        Entity group = index.get(team).orElseThrow();
        NodeRef teamNode = nodes.get(team);
        String id = "no-system:" + team;
        List<Claim> hashed = new ArrayList<>();
        NodeRef platform = NodeRef.platform(keys.assign(
                        NodeKind.PLATFORM, List.of(KeyAssigner.created(id, teamNode.key() + "-no-system", 0)), hashed)
                .get(id));
        fallbackPlatforms.put(team, platform);
        Map<String, Object> properties = new LinkedHashMap<>();
        String teamName = declaration.name(teamNode);
        properties.put(
                "name", Values.fit(teamName + ": outside any system", false).text());
        properties.put(
                "description",
                "What " + team + " owns in Backstage outside any System (created by the"
                        + " import; give those entities a spec.system to place them)");
        properties.put("tier", EntityValues.DEFAULT_TIER);
        properties.put("sourceFile", group.file());
        declaration.put(platform, properties, new Origin(group.file(), group.line()));
        declaration.edge(EdgeType.IN_LAYER, platform, unassignedLayer(), group, Map.of());
        declaration.edge(EdgeType.OWNS, teamNode, platform, group, Map.of());
        findings.add(
                Category.DEFAULTED,
                first,
                "",
                "platform",
                first.ref() + " belongs to no system: provided" + " by '" + platform.key() + "', the platform of what "
                        + team + " owns outside any system");
        return platform;
    }

    NodeRef unassignedLayer() {
        NodeRef layer = NodeRef.layer(CatalogMapping.UNASSIGNED_LAYER);
        if (!unassignedDeclaredNatively && !declaration.declares(layer)) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("name", "Unassigned");
            properties.put(
                    "description",
                    "Platforms imported from Backstage whose System has no strata.dev/layer"
                            + " annotation; annotate them to place them in the stack");
            properties.put("sourceFile", CatalogMapping.DEFAULTS_FILE);
            declaration.put(layer, properties, new Origin(CatalogMapping.DEFAULTS_FILE, 0));
        }
        return layer;
    }
}
