package dev.strata.analytics.impact;

import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One node in a blast radius.
 *
 * @param tier        tier of a capability, platform or consumer; null otherwise or when absent
 * @param depth       fewest {@code DEPENDS_ON} hops between a target's capabilities and this node (0 for the
 *                    targets, what they expand to, and nodes attached to those such as their consumers)
 * @param target      whether the node is one of the requested targets
 * @param path        one shortest explaining path, from a target to this node (both included), taken from the
 *                    breadth-first search tree; never all paths
 * @param reachedFrom every target whose own blast radius contains this node, in request order
 */
public record AffectedNode(
        NodeKind kind,
        String key,
        String name,
        @Nullable Integer tier,
        int depth,
        boolean target,
        List<NodeRef> path,
        List<NodeRef> reachedFrom) {

    public AffectedNode {
        path = List.copyOf(path);
        reachedFrom = List.copyOf(reachedFrom);
    }

    public NodeRef ref() {
        return new NodeRef(kind, key);
    }

    /** The keys along {@link #path()}. */
    public List<String> pathKeys() {
        return path.stream().map(NodeRef::key).toList();
    }
}
