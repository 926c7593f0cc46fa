package dev.strata.plan;

import dev.strata.model.Landscape;
import dev.strata.model.Landscape.Node;
import dev.strata.model.LandscapeDiff;
import dev.strata.model.LandscapeDiff.Action;
import dev.strata.model.LandscapeDiff.EdgeChange;
import dev.strata.model.LandscapeDiff.FieldChange;
import dev.strata.model.LandscapeDiff.NodeChange;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a diff touches, sorted by what each impact analysis needs to look at again: an analysis re-examines only the
 * consumers and capabilities that rely on something touched, which keeps a small change on a large landscape fast.
 * Only real changes count (the diff leaves bookkeeping out), so a change that touches nothing has no impact.
 */
final class ChangeScope {

    /** Capability fields whose change affects what dependents rely on; the others describe or measure it. */
    static final Set<String> PROMISES = Set.of("lifecycle", "tier", "sloTarget");

    /** Capabilities whose blast radius a reviewer needs, each with why (the fields or relationships that change). */
    final Map<String, List<String>> touchedCapabilities = new LinkedHashMap<>();
    /** Capabilities the change adds or removes. */
    final Set<String> addedOrRemoved = new TreeSet<>();
    /** Capabilities whose lifecycle changes. */
    final Set<String> lifecycleChanged = new TreeSet<>();
    /** Capabilities whose tier changes. */
    final Set<String> capabilityTierChanged = new TreeSet<>();
    /** Capabilities whose DEPENDS_ON relationships change (the source of each added or removed one). */
    final Set<String> dependenciesChanged = new TreeSet<>();
    /** Consumers added, or whose consumptions or tier change. */
    final Set<String> consumersChanged = new TreeSet<>();
    /** Capability categories whose offering platforms may change (old and new values). */
    final Set<String> categories = new TreeSet<>();

    private ChangeScope() {}

    static ChangeScope of(Landscape before, LandscapeDiff diff) {
        ChangeScope scope = new ChangeScope();
        for (NodeChange change : diff.nodeChanges()) {
            if (change.kind() == NodeKind.CAPABILITY) {
                scope.capability(change, before, diff.after());
            } else if (change.kind() == NodeKind.CONSUMER
                    && (change.action() != Action.CHANGE
                            || change.changes().stream().anyMatch(f -> f.field().equals("tier")))) {
                scope.consumersChanged.add(change.key());
            }
        }
        for (EdgeChange change : diff.edgeChanges()) {
            if (change.action() == Action.CHANGE) {
                continue; // only `since` or `mode` of a consumption: no dependency structure changes
            }
            switch (change.type()) {
                case DEPENDS_ON -> {
                    scope.dependenciesChanged.add(change.fromKey());
                    scope.touch(change.fromKey(), "dependsOn", before);
                }
                case PROVIDES -> {
                    scope.touch(change.toKey(), "platform", before);
                    scope.category(NodeRef.capability(change.toKey()), before, diff.after());
                }
                case CONSUMES -> scope.consumersChanged.add(change.fromKey());
                default -> {}
            }
        }
        return scope;
    }

    /** Capabilities whose change can change what relies on what: added, removed, with other dependencies. */
    Set<String> structure() {
        Set<String> keys = new TreeSet<>(addedOrRemoved);
        keys.addAll(dependenciesChanged);
        return keys;
    }

    boolean isEmpty() {
        return touchedCapabilities.isEmpty()
                && addedOrRemoved.isEmpty()
                && lifecycleChanged.isEmpty()
                && capabilityTierChanged.isEmpty()
                && dependenciesChanged.isEmpty()
                && consumersChanged.isEmpty()
                && categories.isEmpty();
    }

    private void capability(NodeChange change, Landscape before, Landscape after) {
        String key = change.key();
        if (change.action() != Action.CHANGE) {
            addedOrRemoved.add(key);
            category(NodeRef.capability(key), before, after);
            if (change.action() == Action.REMOVE) {
                touch(key, "removed", before);
            }
            return;
        }
        for (FieldChange field : change.changes()) {
            switch (field.field()) {
                case "lifecycle" -> lifecycleChanged.add(key);
                case "tier" -> capabilityTierChanged.add(key);
                case "category" -> category(NodeRef.capability(key), before, after);
                default -> {}
            }
            if (PROMISES.contains(field.field())) {
                touch(key, field.field(), before);
            }
        }
    }

    /** A capability of today's landscape whose dependents the change concerns. */
    private void touch(String key, String why, Landscape before) {
        if (before.nodes().containsKey(NodeRef.capability(key))) {
            List<String> reasons = touchedCapabilities.computeIfAbsent(key, k -> new ArrayList<>());
            if (!reasons.contains(why) && !reasons.contains("removed")) {
                reasons.add(why);
            }
        }
    }

    private void category(NodeRef capability, Landscape before, Landscape after) {
        for (Landscape landscape : List.of(before, after)) {
            Node node = landscape.nodes().get(capability);
            if (node != null && node.properties().get("category") instanceof String category) {
                categories.add(category);
            }
        }
    }
}
