package dev.strata.analytics.chains;

import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.graph.UnknownNodeException;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Dependency chains: every simple path down {@code DEPENDS_ON} from the start capabilities of a node to a capability
 * that depends on nothing (ideally in the infrastructure layer). A capability never repeats within a chain, so
 * cycles end a chain ({@link Chain.End#CYCLE}) instead of looping; chains stop after {@code maxDepth} hops
 * ({@link Chain.End#DEPTH_LIMIT}); at most {@code maxChains} chains are enumerated. Reference semantics:
 * {@code cypher/analytics/dependency-chains.cypher} (its rows are this class's {@link Chain.End#LEAF} chains).
 */
public final class DependencyChains {

    /** Depth bound of {@link #chainsFrom(LandscapeSnapshot, NodeKind, String, int)}, as in the Cypher reference. */
    public static final int DEFAULT_MAX_DEPTH = 20;

    /** Largest accepted depth bound. */
    public static final int MAX_DEPTH = 200;

    private DependencyChains() {}

    /** {@link #chainsFrom(LandscapeSnapshot, NodeKind, String, int, int)} with {@link #DEFAULT_MAX_DEPTH}. */
    public static ChainsResult chainsFrom(LandscapeSnapshot snapshot, NodeKind kind, String key, int maxChains) {
        return chainsFrom(snapshot, kind, key, maxChains, DEFAULT_MAX_DEPTH);
    }

    /**
     * Chains from a consumer (through what it consumes), a platform (through what it provides) or a capability.
     *
     * @param maxChains most chains to return (>= 0)
     * @param maxDepth  most {@code DEPENDS_ON} hops per chain (0..{@value #MAX_DEPTH})
     * @throws UnknownNodeException     if there is no such node
     * @throws IllegalArgumentException for another kind or out-of-range bounds
     */
    public static ChainsResult chainsFrom(
            LandscapeSnapshot snapshot, NodeKind kind, String key, int maxChains, int maxDepth) {
        if (maxChains < 0) {
            throw new IllegalArgumentException("maxChains must not be negative: " + maxChains);
        }
        if (maxDepth < 0 || maxDepth > MAX_DEPTH) {
            throw new IllegalArgumentException("maxDepth must be in 0.." + MAX_DEPTH + ": " + maxDepth);
        }
        int node = snapshot.indexOf(kind, key);
        if (node < 0) {
            throw new UnknownNodeException(kind, key);
        }
        int[] starts = switch (kind) {
            case CAPABILITY -> new int[] {node};
            case PLATFORM -> neighbours(snapshot.out(EdgeType.PROVIDES), node);
            case CONSUMER -> neighbours(snapshot.out(EdgeType.CONSUMES), node);
            default ->
                throw new IllegalArgumentException("chains start at a capability, platform or consumer, not a " + kind);
        };
        List<String> startKeys = new ArrayList<>();
        for (int start : starts) {
            startKeys.add(snapshot.key(start));
        }
        Walker walker = new Walker(snapshot, maxChains, maxDepth);
        for (int start : starts) {
            if (walker.truncated) {
                break;
            }
            walker.walk(start);
        }
        Longest longest = new Longest(snapshot);
        Chain longestChain = null;
        long count = 0;
        int best = -1;
        for (int start : starts) {
            longest.solve(start);
            count = saturatedAdd(count, longest.count[start]);
            if (best < 0 || longest.length[start] > longest.length[best]) {
                best = start;
            }
        }
        if (best >= 0) {
            List<Integer> path = new ArrayList<>();
            for (int step = best; step >= 0; step = longest.next[step]) {
                path.add(step);
            }
            int last = path.getLast();
            Chain.End end = snapshot.out(EdgeType.DEPENDS_ON).degree(last) == 0 ? Chain.End.LEAF : Chain.End.CYCLE;
            longestChain =
                    walker.chain(path.stream().mapToInt(Integer::intValue).toArray(), path.size(), end);
        }
        return new ChainsResult(
                new NodeRef(kind, key), startKeys, walker.chains, walker.truncated, count, longestChain);
    }

    private static int[] neighbours(Adjacency adjacency, int node) {
        int[] result = new int[adjacency.degree(node)];
        for (int p = adjacency.start(node), i = 0; p < adjacency.end(node); p++, i++) {
            result[i] = adjacency.target(p);
        }
        return result;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    /** Enumerates simple paths depth-first, neighbours in key order. */
    private static final class Walker {

        private final LandscapeSnapshot s;
        private final Adjacency dependsOn;
        private final int maxChains;
        private final int maxDepth;
        private final int bottomRank;
        private final boolean[] onPath;
        private final int[] path;
        private final List<Chain> chains = new ArrayList<>();
        private boolean truncated;

        Walker(LandscapeSnapshot snapshot, int maxChains, int maxDepth) {
            s = snapshot;
            dependsOn = snapshot.out(EdgeType.DEPENDS_ON);
            this.maxChains = maxChains;
            this.maxDepth = maxDepth;
            onPath = new boolean[snapshot.nodeCount()];
            path = new int[maxDepth + 1];
            int lowest = LandscapeSnapshot.NO_RANK;
            for (int layer : snapshot.nodes(NodeKind.LAYER)) {
                int rank = snapshot.layerRank(layer);
                if (rank != LandscapeSnapshot.NO_RANK
                        && !snapshot.crossCutting(layer)
                        && (lowest == LandscapeSnapshot.NO_RANK || rank < lowest)) {
                    lowest = rank;
                }
            }
            bottomRank = lowest;
        }

        void walk(int start) {
            step(start, 0);
        }

        private void step(int capability, int hops) {
            path[hops] = capability;
            onPath[capability] = true;
            try {
                int start = dependsOn.start(capability);
                int end = dependsOn.end(capability);
                if (start == end) {
                    emit(hops + 1, Chain.End.LEAF);
                    return;
                }
                boolean continued = false;
                for (int p = start; p < end && !truncated; p++) {
                    int next = dependsOn.target(p);
                    if (onPath[next]) {
                        continue;
                    }
                    if (hops == maxDepth) {
                        emit(hops + 1, Chain.End.DEPTH_LIMIT);
                        return;
                    }
                    continued = true;
                    step(next, hops + 1);
                }
                if (!continued && !truncated) {
                    emit(hops + 1, Chain.End.CYCLE);
                }
            } finally {
                onPath[capability] = false;
            }
        }

        private void emit(int length, Chain.End end) {
            if (chains.size() == maxChains) {
                truncated = true;
                return;
            }
            chains.add(chain(path, length, end));
        }

        Chain chain(int[] nodes, int length, Chain.End end) {
            List<String> keys = new ArrayList<>(length);
            List<String> layers = new ArrayList<>();
            int previousLayer = -1;
            for (int i = 0; i < length; i++) {
                keys.add(s.key(nodes[i]));
                int layer = s.layerOf(nodes[i]);
                if (layer >= 0 && layer != previousLayer) {
                    layers.add(s.key(layer));
                    previousLayer = layer;
                }
            }
            int lastLayer = s.layerOf(nodes[length - 1]);
            boolean bottom =
                    lastLayer >= 0 && bottomRank != LandscapeSnapshot.NO_RANK && s.layerRank(lastLayer) == bottomRank;
            return new Chain(keys, layers, end, bottom);
        }
    }

    /**
     * Longest chain and chain count per capability by one memoised depth-first search (iterative, so deep graphs do
     * not overflow the stack). Dependencies on the current search path are ignored, so a memoised chain never
     * repeats a capability; on acyclic graphs this is exact.
     */
    private static final class Longest {

        private final Adjacency dependsOn;
        private final byte[] state;
        private final int[] length;
        private final int[] next;
        private final long[] count;
        private final int[] stack;
        private final int[] position;

        Longest(LandscapeSnapshot snapshot) {
            dependsOn = snapshot.out(EdgeType.DEPENDS_ON);
            int n = snapshot.nodeCount();
            state = new byte[n];
            length = new int[n];
            next = new int[n];
            count = new long[n];
            stack = new int[n];
            position = new int[n];
        }

        void solve(int root) {
            if (state[root] != 0) {
                return;
            }
            int top = 0;
            open(root);
            stack[0] = root;
            while (top >= 0) {
                int node = stack[top];
                int p = position[node];
                if (p < dependsOn.end(node)) {
                    position[node] = p + 1;
                    int child = dependsOn.target(p);
                    if (state[child] == 0) {
                        open(child);
                        stack[++top] = child;
                    }
                    continue;
                }
                // all dependencies done: combine the finished, non-path ones
                for (int q = dependsOn.start(node); q < dependsOn.end(node); q++) {
                    int child = dependsOn.target(q);
                    if (state[child] == 2) {
                        count[node] = saturatedAdd(count[node], count[child]);
                        if (length[child] + 1 > length[node]) {
                            length[node] = length[child] + 1;
                            next[node] = child;
                        }
                    }
                }
                if (count[node] == 0) {
                    count[node] = 1;
                }
                state[node] = 2;
                top--;
            }
        }

        private void open(int node) {
            state[node] = 1;
            length[node] = 1;
            next[node] = -1;
            count[node] = 0;
            position[node] = dependsOn.start(node);
        }
    }
}
