package dev.strata.mcp;

import static dev.strata.mcp.JsonSchemas.enumeration;
import static dev.strata.mcp.JsonSchemas.integer;
import static dev.strata.mcp.JsonSchemas.object;
import static dev.strata.mcp.JsonSchemas.properties;
import static dev.strata.mcp.JsonSchemas.string;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.graphql.RequestDeadline;
import dev.strata.model.NodeKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code find_nodes}: nodes whose key or name contains a text, best matches first; where an agent gets its keys. */
@Component
class FindNodesTool implements StrataTool {

    private final ToolSnapshots snapshots;

    FindNodesTool(ToolSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public String name() {
        return "find_nodes";
    }

    @Override
    public String title() {
        return "Find landscape nodes";
    }

    @Override
    public String description() {
        return "Find capabilities, platforms, consumers, teams, value streams or layers whose key or name contains the"
                + " text (case-insensitive). Best matches first: exact key, exact name, key or name starting with the"
                + " text, then containing it. Use it to get the keys every other tool takes.";
    }

    @Override
    public Map<String, Object> inputSchema() {
        return object(
                properties(
                        ToolSnapshots.AS_OF,
                        ToolSnapshots.asOfSchema(),
                        "text",
                        string("Text to look for in keys and names, e.g. 'oracle' or 'LLM Gateway'"),
                        "kind",
                        enumeration("Only nodes of this kind", NodeKind.class),
                        "limit",
                        integer("Most matches returned", 1, 50, 10)),
                "text");
    }

    @Override
    public List<String> fields(ToolArguments arguments) {
        return List.of();
    }

    @Override
    public ToolAnswer call(ToolArguments arguments, RequestDeadline deadline) {
        String text = arguments.string("text").toLowerCase(Locale.ROOT);
        NodeKind kind = arguments.optionalEnum("kind", NodeKind.class);
        int limit = arguments.integer("limit", 1, 50, 10);
        LandscapeSnapshot snapshot = snapshots.of(arguments);
        record Match(int node, int rank) {}
        List<Match> matches = new ArrayList<>();
        for (NodeKind each : NodeKind.values()) {
            if (kind != null && kind != each) {
                continue;
            }
            for (int node : snapshot.nodes(each)) {
                int rank = rank(text, snapshot.key(node).toLowerCase(Locale.ROOT), lower(snapshot.name(node)));
                if (rank >= 0) {
                    matches.add(new Match(node, rank));
                }
            }
        }
        matches.sort(Comparator.comparingInt(Match::rank)
                .thenComparing(m -> snapshot.key(m.node()))
                .thenComparing(m -> snapshot.kind(m.node())));
        List<Map<String, Object>> found = new ArrayList<>();
        StringBuilder summary = new StringBuilder();
        summary.append(matches.size())
                .append(matches.size() == 1 ? " node matches '" : " nodes match '")
                .append(text)
                .append("'")
                .append(matches.size() > limit ? " (first " + limit + " shown)" : "")
                .append(matches.isEmpty() ? "." : ":");
        for (Match match : matches.subList(0, Math.min(limit, matches.size()))) {
            Map<String, Object> node = SnapshotNodes.brief(snapshot, match.node());
            int tier = snapshot.tier(match.node());
            if (tier > 0) {
                node.put("tier", tier);
            }
            if (snapshot.lifecycle(match.node()) != null) {
                node.put("lifecycle", String.valueOf(snapshot.lifecycle(match.node())));
            }
            found.add(node);
            summary.append("\n- ")
                    .append(node.get("kind"))
                    .append(' ')
                    .append(node.get("key"))
                    .append(" (")
                    .append(node.get("name"))
                    .append(')');
        }
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("totalCount", matches.size());
        structured.put("nodes", found);
        return new ToolAnswer(summary.toString(), structured);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** 0 exact key, 1 exact name, 2 key prefix, 3 name prefix, 4 contained; -1 no match. */
    private static int rank(String text, String key, String name) {
        if (key.equals(text)) {
            return 0;
        }
        if (name.equals(text)) {
            return 1;
        }
        if (key.startsWith(text)) {
            return 2;
        }
        if (name.startsWith(text)) {
            return 3;
        }
        return key.contains(text) || name.contains(text) ? 4 : -1;
    }
}
