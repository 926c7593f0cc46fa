package dev.strata.model;

import dev.strata.model.Landscape.Edge;
import dev.strata.model.Landscape.EdgeId;
import dev.strata.model.Landscape.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A change to the landscape: the landscape after it, the changes for people (added, changed and removed nodes and
 * relationships with their fields), and what a writer must write. A document is the whole truth about its node and
 * the relationships its fields declare: properties it omits are cleared, relationships it no longer lists are removed.
 *
 * <p>The changes are about what the landscape means, not where it was read from: {@value #SOURCE_FILE} is
 * bookkeeping. A node or relationship whose only difference is the file that declares it (files moved, renamed, read
 * from another folder) is no change; the writer still records the new file ({@code relocated} counts those), so that
 * export writes each node back where it is declared now.
 *
 * @param relocated nodes and relationships whose only difference is {@value #SOURCE_FILE}: written, not changes
 */
public record LandscapeDiff(
        Landscape after,
        List<NodeChange> nodeChanges,
        List<EdgeChange> edgeChanges,
        List<Node> upsertNodes,
        List<NodeRef> removedNodes,
        List<Edge> upsertEdges,
        List<EdgeId> removedEdges,
        int relocated) {

    /** The bookkeeping property: the file a node or relationship was last applied from. */
    public static final String SOURCE_FILE = "sourceFile";

    /**
     * The change that applying declared documents to the current landscape makes: each declared document replaces
     * its node and the relationships it declares; with {@code prune}, nodes no document declares are removed.
     */
    public static LandscapeDiff between(Landscape current, Landscape declared, boolean prune) {
        if (prune) {
            // Only declared nodes remain, so only declared relationships do: the files are the whole landscape.
            return of(current, declared.copy());
        }
        List<Node> nodes = new ArrayList<>(current.nodes.size() + declared.nodes.size());
        merge(
                current.nodes.values().iterator(),
                declared.nodes.values().iterator(),
                Node::id,
                Landscape.NODE_ORDER,
                (kept, redeclared) -> nodes.add(redeclared != null ? redeclared : kept));
        Set<NodeRef> redeclared = new HashSet<>(declared.nodes.keySet());
        Iterator<Edge> kept = current.edges.values().stream()
                .filter(e -> !redeclared.contains(e.id().declaredBy()))
                .iterator();
        List<Edge> edges = new ArrayList<>(current.edges.size() + declared.edges.size());
        merge(
                kept,
                declared.edges.values().iterator(),
                Edge::id,
                Landscape.EDGE_ORDER,
                (edge, declaredEdge) -> edges.add(declaredEdge != null ? declaredEdge : edge));
        Landscape after = Landscape.ofSorted(nodes, edges);
        return of(current, after);
    }

    /**
     * The change from one complete landscape to another. Relationships of removed nodes go with them (the writer
     * deletes such nodes with their relationships), so they are listed as changes but not as removals to write.
     * Both landscapes are walked once, side by side in their common order: no lookups, so a large landscape with a
     * small change costs one pass.
     */
    public static LandscapeDiff of(Landscape current, Landscape after) {
        List<NodeChange> nodeChanges = new ArrayList<>();
        List<Node> upsertNodes = new ArrayList<>();
        List<NodeRef> removedNodes = new ArrayList<>();
        int[] relocated = {0};
        merge(
                current.nodes.values().iterator(),
                after.nodes.values().iterator(),
                Node::id,
                Landscape.NODE_ORDER,
                (before, node) -> {
                    if (node == null) {
                        nodeChanges.add(NodeChange.of(Action.REMOVE, before, fields(before.properties(), Map.of())));
                        removedNodes.add(before.id());
                    } else if (before == null) {
                        nodeChanges.add(NodeChange.of(Action.ADD, node, fields(Map.of(), node.properties())));
                        upsertNodes.add(node);
                    } else if (!before.properties().equals(node.properties())) {
                        List<FieldChange> fields = fields(before.properties(), node.properties());
                        if (fields.isEmpty()) {
                            relocated[0]++;
                        } else {
                            nodeChanges.add(NodeChange.of(Action.CHANGE, node, fields));
                        }
                        upsertNodes.add(node);
                    }
                });
        List<EdgeChange> edgeChanges = new ArrayList<>();
        List<Edge> upsertEdges = new ArrayList<>();
        List<EdgeId> removedEdges = new ArrayList<>();
        merge(
                current.edges.values().iterator(),
                after.edges.values().iterator(),
                Edge::id,
                Landscape.EDGE_ORDER,
                (before, edge) -> {
                    if (edge == null) {
                        edgeChanges.add(EdgeChange.of(Action.REMOVE, before, fields(before.properties(), Map.of())));
                        if (after.nodes.containsKey(before.id().from())
                                && after.nodes.containsKey(before.id().to())) {
                            removedEdges.add(before.id());
                        }
                    } else if (before == null) {
                        edgeChanges.add(EdgeChange.of(Action.ADD, edge, fields(Map.of(), edge.properties())));
                        upsertEdges.add(edge);
                    } else if (!before.properties().equals(edge.properties())) {
                        List<FieldChange> fields = fields(before.properties(), edge.properties());
                        if (fields.isEmpty()) {
                            relocated[0]++;
                        } else {
                            edgeChanges.add(EdgeChange.of(Action.CHANGE, edge, fields));
                        }
                        upsertEdges.add(edge);
                    }
                });
        return new LandscapeDiff(
                after,
                List.copyOf(nodeChanges),
                List.copyOf(edgeChanges),
                upsertNodes,
                removedNodes,
                upsertEdges,
                removedEdges,
                relocated[0]);
    }

    /**
     * Walks two sequences sorted by {@code order} side by side and hands over each key's element from either or
     * both (null for the side that lacks it).
     */
    private static <T, K> void merge(
            Iterator<T> left,
            Iterator<T> right,
            Function<T, K> key,
            Comparator<K> order,
            BiConsumer<@Nullable T, @Nullable T> visit) {
        T l = left.hasNext() ? left.next() : null;
        T r = right.hasNext() ? right.next() : null;
        while (l != null || r != null) {
            int c = l == null ? 1 : r == null ? -1 : order.compare(key.apply(l), key.apply(r));
            visit.accept(c <= 0 ? l : null, c >= 0 ? r : null);
            if (c <= 0) {
                l = left.hasNext() ? left.next() : null;
            }
            if (c >= 0) {
                r = right.hasNext() ? right.next() : null;
            }
        }
    }

    /** Whether there is nothing to write: no change and no file to record. */
    public boolean isEmpty() {
        return !hasChanges() && relocated == 0;
    }

    /** Whether the landscape changes (nodes or relationships added, removed or with other values). */
    public boolean hasChanges() {
        return !nodeChanges.isEmpty() || !edgeChanges.isEmpty();
    }

    /** The fields whose values differ, bookkeeping ({@value #SOURCE_FILE}) left out. */
    private static List<FieldChange> fields(Map<String, Object> before, Map<String, Object> after) {
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        names.remove(SOURCE_FILE);
        List<FieldChange> changes = new ArrayList<>();
        for (String name : names) {
            Object old = before.get(name);
            Object now = after.get(name);
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(name, text(old), text(now)));
            }
        }
        return changes;
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    /** What happens to a node or relationship. */
    public enum Action {
        ADD,
        CHANGE,
        REMOVE
    }

    /** A property that changes, with both values as text (null = not set). */
    public record FieldChange(
            String field, @Nullable String before, @Nullable String after) {}

    /** A node added, changed or removed. */
    public record NodeChange(
            Action action,
            NodeKind kind,
            String key,
            @Nullable String sourceFile,
            List<FieldChange> changes) {
        static NodeChange of(Action action, Node node, List<FieldChange> changes) {
            return new NodeChange(
                    action,
                    node.id().kind(),
                    node.id().key(),
                    (String) node.properties().get(SOURCE_FILE),
                    changes);
        }
    }

    /** A relationship added, changed or removed. */
    public record EdgeChange(
            Action action,
            EdgeType type,
            NodeKind fromKind,
            String fromKey,
            NodeKind toKind,
            String toKey,
            @Nullable String sourceFile,
            List<FieldChange> changes) {
        static EdgeChange of(Action action, Edge edge, List<FieldChange> changes) {
            EdgeId id = edge.id();
            return new EdgeChange(
                    action,
                    id.type(),
                    id.from().kind(),
                    id.from().key(),
                    id.to().kind(),
                    id.to().key(),
                    (String) edge.properties().get(SOURCE_FILE),
                    changes);
        }
    }
}
