package dev.strata.mcp;

import static dev.strata.mcp.JsonSchemas.enumeration;
import static dev.strata.mcp.JsonSchemas.object;
import static dev.strata.mcp.JsonSchemas.properties;
import static dev.strata.mcp.JsonSchemas.string;

import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.graphql.RequestDeadline;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code describe_node}: one node with what an agent checks before touching it: owner, layer, platform, lifecycle,
 * tier, and its direct neighbours (dependencies, dependents, consumers, what it provides, consumes or owns).
 */
@Component
class DescribeNodeTool implements StrataTool {

    /** Neighbour lists longer than this are cut, with their full count given. */
    static final int MAX_LISTED = 50;

    private final ToolSnapshots snapshots;

    DescribeNodeTool(ToolSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public String name() {
        return "describe_node";
    }

    @Override
    public String title() {
        return "Describe a landscape node";
    }

    @Override
    public String description() {
        return "Describe one node by key: name, kind, tier, lifecycle, category, owning team, layer, providing platform,"
                + " direct dependencies and dependents (DEPENDS_ON), consumers, and what it provides, consumes or owns."
                + " Lists longer than " + MAX_LISTED + " are cut (their count is given). Pass 'kind' when the key is"
                + " used by nodes of several kinds.";
    }

    @Override
    public Map<String, Object> inputSchema() {
        return object(
                properties(
                        ToolSnapshots.AS_OF,
                        ToolSnapshots.asOfSchema(),
                        "key",
                        string("Key of the node, e.g. 'cloud-networking' (find_nodes finds keys)"),
                        "kind",
                        enumeration("Kind of the node; needed only when several kinds use the key", NodeKind.class)),
                "key");
    }

    @Override
    public List<String> fields(ToolArguments arguments) {
        return List.of();
    }

    @Override
    public ToolAnswer call(ToolArguments arguments, RequestDeadline deadline) {
        LandscapeSnapshot s = snapshots.of(arguments);
        int node = SnapshotNodes.resolve(
                s, name(), "key", arguments.optionalEnum("kind", NodeKind.class), arguments.string("key"));
        Map<String, Object> described = SnapshotNodes.brief(s, node);
        StringBuilder text = new StringBuilder()
                .append(s.kind(node).label())
                .append(' ')
                .append(s.key(node))
                .append(" (")
                .append(s.name(node))
                .append(')');
        if (s.tier(node) > 0) {
            described.put("tier", s.tier(node));
            text.append(", tier ").append(s.tier(node));
        }
        if (s.lifecycle(node) != null) {
            described.put("lifecycle", String.valueOf(s.lifecycle(node)));
            text.append(", lifecycle ").append(s.lifecycle(node));
        }
        if (s.category(node) != null) {
            described.put("category", s.category(node));
            text.append(", category ").append(s.category(node));
        }
        if (s.teamType(node) != null) {
            described.put("teamType", String.valueOf(s.teamType(node)));
            text.append(", ").append(s.teamType(node)).append(" team");
        }
        if (s.is(node, NodeKind.CAPABILITY)) {
            one(s, described, text, "platform", s.providerOf(node));
        }
        one(s, described, text, "owner", s.owningTeamOf(node));
        one(s, described, text, "layer", s.layerOf(node));
        if (s.is(node, NodeKind.TEAM)) {
            one(s, described, text, "valueStream", s.valueStreamOf(node));
        }
        switch (s.kind(node)) {
            case CAPABILITY -> {
                many(s, described, text, "dependencies", s.out(EdgeType.DEPENDS_ON), node);
                many(s, described, text, "dependents", s.in(EdgeType.DEPENDS_ON), node);
                many(s, described, text, "consumers", s.in(EdgeType.CONSUMES), node);
            }
            case PLATFORM -> many(s, described, text, "provides", s.out(EdgeType.PROVIDES), node);
            case CONSUMER -> many(s, described, text, "consumes", s.out(EdgeType.CONSUMES), node);
            case TEAM -> many(s, described, text, "owns", s.out(EdgeType.OWNS), node);
            case LAYER -> many(s, described, text, "platforms", s.in(EdgeType.IN_LAYER), node);
            case VALUE_STREAM -> many(s, described, text, "teams", s.in(EdgeType.ALIGNED_TO), node);
        }
        return new ToolAnswer(text.toString(), described);
    }

    private static void one(
            LandscapeSnapshot s, Map<String, Object> described, StringBuilder text, String field, int other) {
        if (other >= 0) {
            described.put(field, s.key(other));
            text.append("\n").append(field).append(": ").append(s.key(other));
        }
    }

    private static void many(
            LandscapeSnapshot s,
            Map<String, Object> described,
            StringBuilder text,
            String field,
            Adjacency adjacency,
            int node) {
        List<String> keys = new ArrayList<>();
        for (int p = adjacency.start(node); p < adjacency.end(node) && keys.size() < MAX_LISTED; p++) {
            keys.add(s.key(adjacency.target(p)));
        }
        int count = adjacency.degree(node);
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("count", count);
        list.put("keys", keys);
        described.put(field, list);
        text.append("\n")
                .append(field)
                .append(" (")
                .append(count)
                .append("): ")
                .append(keys.isEmpty() ? "none" : String.join(", ", keys))
                .append(count > keys.size() ? ", ..." : "");
    }
}
