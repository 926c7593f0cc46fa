package dev.strata.plan;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.Landscape;
import dev.strata.model.Landscape.Node;
import dev.strata.model.NodeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Ownership ambiguity a change introduces or removes: the Risks view's definition (a capability category offered by
 * more than one platform), compared before and after for the categories of the capabilities the change adds, removes,
 * recategorises or moves to another platform. A platform joining a category offered by two or more platforms after
 * the change is new ambiguity; a platform leaving one offered by two or more before it is fixed ambiguity.
 */
final class OwnershipChanges {

    final List<OwnershipChange> added = new ArrayList<>();
    final List<OwnershipChange> fixed = new ArrayList<>();

    private OwnershipChanges() {}

    static OwnershipChanges of(
            ChangeScope scope,
            Landscape before,
            LandscapeSnapshot snapshotBefore,
            Landscape after,
            LandscapeSnapshot snapshotAfter) {
        OwnershipChanges changes = new OwnershipChanges();
        if (scope.categories.isEmpty()) {
            return changes;
        }
        Map<String, Set<String>> then = offerings(scope.categories, before, snapshotBefore);
        Map<String, Set<String>> now = offerings(scope.categories, after, snapshotAfter);
        for (String category : scope.categories) {
            Set<String> platformsBefore = then.getOrDefault(category, Set.of());
            Set<String> platformsAfter = now.getOrDefault(category, Set.of());
            OwnershipChange change =
                    new OwnershipChange(category, List.copyOf(platformsBefore), List.copyOf(platformsAfter));
            if (platformsAfter.size() > 1 && !platformsBefore.containsAll(platformsAfter)) {
                changes.added.add(change);
            }
            if (platformsBefore.size() > 1 && !platformsAfter.containsAll(platformsBefore)) {
                changes.fixed.add(change);
            }
        }
        return changes;
    }

    /** Per category, the platforms providing a capability of it. */
    private static Map<String, Set<String>> offerings(
            Set<String> categories, Landscape landscape, LandscapeSnapshot snapshot) {
        Map<String, Set<String>> offerings = new TreeMap<>();
        for (Node node : landscape.nodes().values()) {
            if (node.id().kind() == NodeKind.CAPABILITY
                    && node.properties().get("category") instanceof String category
                    && categories.contains(category)) {
                int platform = snapshot.providerOf(snapshot.indexOf(node.id()));
                if (platform >= 0) {
                    offerings.computeIfAbsent(category, c -> new TreeSet<>()).add(snapshot.key(platform));
                }
            }
        }
        return offerings;
    }
}
