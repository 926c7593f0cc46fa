package dev.strata.backstage;

import static dev.strata.backstage.CatalogDeclaration.label;
import static dev.strata.backstage.CatalogDeclaration.labels;

import dev.strata.backstage.CatalogIndex.Target;
import dev.strata.backstage.ComponentRoles.Role;
import dev.strata.backstage.DocumentOutcome.Outcome;
import dev.strata.backstage.Finding.Category;
import dev.strata.backstage.KeyAssigner.Claim;
import dev.strata.ingest.LandscapeParser;
import dev.strata.ingest.LandscapeParser.Parsed;
import dev.strata.ingest.LandscapeParser.Reference;
import dev.strata.ingest.Problem;
import dev.strata.ingest.Problem.Code;
import dev.strata.model.ConsumerKind;
import dev.strata.model.EdgeType;
import dev.strata.model.InteractionMode;
import dev.strata.model.Keys;
import dev.strata.model.Lifecycle;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import dev.strata.model.TeamType;
import dev.strata.model.ValueStreamKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Maps a catalog onto the landscape model, by the rules and table of {@code src/docs/backstage.md}: nodes for
 * groups (teams), domains (value streams), systems (platforms), APIs and resources (capabilities) and components
 * (capabilities or consumers, see {@link ComponentRoles}); relationships for ownership, providing, dependencies,
 * consumption, layers and alignment; labels for what the model has no field for (the group hierarchy, types,
 * a consumer's system). Defaults keep an unannotated catalog importable: systems without a layer go to the layer
 * {@value #UNASSIGNED_LAYER}, capabilities outside any system to a platform of their owner. Relations are resolved
 * here, so dangling references never reach the native parser: what cannot be mapped is a {@link Finding}.
 */
public final class CatalogMapping {

    /** The layer of platforms whose system has no {@code strata.dev/layer}; the structural risks list them. */
    public static final String UNASSIGNED_LAYER = "unassigned";
    /** The file named as the source of nodes the import creates (the unassigned layer). */
    public static final String DEFAULTS_FILE = "backstage-defaults.yaml";

    private static final long DEFAULT_TIER = EntityValues.DEFAULT_TIER;
    private static final Set<String> MAPPED_KINDS =
            Set.of("group", "user", "domain", "system", "component", "api", "resource");
    private static final Map<String, Set<String>> SPEC_FIELDS = Map.of(
            "component",
                    Set.of(
                            "type",
                            "lifecycle",
                            "owner",
                            "system",
                            "subcomponentOf",
                            "providesApis",
                            "consumesApis",
                            "dependsOn",
                            "dependencyOf",
                            "tier"),
            // remotes: where an API of type mcp-server is reached (catalog-model 1.9); not mapped, like definition
            "api", Set.of("type", "lifecycle", "owner", "system", "definition", "remotes", "tier"),
            "resource", Set.of("type", "owner", "system", "dependsOn", "dependencyOf", "lifecycle", "tier"),
            "system", Set.of("owner", "domain", "type", "tier"),
            "domain", Set.of("owner", "subdomainOf", "type"),
            "group", Set.of("type", "profile", "parent", "children", "members"),
            "user", Set.of("profile", "memberOf"));

    private final Findings findings = new Findings();
    private final List<Problem> problems = new ArrayList<>();
    private final List<DocumentOutcome> outcomes = new ArrayList<>();
    private final CatalogDeclaration declaration = new CatalogDeclaration(findings);
    private final List<Reference> references = new ArrayList<>();
    private final KeyAssigner keys = new KeyAssigner();
    private final Map<EntityRef, NodeRef> nodes = new HashMap<>();
    private @Nullable CatalogIndex index;
    private @Nullable Organisation organisation;
    private @Nullable ComponentRoles roles;
    private @Nullable PlatformPlacement placement;
    private boolean unassignedDeclaredNatively;

    private CatalogMapping() {}

    /** The catalog's declaration, with every document accounted for and every gap as a finding. */
    public static BackstageImport map(CatalogReader.Read read) {
        CatalogMapping mapping = new CatalogMapping();
        mapping.findings.addAll(read.findings());
        mapping.problems.addAll(read.problems());
        mapping.outcomes.addAll(read.outcomes());
        Parsed natives = LandscapeParser.parse(read.nativeFiles());
        natives.declared().nodes().keySet().forEach(id -> mapping.keys.reserve(id.kind(), id.key()));
        mapping.unassignedDeclaredNatively = natives.declared().nodes().containsKey(NodeRef.layer(UNASSIGNED_LAYER));
        mapping.mapEntities(read.entities());
        mapping.declaration.merge(natives, mapping.problems, mapping.references);
        Parsed declaration = new Parsed(
                mapping.declaration.landscape(),
                List.copyOf(mapping.problems),
                List.copyOf(mapping.references),
                Map.copyOf(mapping.declaration.origins()));
        return new BackstageImport(declaration, List.copyOf(mapping.outcomes), mapping.findings.sorted(), read.files());
    }

    private void mapEntities(List<Entity> read) {
        Map<EntityRef, Entity> unique = new LinkedHashMap<>();
        for (Entity entity : read) {
            Entity first = unique.putIfAbsent(entity.ref(), entity);
            if (first != null) {
                problems.add(new Problem(
                        Code.DUPLICATE_KEY,
                        entity.file(),
                        entity.lineOf("metadata.name"),
                        "metadata.name",
                        "entity " + entity.ref() + " is declared twice: also at " + first.where()));
                skipped(entity, "declared twice (first at " + first.where() + ")");
                continue;
            }
            if (!MAPPED_KINDS.contains(entity.kindKey())) {
                findings.add(
                        Category.UNSUPPORTED_KIND,
                        entity,
                        "",
                        entity.kind(),
                        entity.ref() + ": Strata has no" + " node for the kind " + entity.kind());
                skipped(entity, "Strata has no node for the kind " + entity.kind());
                unique.remove(entity.ref());
                continue;
            }
            Annotations.check(entity, problems);
            for (String field : entity.spec().keySet()) {
                if (!SPEC_FIELDS.get(entity.kindKey()).contains(field)) {
                    findings.add(
                            Category.IGNORED_FIELD,
                            entity,
                            "spec." + field,
                            entity.kind() + " spec." + field,
                            entity.ref() + " spec." + field + " is not a field Backstage defines for the kind "
                                    + entity.kind());
                }
            }
        }
        index = new CatalogIndex(unique.values(), findings);
        organisation = new Organisation(index, findings);
        roles = new ComponentRoles(index);
        placement = new PlatformPlacement(
                index, organisation, nodes, keys, declaration, findings, unassignedDeclaredNatively);
        assignKeys();
        index.ofKind("domain").forEach(this::valueStream);
        index.ofKind("group").forEach(this::team);
        index.ofKind("system").forEach(this::platform);
        for (Entity entity : index.all()) {
            switch (entity.kindKey()) {
                case "api", "resource" -> capability(entity);
                case "component" -> {
                    Role role = roles.of(entity.ref());
                    if (role == Role.CAPABILITY) {
                        capability(entity);
                    } else if (role == Role.CONSUMER) {
                        consumer(entity);
                    }
                }
                default -> {}
            }
        }
        Relations relations = new Relations(index, roles, nodes, findings, this::link);
        index.all().forEach(relations::map);
        index.ofKind("user").forEach(this::user);
        index.ofKind("component").stream()
                .filter(c -> roles.of(c.ref()) == Role.PROVIDER)
                .forEach(this::provider);
    }

    /** Keys for every entity that becomes a node, by kind; the short key unless it is taken. */
    private void assignKeys() {
        claim(NodeKind.TEAM, index.ofKind("group"), 0);
        claim(NodeKind.VALUE_STREAM, index.ofKind("domain"), 0);
        claim(NodeKind.PLATFORM, index.ofKind("system"), 0);
        List<Entity> capabilities = new ArrayList<>();
        List<Entity> consumers = new ArrayList<>();
        for (Entity component : index.ofKind("component")) {
            Role role = roles.of(component.ref());
            if (role == Role.CAPABILITY) {
                capabilities.add(component);
            } else if (role == Role.CONSUMER) {
                consumers.add(component);
            }
        }
        List<Claim> claims = new ArrayList<>();
        index.ofKind("api").forEach(e -> claims.add(KeyAssigner.claim(e.ref(), 0)));
        index.ofKind("resource").forEach(e -> claims.add(KeyAssigner.claim(e.ref(), 1)));
        capabilities.forEach(e -> claims.add(KeyAssigner.claim(e.ref(), 2)));
        assign(NodeKind.CAPABILITY, claims);
        claim(NodeKind.CONSUMER, consumers, 0);
    }

    private void claim(NodeKind kind, List<Entity> entities, int rank) {
        assign(
                kind,
                entities.stream().map(e -> KeyAssigner.claim(e.ref(), rank)).toList());
    }

    private void assign(NodeKind kind, List<Claim> claims) {
        List<Claim> hashed = new ArrayList<>();
        Map<String, String> assigned = keys.assign(kind, claims, hashed);
        for (Claim claim : claims) {
            EntityRef ref = EntityRef.parse(claim.id(), null, EntityRef.DEFAULT_NAMESPACE)
                    .orElseThrow();
            nodes.put(ref, new NodeRef(kind, assigned.get(claim.id())));
        }
        for (Claim claim : hashed) {
            Entity entity = index.get(EntityRef.parse(claim.id(), null, EntityRef.DEFAULT_NAMESPACE)
                            .orElseThrow())
                    .orElseThrow();
            findings.add(
                    Category.RENAMED,
                    entity,
                    "metadata.name",
                    kind.label(),
                    entity.ref() + " is the "
                            + kind.noun() + " '" + assigned.get(claim.id()) + "': its short key '" + claim.shortKey()
                            + "' is "
                            + (claim.shortKey().length() > 64
                                            || claim.shortKey().length() < 2
                                    ? "not a valid key"
                                    : "taken"));
        }
    }

    private void valueStream(Entity domain) {
        Map<String, Object> properties = declaration.common(domain);
        properties.put(
                "kind",
                Optional.ofNullable(domain.annotation(Annotations.VALUE_STREAM_KIND))
                        .filter(CatalogMapping::isValueStreamKind)
                        .orElse(ValueStreamKind.BUSINESS.name()));
        Map<String, String> labels = labels(domain);
        label(labels, "backstage.io/type", domain.specString("type"));
        index.resolveOne(domain, "subdomainOf", "domain")
                .map(d -> nodes.get(d.ref()))
                .ifPresent(parent -> labels.put("backstage.io/subdomain-of", parent.key()));
        declaration.put(domain, nodes.get(domain.ref()), properties, labels);
        outcome(domain, Outcome.MAPPED, List.of(nodes.get(domain.ref())), "value stream");
    }

    private void team(Entity group) {
        Map<String, Object> properties = declaration.common(group);
        String type = group.annotation(Annotations.TEAM_TYPE);
        properties.put("type", type != null && isTeamType(type) ? type : TeamType.STREAM_ALIGNED.name());
        int size = organisation.size(group.ref());
        if (size == 0) {
            findings.add(
                    Category.DEFAULTED,
                    group,
                    "",
                    "team size",
                    group.ref() + " has no members, nor do the" + " groups below it: team size 1 assumed");
            size = 1;
        } else if (size > 1000) {
            findings.add(
                    Category.INVALID_VALUE,
                    group,
                    "",
                    "team size",
                    group.ref() + " has " + size + " members: team size 1000 (the model's largest) used");
            size = 1000;
        }
        properties.put("size", (long) size);
        Map<String, String> labels = labels(group);
        label(labels, "backstage.io/type", group.specString("type"));
        organisation
                .parent(group.ref())
                .map(nodes::get)
                .ifPresent(parent -> labels.put("backstage.io/parent", parent.key()));
        NodeRef team = nodes.get(group.ref());
        declaration.put(group, team, properties, labels);
        String annotated = group.annotation(Annotations.VALUE_STREAM);
        if (annotated != null && Keys.isKey(annotated)) {
            String field = "metadata.annotations." + Annotations.VALUE_STREAM;
            NodeRef stream = NodeRef.valueStream(annotated);
            references.add(new Reference(team, stream, group.file(), group.lineOf(field), field));
            declaration.edge(EdgeType.ALIGNED_TO, team, stream, group, Map.of());
        } else if (annotated == null) {
            new Alignment(index, organisation, findings, nodes)
                    .of(group)
                    .ifPresent(stream ->
                            declaration.edge(EdgeType.ALIGNED_TO, team, stream.node(), stream.source(), Map.of()));
        }
        outcome(group, Outcome.MAPPED, List.of(team), "team of " + size);
    }

    private void platform(Entity system) {
        Map<String, Object> properties = declaration.common(system);
        properties.put("tier", tier(system));
        ProductLinks.map(system, properties);
        Map<String, String> labels = labels(system);
        label(labels, "backstage.io/type", system.specString("type"));
        index.resolveOne(system, "domain", "domain")
                .filter(d -> d.kindKey().equals("domain"))
                .map(d -> nodes.get(d.ref()))
                .ifPresent(domain -> labels.put("backstage.io/domain", domain.key()));
        NodeRef platform = nodes.get(system.ref());
        declaration.put(system, platform, properties, labels);
        owner(system, platform);
        outcome(system, Outcome.MAPPED, List.of(platform), "platform");
        String layer = system.annotation(Annotations.LAYER);
        if (layer != null && !Keys.isKey(layer)) {
            // a problem already (Annotations): no reference to a key that cannot exist
            return;
        }
        if (layer != null) {
            String field = "metadata.annotations." + Annotations.LAYER;
            references.add(new Reference(platform, NodeRef.layer(layer), system.file(), system.lineOf(field), field));
            declaration.edge(EdgeType.IN_LAYER, platform, NodeRef.layer(layer), system, Map.of());
        } else {
            findings.add(
                    Category.DEFAULTED,
                    system,
                    "",
                    "layer",
                    system.ref() + " has no " + Annotations.LAYER + ": its platform is in the layer '"
                            + UNASSIGNED_LAYER + "'");
            declaration.edge(EdgeType.IN_LAYER, platform, placement.unassignedLayer(), system, Map.of());
        }
    }

    private void capability(Entity entity) {
        Map<String, Object> properties = declaration.common(entity);
        properties.put("lifecycle", lifecycle(entity).name());
        properties.put("tier", tier(entity));
        Optional.ofNullable(Values.fit(entity.specString("type"), false))
                .ifPresent(type -> properties.put("category", type.text()));
        Map<String, String> labels = labels(entity);
        NodeRef capability = nodes.get(entity.ref());
        Optional<EntityRef> owner = organisation.owner(entity);
        Optional<PlatformPlacement.Choice> platform = placement.of(entity, owner);
        if (platform.isPresent() && owner.isPresent()) {
            Optional<EntityRef> platformOwner = platform.get().owner();
            if (platformOwner.isPresent() && !platformOwner.get().equals(owner.get())) {
                NodeRef ownTeam = nodes.get(owner.get());
                findings.add(
                        Category.OWNER_DIFFERS,
                        entity,
                        "spec.owner",
                        entity.kind(),
                        entity.ref()
                                + " is owned by " + owner.get() + ", its platform '"
                                + platform.get().node().key() + "' by "
                                + platformOwner.get() + ": the platform's owner owns the capability");
                labels.put("backstage.io/owner", ownTeam.key());
            }
        }
        declaration.put(entity, capability, properties, labels);
        platform.ifPresent(p -> declaration.edge(EdgeType.PROVIDES, p.node(), capability, p.source(), Map.of()));
        outcome(
                entity,
                Outcome.MAPPED,
                List.of(capability),
                platform.map(p -> "capability of platform " + p.node().key())
                        .orElse("capability without platform (no system and no owner)"));
    }

    private void consumer(Entity component) {
        Map<String, Object> properties = declaration.common(component);
        String annotated = component.annotation(Annotations.CONSUMER_KIND);
        properties.put(
                "kind",
                annotated != null && isConsumerKind(annotated)
                        ? annotated
                        : "service".equalsIgnoreCase(component.specString("type"))
                                ? ConsumerKind.SERVICE.name()
                                : ConsumerKind.APPLICATION.name());
        properties.put("tier", tier(component));
        Map<String, String> labels = labels(component);
        label(labels, "backstage.io/type", component.specString("type"));
        label(labels, "backstage.io/lifecycle", component.specString("lifecycle"));
        placement
                .systemOf(component)
                .map(s -> nodes.get(s.ref()))
                .ifPresent(system -> labels.put("backstage.io/system", system.key()));
        NodeRef consumer = nodes.get(component.ref());
        declaration.put(component, consumer, properties, labels);
        owner(component, consumer);
        outcome(component, Outcome.MAPPED, List.of(consumer), "consumer");
    }

    private void user(Entity user) {
        List<NodeRef> teams =
                organisation.groupsOf(user.ref()).stream().map(nodes::get).toList();
        if (teams.isEmpty()) {
            outcome(user, Outcome.SKIPPED, List.of(), "a member of no group: counted in no team");
        } else {
            outcome(
                    user,
                    Outcome.MERGED,
                    teams,
                    "counted in the size of "
                            + String.join(", ", teams.stream().map(NodeRef::key).toList()));
        }
    }

    private void provider(Entity component) {
        List<NodeRef> apis = index.peek(component, "providesApis", "api").stream()
                .map(Target::entity)
                .filter(e -> e != null && nodes.containsKey(e.ref()))
                .map(e -> nodes.get(e.ref()))
                .distinct()
                .toList();
        outcome(
                component,
                Outcome.MERGED,
                apis,
                "provides APIs: represented by "
                        + String.join(", ", apis.stream().map(NodeRef::key).toList()));
    }

    private void owner(Entity entity, NodeRef owned) {
        organisation
                .owner(entity)
                .map(nodes::get)
                .ifPresent(team -> declaration.edge(EdgeType.OWNS, team, owned, entity, Map.of()));
    }

    /** A need from one node to a capability: consumption for a consumer, a dependency for a capability. */
    private void link(NodeRef from, NodeRef to, Entity declaredBy, Entity consumer, String field) {
        if (from.kind() == NodeKind.CONSUMER) {
            String mode = consumer.annotation(Annotations.INTERACTION_MODE);
            declaration.edge(
                    EdgeType.CONSUMES,
                    from,
                    to,
                    declaredBy,
                    Map.of("mode", mode != null && isMode(mode) ? mode : InteractionMode.X_AS_A_SERVICE.name()));
        } else if (from.equals(to)) {
            findings.add(
                    Category.UNMAPPABLE_RELATION,
                    declaredBy,
                    field,
                    "self dependency",
                    declaredBy.ref() + " " + field + " makes capability '" + to.key() + "' depend on itself: dropped");
        } else {
            declaration.edge(EdgeType.DEPENDS_ON, from, to, declaredBy, Map.of());
        }
    }

    private long tier(Entity entity) {
        return EntityValues.tier(entity, findings);
    }

    private Lifecycle lifecycle(Entity entity) {
        return EntityValues.lifecycle(entity, findings);
    }

    private static boolean isTeamType(String value) {
        return EntityValues.isOneOf(TeamType.values(), value);
    }

    private static boolean isValueStreamKind(String value) {
        return EntityValues.isOneOf(ValueStreamKind.values(), value);
    }

    private static boolean isConsumerKind(String value) {
        return EntityValues.isOneOf(ConsumerKind.values(), value);
    }

    private static boolean isMode(String value) {
        return EntityValues.isOneOf(InteractionMode.values(), value);
    }

    private void outcome(Entity entity, Outcome outcome, List<NodeRef> nodes, String detail) {
        outcomes.add(new DocumentOutcome(
                entity.file(), entity.line(), entity.ref().toString(), entity.kind(), outcome, nodes, detail));
    }

    private void skipped(Entity entity, String why) {
        outcome(entity, Outcome.SKIPPED, List.of(), why);
    }
}
