package dev.strata.plan;

import dev.strata.ingest.LandscapeParser;
import dev.strata.model.EdgeType;
import dev.strata.model.Landscape;
import dev.strata.model.Landscape.Edge;
import dev.strata.model.Landscape.Node;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The impact kinds recomputed for a whole landscape by the simplest means (sets and a queue over the model's
 * relationships, no snapshot, no scoping), to check the plan's incremental answers against.
 */
final class BruteForce {

    /** Each landscape's CONSUMES and DEPENDS_ON relationships by start node (landscapes are not changed after). */
    private static final Map<Landscape, Map<NodeRef, List<NodeRef>>> OUT =
            java.util.Collections.synchronizedMap(new IdentityHashMap<>());

    private BruteForce() {}

    private static Map<NodeRef, List<NodeRef>> out(Landscape landscape) {
        Map<NodeRef, List<NodeRef>> out = new HashMap<>();
        for (Edge edge : landscape.edges().values()) {
            if (edge.id().type() == EdgeType.DEPENDS_ON || edge.id().type() == EdgeType.CONSUMES) {
                out.computeIfAbsent(edge.id().from(), f -> new ArrayList<>())
                        .add(edge.id().to());
            }
        }
        return out;
    }

    static Set<String> consumersReaching(DemoFiles files, String capability) {
        Landscape landscape = LandscapeParser.parse(files.files()).declared();
        Set<String> consumers = new TreeSet<>();
        for (NodeRef node : landscape.nodes().keySet()) {
            if (node.kind() == NodeKind.CONSUMER && reach(landscape, node).contains(capability)) {
                consumers.add(node.key());
            }
        }
        return consumers;
    }

    /** Capability keys a consumer (through what it consumes) or a capability (excluding itself) relies on. */
    static Set<String> reach(Landscape landscape, NodeRef source) {
        Map<NodeRef, List<NodeRef>> out = OUT.computeIfAbsent(landscape, BruteForce::out);
        Set<NodeRef> seen = new LinkedHashSet<>();
        Deque<NodeRef> queue = new ArrayDeque<>(out.getOrDefault(source, List.of()));
        while (!queue.isEmpty()) {
            NodeRef next = queue.poll();
            if (seen.add(next)) {
                queue.addAll(out.getOrDefault(next, List.of()));
            }
        }
        Set<String> keys = new TreeSet<>();
        seen.forEach(n -> keys.add(n.key()));
        return keys;
    }

    /** {@code consumer capability lifecycle} for every deprecated or retired capability a consumer relies on. */
    static Set<String> deprecatedUses(Landscape landscape) {
        Set<String> uses = new TreeSet<>();
        for (NodeRef consumer : landscape.nodes().keySet()) {
            if (consumer.kind() != NodeKind.CONSUMER) {
                continue;
            }
            for (String capability : reach(landscape, consumer)) {
                Object lifecycle = landscape
                        .nodes()
                        .get(NodeRef.capability(capability))
                        .properties()
                        .get("lifecycle");
                if ("DEPRECATED".equals(lifecycle) || "RETIRED".equals(lifecycle)) {
                    uses.add(consumer.key() + " " + capability + " " + lifecycle);
                }
            }
        }
        return uses;
    }

    /** {@code KIND source target} for every tier inversion at any depth. */
    static Set<String> tierInversions(Landscape landscape) {
        Set<String> inversions = new TreeSet<>();
        for (Node node : landscape.nodes().values()) {
            NodeKind kind = node.id().kind();
            if ((kind != NodeKind.CONSUMER && kind != NodeKind.CAPABILITY)
                    || !(node.properties().get("tier") instanceof Number tier)) {
                continue;
            }
            for (String target : reach(landscape, node.id())) {
                Object targetTier = landscape
                        .nodes()
                        .get(NodeRef.capability(target))
                        .properties()
                        .get("tier");
                if (targetTier instanceof Number t && t.intValue() > tier.intValue()) {
                    inversions.add(kind + " " + node.id().key() + " " + target);
                }
            }
        }
        return inversions;
    }

    /** The line without its last word. */
    static String withoutLast(String line) {
        return line.substring(0, line.lastIndexOf(' '));
    }

    /** Category to the platforms providing a capability of it. */
    static Map<String, Set<String>> offerings(Landscape landscape) {
        Map<String, Set<String>> offerings = new TreeMap<>();
        for (Edge edge : landscape.edges().values()) {
            if (edge.id().type() == EdgeType.PROVIDES
                    && landscape.nodes().get(edge.id().to()).properties().get("category") instanceof String category) {
                offerings
                        .computeIfAbsent(category, c -> new TreeSet<>())
                        .add(edge.id().from().key());
            }
        }
        return offerings;
    }
}
