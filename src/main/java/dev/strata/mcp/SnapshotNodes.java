package dev.strata.mcp;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the nodes a call names in the snapshot: by key, within a kind or across all kinds. An unknown key is refused
 * with the argument's name and the closest keys of the kind, so the agent can retry with a real one.
 */
final class SnapshotNodes {

    private SnapshotNodes() {}

    /** The node with this key, of {@code kind} when given, else of whichever kind has it (refused when several do). */
    static int resolve(LandscapeSnapshot snapshot, String tool, String argument, @Nullable NodeKind kind, String key) {
        return resolve(snapshot, tool, argument, kind == null ? Set.of(NodeKind.values()) : Set.of(kind), key);
    }

    /** The node with this key among the allowed kinds (refused when it exists under several of them). */
    static int resolve(
            LandscapeSnapshot snapshot, String tool, String argument, Collection<NodeKind> kinds, String key) {
        List<Integer> found = new ArrayList<>();
        for (NodeKind kind : NodeKind.values()) {
            int node = kinds.contains(kind) ? snapshot.indexOf(kind, key) : -1;
            if (node >= 0) {
                found.add(node);
            }
        }
        if (found.size() == 1) {
            return found.getFirst();
        }
        if (found.size() > 1) {
            throw new ToolFailure(tool + ": '" + key + "' (argument '" + argument + "') is the key of a "
                    + String.join(
                            " and a ",
                            found.stream().map(n -> snapshot.kind(n).name()).toList())
                    + "; say which with the argument 'kind'");
        }
        String what = kinds.size() == 1
                ? "no " + kinds.iterator().next().noun()
                : "no " + String.join(", ", kinds.stream().map(NodeKind::noun).toList());
        String elsewhere = "";
        for (NodeKind other : NodeKind.values()) {
            if (!kinds.contains(other) && snapshot.indexOf(other, key) >= 0) {
                elsewhere = " ('" + key + "' is a " + other.noun() + ")";
            }
        }
        throw new ToolFailure(tool + ": " + what + " with key '" + key + "' (argument '" + argument + "')" + elsewhere
                + Suggestions.closeMatches(key, keys(snapshot, kinds)) + "; find_nodes searches by name or key");
    }

    static List<String> keys(LandscapeSnapshot snapshot, Collection<NodeKind> kinds) {
        List<String> keys = new ArrayList<>();
        for (NodeKind kind : kinds) {
            Arrays.stream(snapshot.nodes(kind)).mapToObj(snapshot::key).forEach(keys::add);
        }
        return keys;
    }

    static NodeKind kind(ToolArguments arguments, String name) {
        NodeKind kind = arguments.optionalEnum(name, NodeKind.class);
        if (kind == null) {
            throw new ToolFailure(arguments.tool() + ": argument '" + name + "' is required (one of "
                    + String.join(
                            ", ",
                            Arrays.stream(NodeKind.values()).map(Enum::name).toList()) + ")");
        }
        return kind;
    }

    /** A node as structured content: kind, key, name. */
    static Map<String, Object> brief(LandscapeSnapshot snapshot, int node) {
        Map<String, Object> brief = new LinkedHashMap<>();
        brief.put("kind", snapshot.kind(node).name());
        brief.put("key", snapshot.key(node));
        brief.put("name", snapshot.name(node));
        return brief;
    }

    static @Nullable String keyOrNull(LandscapeSnapshot snapshot, int node) {
        return node < 0 ? null : snapshot.key(node);
    }

    static String label(NodeRef ref) {
        return ref.kind().noun() + " " + ref.key();
    }
}
