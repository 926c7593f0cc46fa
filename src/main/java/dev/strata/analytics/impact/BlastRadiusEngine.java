package dev.strata.analytics.impact;

import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Computes blast radii over a {@link LandscapeSnapshot}. Stateless and thread-safe.
 *
 * <h2>Downstream (who is affected)</h2>
 * The targets expand, at depth 0, to: a capability itself; a platform and the capabilities it provides; a team and
 * everything it owns (platforms with their capabilities, consumers); a layer and its platforms with their
 * capabilities; a consumer itself. From these capabilities a breadth-first search follows {@code DEPENDS_ON}
 * backwards (to the dependents), one depth per hop, up to {@code maxDepth} hops. Then, each at the depth of the
 * shallowest affected capability that brings it in: the consumers {@code CONSUMES}-ing an affected capability, the
 * platforms {@code PROVIDES}-ing one, the teams {@code OWNS}-ing an affected consumer or platform, and the value
 * streams those teams are {@code ALIGNED_TO}.
 *
 * <h2>Upstream (what the targets rely on)</h2>
 * The targets expand, at depth 0, to: a capability itself; a platform and its capabilities; a consumer and the
 * capabilities it consumes; a team, what it owns, the capabilities of its platforms and the capabilities its
 * consumers consume; a layer, its platforms and their capabilities. A breadth-first search follows
 * {@code DEPENDS_ON} forwards up to {@code maxDepth} hops; then come the platforms providing an affected capability,
 * and the teams owning and the layers holding those platforms, each at the depth of what brings it in.
 *
 * <h2>Severity</h2>
 * <pre>
 * severity = sum over affected consumers    of  10 (tier 1), 3 (tier 2), 1 (tier 3 or no tier)
 *          + sum over affected capabilities of   3 (tier 1), 2 (tier 2), 1 (tier 3 or no tier)
 * </pre>
 * Depth, scenario and direction do not change the score; targets count like every other affected node.
 *
 * <h2>Cost</h2>
 * Linear in the affected part of the graph: int arrays sized to the snapshot, one reusable int queue, no objects per
 * visited node; objects are made only for the returned page. Attribution ({@link AffectedNode#reachedFrom()}) with
 * several targets repeats the search once per target.
 */
public final class BlastRadiusEngine {

    static final int[] CONSUMER_WEIGHTS = {1, 10, 3, 1};
    static final int[] CAPABILITY_WEIGHTS = {1, 3, 2, 1};

    private static final int KINDS = NodeKind.values().length;

    public BlastRadiusResult analyse(LandscapeSnapshot snapshot, BlastRadiusRequest request) {
        int[] targets = resolve(snapshot, request.targets());
        int maxDepth = request.maxDepth() == null ? Integer.MAX_VALUE : request.maxDepth();
        Search search = new Search(snapshot, maxDepth);
        search.run(targets, request.direction());

        int total = search.visitedCount;
        int[] kindCounts = new int[KINDS];
        int[] tierCounts = new int[4];
        int[] tally = new int[snapshot.nodeCount()];
        int noLayer = 0;
        int noOwner = 0;
        int tier1Consumers = 0;
        long severity = 0;
        int deepest = 0;
        long[] order = new long[total];
        int capability = NodeKind.CAPABILITY.ordinal();
        int platform = NodeKind.PLATFORM.ordinal();
        int consumer = NodeKind.CONSUMER.ordinal();
        for (int i = 0; i < total; i++) {
            int node = search.visited[i];
            int kind = snapshot.kindOrdinal(node);
            int tier = snapshot.tier(node);
            int depth = search.depth[node];
            deepest = Math.max(deepest, depth);
            kindCounts[kind]++;
            boolean tier1Consumer = kind == consumer && tier == 1;
            if (kind == capability || kind == platform || kind == consumer) {
                if (kind == consumer) {
                    severity += CONSUMER_WEIGHTS[tier];
                } else if (kind == capability) {
                    severity += CAPABILITY_WEIGHTS[tier];
                }
                tierCounts[tier]++;
                int owner = snapshot.owningTeamOf(node);
                if (owner < 0) {
                    noOwner++;
                } else {
                    tally[owner]++;
                }
                if (kind != consumer) {
                    int layer = snapshot.layerOf(node);
                    if (layer < 0) {
                        noLayer++;
                    } else {
                        tally[layer]++;
                    }
                }
            }
            if (tier1Consumer) {
                tier1Consumers++;
            }
            order[i] = (tier1Consumer ? 0L : 1L << 62) | (long) depth << 32 | snapshot.keyRank(node);
        }

        int from = Math.min(request.offset(), total);
        int to = request.limit() == null ? total : (int) Math.min(total, (long) from + request.limit());
        long[] page = smallest(order, to);
        List<AffectedNode> items = items(snapshot, request, search, targets, page, from, to);

        List<Total> byKind = new ArrayList<>();
        for (NodeKind kind : NodeKind.values()) {
            if (kindCounts[kind.ordinal()] > 0) {
                byKind.add(new Total(kind.name(), kindCounts[kind.ordinal()]));
            }
        }
        List<Total> byLayer = new ArrayList<>();
        List<Total> byTeam = new ArrayList<>();
        for (int node : snapshot.nodes(NodeKind.LAYER)) {
            if (tally[node] > 0) {
                byLayer.add(new Total(snapshot.key(node), tally[node]));
            }
        }
        for (int node : snapshot.nodes(NodeKind.TEAM)) {
            if (tally[node] > 0) {
                byTeam.add(new Total(snapshot.key(node), tally[node]));
            }
        }
        if (noLayer > 0) {
            byLayer.add(new Total(Totals.NONE, noLayer));
        }
        if (noOwner > 0) {
            byTeam.add(new Total(Totals.NONE, noOwner));
        }
        List<Total> byTier = new ArrayList<>();
        for (int tier = 1; tier <= 3; tier++) {
            if (tierCounts[tier] > 0) {
                byTier.add(new Total(Integer.toString(tier), tierCounts[tier]));
            }
        }
        Comparator<Total> byCount =
                Comparator.comparingInt(Total::count).reversed().thenComparing(Total::key);
        byKind.sort(byCount);
        byLayer.sort(byCount);
        byTeam.sort(byCount);
        byTier.sort(byCount);

        return new BlastRadiusResult(
                request.targets(),
                request.direction(),
                request.scenario(),
                request.maxDepth(),
                total,
                from,
                items,
                new Totals(byKind, byLayer, byTeam, byTier),
                tier1Consumers,
                severity,
                deepest);
    }

    private static int[] resolve(LandscapeSnapshot snapshot, List<NodeRef> refs) {
        int[] targets = new int[refs.size()];
        for (int i = 0; i < targets.length; i++) {
            NodeRef ref = refs.get(i);
            targets[i] = snapshot.indexOf(ref);
            if (targets[i] < 0) {
                throw new UnknownTargetException(ref.kind(), ref.key());
            }
        }
        return targets;
    }

    /** The {@code count} smallest sort keys in ascending order: a full sort, or a bounded heap for small pages. */
    private static long[] smallest(long[] keys, int count) {
        if (count >= keys.length / 8) {
            long[] sorted = keys.clone();
            Arrays.sort(sorted);
            return sorted;
        }
        long[] heap = new long[count];
        int size = 0;
        for (long key : keys) {
            if (size < count) {
                heap[size] = key;
                siftUp(heap, size++);
            } else if (count > 0 && key < heap[0]) {
                heap[0] = key;
                siftDown(heap, count);
            }
        }
        Arrays.sort(heap);
        return heap;
    }

    private static void siftUp(long[] heap, int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] >= heap[i]) {
                return;
            }
            long swap = heap[parent];
            heap[parent] = heap[i];
            heap[i] = swap;
            i = parent;
        }
    }

    private static void siftDown(long[] heap, int size) {
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                return;
            }
            if (child + 1 < size && heap[child + 1] > heap[child]) {
                child++;
            }
            if (heap[i] >= heap[child]) {
                return;
            }
            long swap = heap[child];
            heap[child] = heap[i];
            heap[i] = swap;
            i = child;
        }
    }

    private static List<AffectedNode> items(
            LandscapeSnapshot snapshot,
            BlastRadiusRequest request,
            Search search,
            int[] targets,
            long[] sortedKeys,
            int from,
            int to) {
        int count = to - from;
        int[] nodes = new int[count];
        for (int i = 0; i < count; i++) {
            nodes[i] = snapshot.nodeAtKeyRank((int) sortedKeys[from + i]);
        }
        boolean[][] reached = new boolean[count][];
        if (targets.length > 1 && count > 0) {
            Search single = new Search(snapshot, search.maxDepth);
            int[] one = new int[1];
            for (int t = 0; t < targets.length; t++) {
                single.reset();
                one[0] = targets[t];
                single.run(one, request.direction());
                for (int i = 0; i < count; i++) {
                    if (single.depth[nodes[i]] >= 0) {
                        if (reached[i] == null) {
                            reached[i] = new boolean[targets.length];
                        }
                        reached[i][t] = true;
                    }
                }
            }
        }
        List<AffectedNode> items = new ArrayList<>(count);
        List<NodeRef> targetRefs = request.targets();
        for (int i = 0; i < count; i++) {
            int node = nodes[i];
            List<NodeRef> path = new ArrayList<>();
            for (int step = node; step >= 0; step = search.parent[step]) {
                path.add(snapshot.ref(step));
            }
            Collections.reverse(path);
            List<NodeRef> reachedFrom;
            if (targets.length == 1) {
                reachedFrom = targetRefs;
            } else {
                reachedFrom = new ArrayList<>();
                for (int t = 0; t < targets.length; t++) {
                    if (reached[i] != null && reached[i][t]) {
                        reachedFrom.add(targetRefs.get(t));
                    }
                }
            }
            int tier = snapshot.tier(node);
            items.add(new AffectedNode(
                    snapshot.kind(node),
                    snapshot.key(node),
                    snapshot.name(node),
                    tier == 0 ? null : tier,
                    search.depth[node],
                    search.parent[node] < 0,
                    path,
                    reachedFrom));
        }
        return items;
    }

    /**
     * One breadth-first search: depth (-1 = not reached), BFS-tree parent (-1 = a target) and the visited nodes in
     * visiting order. {@link #reset()} makes it reusable for another search over the same snapshot.
     */
    static final class Search {

        final LandscapeSnapshot s;
        final int maxDepth;
        final int[] depth;
        final int[] parent;
        final int[] visited;
        final int[] queue;
        int visitedCount;

        Search(LandscapeSnapshot snapshot, int maxDepth) {
            this.s = snapshot;
            this.maxDepth = maxDepth;
            int n = snapshot.nodeCount();
            depth = new int[n];
            Arrays.fill(depth, -1);
            parent = new int[n];
            visited = new int[n];
            queue = new int[n];
        }

        void reset() {
            for (int i = 0; i < visitedCount; i++) {
                depth[visited[i]] = -1;
            }
            visitedCount = 0;
        }

        void run(int[] targets, Direction direction) {
            if (direction == Direction.DOWNSTREAM) {
                downstream(targets);
            } else {
                upstream(targets);
            }
        }

        private boolean visit(int node, int d, int from) {
            if (depth[node] >= 0) {
                return false;
            }
            depth[node] = d;
            parent[node] = from;
            visited[visitedCount++] = node;
            return true;
        }

        /** Visits, or lowers the depth of a node reached before (for teams, value streams, layers). */
        private void relax(int node, int d, int from) {
            if (!visit(node, d, from) && d < depth[node]) {
                depth[node] = d;
                parent[node] = from;
            }
        }

        private void visitAll(Adjacency adjacency, int node, int from) {
            for (int p = adjacency.start(node), end = adjacency.end(node); p < end; p++) {
                visit(adjacency.target(p), 0, from);
            }
        }

        private void downstream(int[] targets) {
            Adjacency provides = s.out(EdgeType.PROVIDES);
            Adjacency owns = s.out(EdgeType.OWNS);
            Adjacency inLayer = s.in(EdgeType.IN_LAYER);
            for (int target : targets) {
                visit(target, 0, -1);
            }
            for (int target : targets) {
                switch (s.kind(target)) {
                    case PLATFORM -> visitAll(provides, target, target);
                    case TEAM -> {
                        for (int p = owns.start(target), end = owns.end(target); p < end; p++) {
                            int owned = owns.target(p);
                            if (visit(owned, 0, target) && s.is(owned, NodeKind.PLATFORM)) {
                                visitAll(provides, owned, owned);
                            }
                        }
                    }
                    case LAYER -> {
                        for (int p = inLayer.start(target), end = inLayer.end(target); p < end; p++) {
                            int platform = inLayer.target(p);
                            if (visit(platform, 0, target)) {
                                visitAll(provides, platform, platform);
                            }
                        }
                    }
                    default -> {}
                }
            }
            int capabilities = capabilityBfs(s.in(EdgeType.DEPENDS_ON));
            Adjacency consumers = s.in(EdgeType.CONSUMES);
            Adjacency providers = s.in(EdgeType.PROVIDES);
            for (int q = 0; q < capabilities; q++) {
                int capability = queue[q];
                int d = depth[capability];
                for (int p = consumers.start(capability), end = consumers.end(capability); p < end; p++) {
                    visit(consumers.target(p), d, capability);
                }
                for (int p = providers.start(capability), end = providers.end(capability); p < end; p++) {
                    visit(providers.target(p), d, capability);
                }
            }
            Adjacency owners = s.in(EdgeType.OWNS);
            for (int i = 0, n = visitedCount; i < n; i++) {
                int node = visited[i];
                if (s.is(node, NodeKind.PLATFORM) || s.is(node, NodeKind.CONSUMER)) {
                    for (int p = owners.start(node), end = owners.end(node); p < end; p++) {
                        relax(owners.target(p), depth[node], node);
                    }
                }
            }
            Adjacency alignedTo = s.out(EdgeType.ALIGNED_TO);
            for (int i = 0, n = visitedCount; i < n; i++) {
                int node = visited[i];
                if (s.is(node, NodeKind.TEAM)) {
                    for (int p = alignedTo.start(node), end = alignedTo.end(node); p < end; p++) {
                        relax(alignedTo.target(p), depth[node], node);
                    }
                }
            }
        }

        private void upstream(int[] targets) {
            Adjacency provides = s.out(EdgeType.PROVIDES);
            Adjacency consumes = s.out(EdgeType.CONSUMES);
            Adjacency owns = s.out(EdgeType.OWNS);
            Adjacency inLayer = s.in(EdgeType.IN_LAYER);
            for (int target : targets) {
                visit(target, 0, -1);
            }
            for (int target : targets) {
                switch (s.kind(target)) {
                    case PLATFORM -> visitAll(provides, target, target);
                    case CONSUMER -> visitAll(consumes, target, target);
                    case TEAM -> {
                        for (int p = owns.start(target), end = owns.end(target); p < end; p++) {
                            int owned = owns.target(p);
                            if (visit(owned, 0, target)) {
                                visitAll(s.is(owned, NodeKind.PLATFORM) ? provides : consumes, owned, owned);
                            }
                        }
                    }
                    case LAYER -> {
                        for (int p = inLayer.start(target), end = inLayer.end(target); p < end; p++) {
                            int platform = inLayer.target(p);
                            if (visit(platform, 0, target)) {
                                visitAll(provides, platform, platform);
                            }
                        }
                    }
                    default -> {}
                }
            }
            int capabilities = capabilityBfs(s.out(EdgeType.DEPENDS_ON));
            Adjacency providers = s.in(EdgeType.PROVIDES);
            for (int q = 0; q < capabilities; q++) {
                int capability = queue[q];
                for (int p = providers.start(capability), end = providers.end(capability); p < end; p++) {
                    visit(providers.target(p), depth[capability], capability);
                }
            }
            Adjacency owners = s.in(EdgeType.OWNS);
            Adjacency layers = s.out(EdgeType.IN_LAYER);
            for (int i = 0, n = visitedCount; i < n; i++) {
                int node = visited[i];
                if (s.is(node, NodeKind.PLATFORM)) {
                    for (int p = owners.start(node), end = owners.end(node); p < end; p++) {
                        relax(owners.target(p), depth[node], node);
                    }
                    for (int p = layers.start(node), end = layers.end(node); p < end; p++) {
                        relax(layers.target(p), depth[node], node);
                    }
                }
            }
        }

        /**
         * Breadth-first search over capabilities from every capability visited so far (all at depth 0). Leaves the
         * affected capabilities in {@link #queue} in order of depth and returns their number.
         */
        private int capabilityBfs(Adjacency edges) {
            int tail = 0;
            for (int i = 0; i < visitedCount; i++) {
                if (s.is(visited[i], NodeKind.CAPABILITY)) {
                    queue[tail++] = visited[i];
                }
            }
            for (int head = 0; head < tail; head++) {
                int capability = queue[head];
                int next = depth[capability] + 1;
                if (next > maxDepth) {
                    continue;
                }
                for (int p = edges.start(capability), end = edges.end(capability); p < end; p++) {
                    int other = edges.target(p);
                    if (visit(other, next, capability)) {
                        queue[tail++] = other;
                    }
                }
            }
            return tail;
        }
    }
}
