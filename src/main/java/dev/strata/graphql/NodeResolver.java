package dev.strata.graphql;

import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Turns node references into the entities GraphQL navigates, a whole batch at once: one query per node kind present
 * in the batch (at most six), however many references it holds. The data side of every {@code @BatchMapping} that
 * resolves a node field of an analytics result.
 */
@Component
public class NodeResolver {

    private final Map<NodeKind, NodeFinder> finders = new EnumMap<>(NodeKind.class);

    NodeResolver(List<NodeFinder> finders) {
        finders.forEach(finder -> this.finders.put(finder.kind(), finder));
    }

    /** The entities of the given references; references to nodes that no longer exist are absent. */
    public Map<NodeRef, LandscapeNode> find(Collection<NodeRef> refs) {
        Map<NodeKind, Set<String>> keysByKind = new EnumMap<>(NodeKind.class);
        for (NodeRef ref : refs) {
            keysByKind
                    .computeIfAbsent(ref.kind(), kind -> new LinkedHashSet<>())
                    .add(ref.key());
        }
        Map<NodeRef, LandscapeNode> found = new HashMap<>();
        keysByKind.forEach((kind, keys) -> finder(kind)
                .findAll(new ArrayList<>(keys))
                .forEach((key, node) -> found.put(new NodeRef(kind, key), node)));
        return found;
    }

    private NodeFinder finder(NodeKind kind) {
        NodeFinder finder = finders.get(kind);
        if (finder == null) {
            throw new IllegalStateException("no NodeFinder for " + kind);
        }
        return finder;
    }
}
