package dev.strata.analytics.impact;

import dev.strata.analytics.RandomLandscape;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A straightforward, independent blast radius for property tests: hash maps of the generated landscape and a 0-1
 * breadth-first search in which a {@code DEPENDS_ON} hop costs 1 and every other step (capability to consumer or
 * provider, owned node to owner, team to value stream, platform to layer) costs 0. No snapshot, no CSR arrays.
 */
final class ReferenceBlastRadius {

    private final Map<EdgeType, Map<NodeRef, List<NodeRef>>> forward = new EnumMap<>(EdgeType.class);
    private final Map<EdgeType, Map<NodeRef, List<NodeRef>>> backward = new EnumMap<>(EdgeType.class);

    ReferenceBlastRadius(RandomLandscape landscape) {
        for (EdgeType type : EdgeType.values()) {
            forward.put(type, new HashMap<>());
            backward.put(type, new HashMap<>());
        }
        for (RandomLandscape.Edge edge : landscape.edges) {
            forward.get(edge.type())
                    .computeIfAbsent(edge.from(), k -> new ArrayList<>())
                    .add(edge.to());
            backward.get(edge.type())
                    .computeIfAbsent(edge.to(), k -> new ArrayList<>())
                    .add(edge.from());
        }
    }

    List<NodeRef> out(EdgeType type, NodeRef node) {
        return forward.get(type).getOrDefault(node, List.of());
    }

    List<NodeRef> in(EdgeType type, NodeRef node) {
        return backward.get(type).getOrDefault(node, List.of());
    }

    /** Every affected node with its fewest DEPENDS_ON hops. */
    Map<NodeRef, Integer> depths(List<NodeRef> targets, Direction direction, Integer maxDepth) {
        int limit = maxDepth == null ? Integer.MAX_VALUE : maxDepth;
        Map<NodeRef, Integer> depth = new HashMap<>();
        Deque<NodeRef> deque = new ArrayDeque<>();
        for (NodeRef target : targets) {
            for (NodeRef seed : expand(target, direction)) {
                if (depth.putIfAbsent(seed, 0) == null) {
                    deque.addLast(seed);
                }
            }
        }
        while (!deque.isEmpty()) {
            NodeRef node = deque.pollFirst();
            int d = depth.get(node);
            for (NodeRef next : free(node, direction)) {
                if (d < depth.getOrDefault(next, Integer.MAX_VALUE)) {
                    depth.put(next, d);
                    deque.addFirst(next);
                }
            }
            if (node.kind() == NodeKind.CAPABILITY && d + 1 <= limit) {
                List<NodeRef> hops = direction == Direction.DOWNSTREAM
                        ? in(EdgeType.DEPENDS_ON, node)
                        : out(EdgeType.DEPENDS_ON, node);
                for (NodeRef next : hops) {
                    if (d + 1 < depth.getOrDefault(next, Integer.MAX_VALUE)) {
                        depth.put(next, d + 1);
                        deque.addLast(next);
                    }
                }
            }
        }
        return depth;
    }

    /** A target and what it stands for at depth 0. */
    private List<NodeRef> expand(NodeRef target, Direction direction) {
        List<NodeRef> seeds = new ArrayList<>();
        seeds.add(target);
        switch (target.kind()) {
            case PLATFORM -> seeds.addAll(out(EdgeType.PROVIDES, target));
            case CONSUMER -> {
                if (direction == Direction.UPSTREAM) {
                    seeds.addAll(out(EdgeType.CONSUMES, target));
                }
            }
            case TEAM -> {
                for (NodeRef owned : out(EdgeType.OWNS, target)) {
                    seeds.add(owned);
                    if (owned.kind() == NodeKind.PLATFORM) {
                        seeds.addAll(out(EdgeType.PROVIDES, owned));
                    } else if (direction == Direction.UPSTREAM) {
                        seeds.addAll(out(EdgeType.CONSUMES, owned));
                    }
                }
            }
            case LAYER -> {
                for (NodeRef platform : in(EdgeType.IN_LAYER, target)) {
                    seeds.add(platform);
                    seeds.addAll(out(EdgeType.PROVIDES, platform));
                }
            }
            default -> {}
        }
        return seeds;
    }

    /** Steps that cost no depth. */
    private List<NodeRef> free(NodeRef node, Direction direction) {
        List<NodeRef> next = new ArrayList<>();
        if (direction == Direction.DOWNSTREAM) {
            switch (node.kind()) {
                case CAPABILITY -> {
                    next.addAll(in(EdgeType.CONSUMES, node));
                    next.addAll(in(EdgeType.PROVIDES, node));
                }
                case PLATFORM, CONSUMER -> next.addAll(in(EdgeType.OWNS, node));
                case TEAM -> next.addAll(out(EdgeType.ALIGNED_TO, node));
                default -> {}
            }
        } else {
            switch (node.kind()) {
                case CAPABILITY -> next.addAll(in(EdgeType.PROVIDES, node));
                case PLATFORM -> {
                    next.addAll(in(EdgeType.OWNS, node));
                    next.addAll(out(EdgeType.IN_LAYER, node));
                }
                default -> {}
            }
        }
        return next;
    }

    /** Whether two nodes are joined by any relationship, either way. */
    boolean adjacent(NodeRef a, NodeRef b) {
        for (EdgeType type : EdgeType.values()) {
            if (out(type, a).contains(b) || out(type, b).contains(a)) {
                return true;
            }
        }
        return false;
    }
}
