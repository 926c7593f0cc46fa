package dev.strata.analytics.risk;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.NodeKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The single points of failure of a whole landscape from one {@link DominatorTree}: capability X is critical for
 * consumer U when U reaches X and no path leads from U to any capability without dependencies that it reaches
 * without passing X (cypher/analytics/single-points-of-failure.cypher states the same by brute force). A capability's
 * consumer count is a subtree sum; a platform's is the sum over its topmost critical capabilities (those with no
 * critical capability of the same platform above them in the tree), so nothing is counted twice. Building it is
 * linear; listing consumers costs what is listed, so rankings take a {@code first} bound.
 */
public final class SinglePointsOfFailureAnalysis {

    private final LandscapeSnapshot snapshot;
    private final DominatorTree tree;
    private final int[] consumerCounts;
    private final int[] offsets;
    private final int[] children;
    /** Per platform node: distinct consumers some capability of it is critical for. */
    private final int[] platformCounts;
    /** Per platform node: its topmost critical capabilities, in tree preorder (lists only for platforms with any). */
    private final Map<Integer, List<Integer>> topmostByPlatform = new HashMap<>();
    /** Per platform node: its critical capabilities in key order. */
    private final Map<Integer, List<Integer>> criticalByPlatform = new HashMap<>();

    private SinglePointsOfFailureAnalysis(LandscapeSnapshot snapshot) {
        this.snapshot = snapshot;
        this.tree = DominatorTree.of(snapshot);
        this.consumerCounts = tree.consumerCounts();
        int[][] csr = tree.children();
        this.offsets = csr[0];
        this.children = csr[1];
        this.platformCounts = new int[snapshot.nodeCount()];
        platforms();
        for (int capability : snapshot.nodes(NodeKind.CAPABILITY)) {
            int platform = snapshot.providerOf(capability);
            if (consumerCounts[capability] > 0 && platform >= 0) {
                criticalByPlatform
                        .computeIfAbsent(platform, p -> new ArrayList<>())
                        .add(capability);
            }
        }
    }

    /** Analyses the snapshot: one dominator tree, counts for every capability and platform. */
    public static SinglePointsOfFailureAnalysis of(LandscapeSnapshot snapshot) {
        return new SinglePointsOfFailureAnalysis(snapshot);
    }

    /** Walks the tree once, keeping per platform how many of its capabilities are on the current root path. */
    private void platforms() {
        int size = tree.root + 1;
        int[] onPath = new int[snapshot.nodeCount()];
        int[] stack = new int[size];
        int[] next = new int[size];
        int top = 0;
        stack[top++] = tree.root;
        while (top > 0) {
            int vertex = stack[top - 1];
            if (next[vertex] == 0 && vertex != tree.root && snapshot.is(vertex, NodeKind.CAPABILITY)) {
                int platform = snapshot.providerOf(vertex);
                if (platform >= 0 && consumerCounts[vertex] > 0) {
                    if (onPath[platform] == 0) {
                        platformCounts[platform] += consumerCounts[vertex];
                        topmostByPlatform
                                .computeIfAbsent(platform, p -> new ArrayList<>())
                                .add(vertex);
                    }
                    onPath[platform]++;
                }
            }
            int child = offsets[vertex] + next[vertex];
            if (child < offsets[vertex + 1]) {
                next[vertex]++;
                stack[top++] = children[child];
            } else {
                top--;
                if (vertex != tree.root && snapshot.is(vertex, NodeKind.CAPABILITY)) {
                    int platform = snapshot.providerOf(vertex);
                    if (platform >= 0 && consumerCounts[vertex] > 0) {
                        onPath[platform]--;
                    }
                }
            }
        }
    }

    /** How many consumers a capability is critical for (0 for anything else). */
    public int consumersOf(int capability) {
        return snapshot.is(capability, NodeKind.CAPABILITY) ? consumerCounts[capability] : 0;
    }

    /** How many consumers some capability of a platform is critical for. */
    public int consumersOfPlatform(int platform) {
        return platformCounts[platform];
    }

    /** The capabilities critical for a consumer, nearest first; empty when none (or not a consumer). */
    public int[] criticalFor(int consumer) {
        if (!snapshot.is(consumer, NodeKind.CONSUMER) || !tree.reaches(consumer)) {
            return new int[0];
        }
        int length = 0;
        for (int v = tree.idom[consumer]; v != tree.root; v = tree.idom[v]) {
            length++;
        }
        int[] chain = new int[length];
        int i = 0;
        for (int v = tree.idom[consumer]; v != tree.root; v = tree.idom[v]) {
            chain[i++] = v;
        }
        return chain;
    }

    /** The capabilities critical for at least one consumer, most consumers first (ties by key), at most first. */
    public List<CapabilitySinglePointOfFailure> capabilities(int first) {
        List<CapabilitySinglePointOfFailure> ranking = new ArrayList<>();
        for (int capability : ranked(NodeKind.CAPABILITY, consumerCounts, first)) {
            int platform = snapshot.providerOf(capability);
            ranking.add(new CapabilitySinglePointOfFailure(
                    snapshot.key(capability),
                    snapshot.name(capability),
                    platform < 0 ? null : snapshot.key(platform),
                    consumerCounts[capability],
                    consumerKeys(List.of(capability))));
        }
        return ranking;
    }

    /** The platforms with a critical capability, most consumers first (ties by key), at most first. */
    public List<PlatformSinglePointOfFailure> platforms(int first) {
        List<PlatformSinglePointOfFailure> ranking = new ArrayList<>();
        for (int platform : ranked(NodeKind.PLATFORM, platformCounts, first)) {
            List<String> capabilities =
                    criticalByPlatform.get(platform).stream().map(snapshot::key).toList();
            ranking.add(new PlatformSinglePointOfFailure(
                    snapshot.key(platform),
                    snapshot.name(platform),
                    platformCounts[platform],
                    consumerKeys(topmostByPlatform.get(platform)),
                    capabilities));
        }
        return ranking;
    }

    /** Everything: every critical capability and platform with all their consumers, and every consumer's chain. */
    public SinglePointsOfFailure complete() {
        Map<String, List<String>> byConsumer = new TreeMap<>();
        for (int consumer : snapshot.nodes(NodeKind.CONSUMER)) {
            int[] chain = criticalFor(consumer);
            if (chain.length > 0) {
                byConsumer.put(
                        snapshot.key(consumer),
                        Arrays.stream(chain).mapToObj(snapshot::key).toList());
            }
        }
        return new SinglePointsOfFailure(capabilities(Integer.MAX_VALUE), platforms(Integer.MAX_VALUE), byConsumer);
    }

    /** Nodes of a kind with a positive count, by count descending then key, at most first. */
    private int[] ranked(NodeKind kind, int[] counts, int first) {
        int[] nodes = snapshot.nodes(kind);
        long[] keys = new long[nodes.length];
        int size = 0;
        for (int node : nodes) {
            if (counts[node] > 0) {
                keys[size++] = (long) (Integer.MAX_VALUE - counts[node]) << 32 | snapshot.keyRank(node);
            }
        }
        long[] sorted = Arrays.copyOf(keys, size);
        Arrays.sort(sorted);
        int[] ranked = new int[Math.min(first, size)];
        for (int i = 0; i < ranked.length; i++) {
            ranked[i] = snapshot.nodeAtKeyRank((int) sorted[i]);
        }
        return ranked;
    }

    /** The consumers in the subtrees of the given vertices (which do not contain each other), sorted by key. */
    private List<String> consumerKeys(List<Integer> roots) {
        int total = 0;
        for (int vertex : roots) {
            total += consumerCounts[vertex];
        }
        int[] ranks = new int[total];
        int size = 0;
        int[] stack = new int[Math.max(1, children.length + 1)];
        for (int start : roots) {
            int top = 0;
            stack[top++] = start;
            while (top > 0) {
                int vertex = stack[--top];
                if (snapshot.is(vertex, NodeKind.CONSUMER)) {
                    ranks[size++] = snapshot.keyRank(vertex);
                }
                for (int c = offsets[vertex]; c < offsets[vertex + 1]; c++) {
                    stack[top++] = children[c];
                }
            }
        }
        Arrays.sort(ranks, 0, size);
        List<String> keys = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            keys.add(snapshot.key(snapshot.nodeAtKeyRank(ranks[i])));
        }
        return keys;
    }
}
