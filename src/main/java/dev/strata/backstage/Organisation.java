package dev.strata.backstage;

import dev.strata.backstage.CatalogIndex.Target;
import dev.strata.backstage.Finding.Category;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups and users: who is a member of which group ({@code User.spec.memberOf} and {@code Group.spec.members}),
 * the group hierarchy ({@code spec.parent} and {@code spec.children}), team sizes, and owners: an owner that is a
 * user stands for the group the user is a member of.
 */
final class Organisation {

    private final CatalogIndex index;
    private final Findings findings;
    private final Map<EntityRef, Set<EntityRef>> members = new LinkedHashMap<>();
    private final Map<EntityRef, List<EntityRef>> groupsOfUser = new LinkedHashMap<>();
    private final Map<EntityRef, EntityRef> parents = new LinkedHashMap<>();
    private final Map<EntityRef, Set<EntityRef>> children = new LinkedHashMap<>();
    private final Set<EntityRef> ambiguousUsersReported = new HashSet<>();
    private final Map<EntityRef, Optional<EntityRef>> owners = new LinkedHashMap<>();

    Organisation(CatalogIndex index, Findings findings) {
        this.index = index;
        this.findings = findings;
        for (Entity group : index.ofKind("group")) {
            members.put(group.ref(), new TreeSet<>(java.util.Comparator.comparing(EntityRef::toString)));
            children.put(group.ref(), new TreeSet<>(java.util.Comparator.comparing(EntityRef::toString)));
        }
        for (Entity user : index.ofKind("user")) {
            for (Target target : index.resolve(user, "memberOf", "group")) {
                if (target.entity().kindKey().equals("group")) {
                    members.get(target.entity().ref()).add(user.ref());
                    groupsOfUser
                            .computeIfAbsent(user.ref(), u -> new ArrayList<>())
                            .add(target.entity().ref());
                } else {
                    notAGroup(target);
                }
            }
        }
        for (Entity group : index.ofKind("group")) {
            for (Target target : index.resolve(group, "members", "user")) {
                if (target.entity().kindKey().equals("user")) {
                    members.get(group.ref()).add(target.entity().ref());
                    List<EntityRef> groups =
                            groupsOfUser.computeIfAbsent(target.entity().ref(), u -> new ArrayList<>());
                    if (!groups.contains(group.ref())) {
                        groups.add(group.ref());
                    }
                } else {
                    findings.add(
                            Category.UNMAPPABLE_RELATION,
                            group,
                            target.field(),
                            "spec.members",
                            group.ref() + " lists " + target.entity().ref() + " as a member; members are users");
                }
            }
            index.resolveOne(group, "parent", "group").ifPresent(parent -> {
                if (parent.kindKey().equals("group") && !parent.ref().equals(group.ref())) {
                    parents.put(group.ref(), parent.ref());
                    children.get(parent.ref()).add(group.ref());
                }
            });
            for (Target target : index.resolve(group, "children", "group")) {
                if (target.entity().kindKey().equals("group")
                        && !target.entity().ref().equals(group.ref())) {
                    children.get(group.ref()).add(target.entity().ref());
                    parents.putIfAbsent(target.entity().ref(), group.ref());
                }
            }
        }
    }

    /** The group a parent-of relation names, if any. */
    Optional<EntityRef> parent(EntityRef group) {
        return Optional.ofNullable(parents.get(group));
    }

    /**
     * People in a team: its members; for a group without members of its own (a department, an organisation), the
     * distinct members of every group below it; 0 when there are none at all.
     */
    int size(EntityRef group) {
        if (!members.getOrDefault(group, Set.of()).isEmpty()) {
            return members.get(group).size();
        }
        Set<EntityRef> below = new HashSet<>();
        collect(group, below, new HashSet<>());
        return below.size();
    }

    private void collect(EntityRef group, Set<EntityRef> people, Set<EntityRef> seen) {
        if (!seen.add(group)) {
            return;
        }
        people.addAll(members.getOrDefault(group, Set.of()));
        children.getOrDefault(group, Set.of()).forEach(child -> collect(child, people, seen));
    }

    /** The groups a user is a member of, in the order the catalog lists them. */
    List<EntityRef> groupsOf(EntityRef user) {
        return groupsOfUser.getOrDefault(user, List.of());
    }

    /**
     * The group owning an entity ({@code spec.owner}, default kind group); a user owner resolves to the first group
     * the user is a member of. Empty (with a finding) when the owner is missing from the catalog or is neither.
     */
    Optional<EntityRef> owner(Entity entity) {
        if (!owners.containsKey(entity.ref())) {
            owners.put(entity.ref(), resolveOwner(entity));
        }
        return owners.get(entity.ref());
    }

    private Optional<EntityRef> resolveOwner(Entity entity) {
        Optional<Target> target =
                index.resolve(entity, "owner", "group").stream().findFirst();
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Entity owner = target.get().entity();
        if (owner.kindKey().equals("group")) {
            return Optional.of(owner.ref());
        }
        if (owner.kindKey().equals("user")) {
            List<EntityRef> groups = groupsOf(owner.ref());
            if (groups.isEmpty()) {
                findings.add(
                        Category.UNMAPPABLE_RELATION,
                        entity,
                        "spec.owner",
                        "spec.owner",
                        entity.ref() + " is owned by " + owner.ref()
                                + ", who is a member of no group: left without owner");
                return Optional.empty();
            }
            if (groups.size() > 1 && ambiguousUsersReported.add(owner.ref())) {
                findings.add(
                        Category.AMBIGUOUS,
                        entity,
                        "spec.owner",
                        "user owner",
                        entity.ref() + " is owned by "
                                + owner.ref() + ", a member of " + groups + ": " + groups.getFirst()
                                + " owns what the user"
                                + " owns");
            }
            return Optional.of(groups.getFirst());
        }
        findings.add(
                Category.UNMAPPABLE_RELATION,
                entity,
                "spec.owner",
                "spec.owner",
                entity.ref() + " is owned by " + owner.ref() + "; owners are groups or users");
        return Optional.empty();
    }

    private void notAGroup(Target target) {
        findings.add(
                Category.UNMAPPABLE_RELATION,
                target.from(),
                target.field(),
                "spec.memberOf",
                target.from().ref() + " is a member of " + target.entity().ref() + "; users are members of groups");
    }
}
