package dev.strata.analytics.graph;

import dev.strata.model.EdgeType;
import dev.strata.model.InteractionMode;
import dev.strata.model.Landscape.Edge;
import dev.strata.model.Landscape.EdgeId;
import dev.strata.model.Landscape.Node;
import dev.strata.model.LandscapeDiff;
import dev.strata.model.NodeRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes the snapshot after a committed change from the snapshot before it, instead of reading the graph again.
 *
 * <p>The change is what {@code store.DiffWriter} wrote: nodes set to their new properties (created when new),
 * removed nodes deleted with all their relationships, relationships merged (with their properties) or deleted. The
 * new snapshot shares every array the change leaves alone (the relationship types it does not touch, while no node
 * comes or goes) and rebuilds the others in one pass each: survivors keep their relative key order, so existing
 * neighbour lists stay sorted and only the lists that gain a neighbour are sorted again. Time O(nodes +
 * relationships of the touched types) with small constants, far below a reload.
 */
final class SnapshotPatch {

    private static final EdgeType[] TYPES = EdgeType.values();

    private final LandscapeSnapshot before;
    private final SnapshotParts old;
    private final int n0;
    /** Old index to new index, -1 for a removed node. */
    private final int[] newIndex;
    /** New index to old index, -1 for an added node. */
    private int[] oldIndex;

    private int n1;
    private SnapshotParts next;
    private boolean nodesMoved;
    private int removedCount;
    private final Map<NodeRef, Integer> addedIndex = new HashMap<>();

    private SnapshotPatch(LandscapeSnapshot before) {
        this.before = before;
        this.old = before.parts();
        this.n0 = old.count;
        this.newIndex = new int[n0];
    }

    static LandscapeSnapshot apply(LandscapeSnapshot before, LandscapeDiff diff) {
        return new SnapshotPatch(before).run(diff);
    }

    private LandscapeSnapshot run(LandscapeDiff diff) {
        boolean[] removed = new boolean[n0];
        for (NodeRef ref : diff.removedNodes()) {
            int node = before.indexOf(ref);
            if (node >= 0 && !removed[node]) {
                removed[node] = true;
                removedCount++;
            }
        }
        List<Node> added = new ArrayList<>();
        List<Node> changed = new ArrayList<>();
        Set<NodeRef> seen = new HashSet<>();
        for (Node node : diff.upsertNodes()) {
            if (!seen.add(node.id())) {
                continue;
            }
            int index = before.indexOf(node.id());
            if (index < 0) {
                added.add(node);
            } else if (!removed[index]) {
                changed.add(node);
            }
        }
        nodesMoved = removedCount > 0 || !added.isEmpty();
        n1 = n0 - removedCount + added.size();
        next = new SnapshotParts(n1);
        next.count = n1;
        oldIndex = new int[n1];
        copySurvivors(removed, removedCount);
        for (Node node : changed) {
            int index = newIndex[before.indexOf(node.id())];
            NodeAttributes.fromProperties(next, index, node.id().kind(), node.properties());
        }
        int first = n0 - removedCount;
        added.sort(Comparator.comparing((Node node) -> node.id().key())
                .thenComparing(node -> node.id().kind()));
        for (int i = 0; i < added.size(); i++) {
            Node node = added.get(i);
            int index = first + i;
            oldIndex[index] = -1;
            next.kinds[index] = (byte) node.id().kind().ordinal();
            next.keys[index] = node.id().key();
            addedIndex.put(node.id(), index);
            NodeAttributes.fromProperties(next, index, node.id().kind(), node.properties());
        }
        next.byKeyRank = nodesMoved ? keyOrder(first) : old.byKeyRank;
        int[] keyRanks = new int[n1];
        for (int rank = 0; rank < n1; rank++) {
            keyRanks[next.byKeyRank[rank]] = rank;
        }
        edges(diff, keyRanks);
        return new LandscapeSnapshot(next);
    }

    private void copySurvivors(boolean[] removed, int removedCount) {
        if (removedCount == 0) {
            copyPrefix();
            for (int node = 0; node < n0; node++) {
                newIndex[node] = node;
                oldIndex[node] = node;
            }
            return;
        }
        int to = 0;
        for (int node = 0; node < n0; node++) {
            if (removed[node]) {
                newIndex[node] = -1;
            } else {
                next.copyNode(old, node, to);
                newIndex[node] = to;
                oldIndex[to++] = node;
            }
        }
    }

    private void copyPrefix() {
        System.arraycopy(old.kinds, 0, next.kinds, 0, n0);
        System.arraycopy(old.keys, 0, next.keys, 0, n0);
        System.arraycopy(old.names, 0, next.names, 0, n0);
        System.arraycopy(old.tiers, 0, next.tiers, 0, n0);
        System.arraycopy(old.lifecycles, 0, next.lifecycles, 0, n0);
        System.arraycopy(old.layerRanks, 0, next.layerRanks, 0, n0);
        System.arraycopy(old.flags, 0, next.flags, 0, n0);
        System.arraycopy(old.teamTypes, 0, next.teamTypes, 0, n0);
        System.arraycopy(old.teamSizes, 0, next.teamSizes, 0, n0);
        System.arraycopy(old.gaDays, 0, next.gaDays, 0, n0);
        System.arraycopy(old.sloTargets, 0, next.sloTargets, 0, n0);
        System.arraycopy(old.sloAttainments, 0, next.sloAttainments, 0, n0);
        System.arraycopy(old.compliance, 0, next.compliance, 0, n0);
        System.arraycopy(old.categories, 0, next.categories, 0, n0);
    }

    /** The survivors in their old key order merged with the added nodes (indexes from {@code first}, sorted). */
    private int[] keyOrder(int first) {
        int[] order = new int[n1];
        int size = 0;
        int addedNext = first;
        for (int rank = 0; rank < n0; rank++) {
            int node = newIndex[old.byKeyRank[rank]];
            if (node < 0) {
                continue;
            }
            while (addedNext < n1 && compare(addedNext, node) < 0) {
                order[size++] = addedNext++;
            }
            order[size++] = node;
        }
        while (addedNext < n1) {
            order[size++] = addedNext++;
        }
        return order;
    }

    private int compare(int a, int b) {
        int order = next.keys[a].compareTo(next.keys[b]);
        return order != 0 ? order : Integer.compare(next.kinds[a], next.kinds[b]);
    }

    // ------------------------------------------------------------------------------------------ relationships

    /** Edge changes of one type, ends as new indexes. */
    private static final class TypeChanges {
        final Set<Long> removals = new HashSet<>();
        final Map<Long, Edge> upserts = new HashMap<>();
        final Map<Integer, List<Long>> upsertsBySource = new HashMap<>();

        boolean isEmpty() {
            return removals.isEmpty() && upserts.isEmpty();
        }
    }

    private void edges(LandscapeDiff diff, int[] keyRanks) {
        Map<EdgeType, TypeChanges> changes = new EnumMap<>(EdgeType.class);
        for (EdgeType type : TYPES) {
            changes.put(type, new TypeChanges());
        }
        for (EdgeId id : diff.removedEdges()) {
            int from = resolve(id.from(), false);
            int to = resolve(id.to(), false);
            if (from >= 0 && to >= 0) {
                changes.get(id.type()).removals.add(pair(from, to));
            }
        }
        for (Edge edge : diff.upsertEdges()) {
            int from = resolve(edge.id().from(), true);
            int to = resolve(edge.id().to(), true);
            TypeChanges typeChanges = changes.get(edge.id().type());
            long pair = pair(from, to);
            typeChanges.removals.remove(pair);
            if (typeChanges.upserts.put(pair, edge) == null) {
                typeChanges
                        .upsertsBySource
                        .computeIfAbsent(from, f -> new ArrayList<>())
                        .add(pair);
            }
        }
        next.out = new Adjacency[TYPES.length];
        next.in = new Adjacency[TYPES.length];
        next.consumesModes = old.consumesModes;
        next.consumesSince = old.consumesSince;
        for (EdgeType type : TYPES) {
            int t = type.ordinal();
            TypeChanges typeChanges = changes.get(type);
            if (!nodesMoved && typeChanges.isEmpty()) {
                next.out[t] = old.out[t];
                next.in[t] = old.in[t];
            } else if (typeChanges.isEmpty() && removedCount == 0) {
                // only new nodes, none of them in this type: the lists stay, the offsets grow
                next.out[t] = old.out[t].extended(n1);
                next.in[t] = old.in[t].extended(n1);
            } else {
                rebuild(type, typeChanges, keyRanks);
            }
        }
    }

    private int resolve(NodeRef ref, boolean required) {
        int node = before.indexOf(ref);
        if (node >= 0 && newIndex[node] >= 0) {
            return newIndex[node];
        }
        Integer added = addedIndex.get(ref);
        if (added != null) {
            return added;
        }
        if (required) {
            throw new IllegalArgumentException("the change relates " + ref + ", which the snapshot does not hold");
        }
        return -1;
    }

    private static long pair(int from, int to) {
        return (long) from << 32 | (to & 0xffffffffL);
    }

    private void rebuild(EdgeType type, TypeChanges changes, int[] keyRanks) {
        boolean consumes = type == EdgeType.CONSUMES;
        Adjacency oldOut = old.out[type.ordinal()];
        boolean[] touched = new boolean[n1];
        for (long pair : changes.upserts.keySet()) {
            touched[(int) (pair >>> 32)] = true;
        }
        for (long pair : changes.removals) {
            touched[(int) (pair >>> 32)] = true;
        }
        int[] offsets = new int[n1 + 1];
        int capacity = oldOut.size() + changes.upserts.size();
        int[] targets = new int[capacity];
        byte[] modes = consumes ? new byte[capacity] : null;
        int[] since = consumes ? new int[capacity] : null;
        int size = 0;
        for (int node = 0; node < n1; node++) {
            offsets[node] = size;
            int start = size;
            int u = oldIndex[node];
            if (!touched[node]) {
                // the common case: the node's list only moves (and is renumbered when nodes were removed)
                if (u >= 0) {
                    for (int p = oldOut.start(u), end = oldOut.end(u); p < end; p++) {
                        int target = newIndex[oldOut.target(p)];
                        if (target >= 0) {
                            targets[size] = target;
                            if (consumes) {
                                modes[size] = old.consumesModes[p];
                                since[size] = old.consumesSince[p];
                            }
                            size++;
                        }
                    }
                }
                continue;
            }
            List<Long> upserts = changes.upsertsBySource.getOrDefault(node, List.of());
            Set<Long> present = new HashSet<>();
            if (u >= 0) {
                for (int p = oldOut.start(u), end = oldOut.end(u); p < end; p++) {
                    int target = newIndex[oldOut.target(p)];
                    if (target < 0) {
                        continue;
                    }
                    long pair = pair(node, target);
                    if (changes.removals.contains(pair)) {
                        continue;
                    }
                    targets[size] = target;
                    if (consumes) {
                        Edge upsert = changes.upserts.get(pair);
                        modes[size] = upsert == null ? old.consumesModes[p] : mode(upsert);
                        since[size] = upsert == null ? old.consumesSince[p] : since(upsert);
                    }
                    size++;
                    present.add(pair);
                }
            }
            for (long pair : upserts) {
                if (present.contains(pair)) {
                    continue;
                }
                targets[size] = (int) pair;
                if (consumes) {
                    Edge upsert = changes.upserts.get(pair);
                    modes[size] = mode(upsert);
                    since[size] = since(upsert);
                }
                size++;
            }
            sortSegment(targets, modes, since, start, size, keyRanks);
        }
        offsets[n1] = size;
        Adjacency out = new Adjacency(offsets, Arrays.copyOf(targets, size), null);
        next.out[type.ordinal()] = out;
        next.in[type.ordinal()] = Csr.transpose(out, n1, next.byKeyRank, consumes);
        if (consumes) {
            next.consumesModes = Arrays.copyOf(modes, size);
            next.consumesSince = Arrays.copyOf(since, size);
        }
    }

    /** Orders one neighbour list (with its CONSUMES properties) by the neighbours' key rank. */
    private static void sortSegment(int[] targets, byte[] modes, int[] since, int from, int to, int[] keyRanks) {
        int length = to - from;
        if (length < 2) {
            return;
        }
        long[] packed = new long[length];
        for (int i = 0; i < length; i++) {
            packed[i] = (long) keyRanks[targets[from + i]] << 32 | i;
        }
        Arrays.sort(packed);
        int[] sortedTargets = new int[length];
        byte[] sortedModes = modes == null ? null : new byte[length];
        int[] sortedSince = since == null ? null : new int[length];
        for (int i = 0; i < length; i++) {
            int source = from + (int) packed[i];
            sortedTargets[i] = targets[source];
            if (modes != null) {
                sortedModes[i] = modes[source];
                sortedSince[i] = since[source];
            }
        }
        System.arraycopy(sortedTargets, 0, targets, from, length);
        if (modes != null) {
            System.arraycopy(sortedModes, 0, modes, from, length);
            System.arraycopy(sortedSince, 0, since, from, length);
        }
    }

    private static byte mode(Edge edge) {
        return NodeAttributes.mode(
                NodeAttributes.constant(InteractionMode.class, edge.properties().get("mode")));
    }

    private static int since(Edge edge) {
        return NodeAttributes.day(NodeAttributes.date(edge.properties().get("since")));
    }
}
