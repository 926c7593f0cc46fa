package dev.strata.mcp;

import static dev.strata.mcp.JsonSchemas.array;
import static dev.strata.mcp.JsonSchemas.enumeration;
import static dev.strata.mcp.JsonSchemas.integer;
import static dev.strata.mcp.JsonSchemas.object;
import static dev.strata.mcp.JsonSchemas.properties;
import static dev.strata.mcp.JsonSchemas.string;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.impact.AffectedNode;
import dev.strata.analytics.impact.BlastRadiusEngine;
import dev.strata.analytics.impact.BlastRadiusRequest;
import dev.strata.analytics.impact.BlastRadiusResult;
import dev.strata.analytics.impact.Direction;
import dev.strata.analytics.impact.Scenario;
import dev.strata.analytics.impact.Total;
import dev.strata.analytics.impact.Totals;
import dev.strata.graphql.RequestDeadline;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * {@code blast_radius}: what the targets' failure or change affects, with the totals, severity, tier-1 consumers and
 * the explaining paths of the most important items; the same engine and snapshot as {@code Query.blastRadius}.
 */
@Component
class BlastRadiusTool implements StrataTool {

    static final int MAX_TIER1_LISTED = 100;

    /**
     * Owning teams and layers listed by name, largest first; the rest are counted. A hub of a large landscape affects
     * thousands of teams, and an agent needs the biggest shares, not a 100 kB list in its context.
     */
    static final int TOTALS_LISTED = 10;

    private final ToolSnapshots snapshots;
    private final BlastRadiusEngine engine = new BlastRadiusEngine();

    BlastRadiusTool(ToolSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public String name() {
        return "blast_radius";
    }

    @Override
    public String title() {
        return "Blast radius of a failure or change";
    }

    @Override
    public String description() {
        return "What breaks if the targets fail (scenario FAIL) or who must re-test when they change (CHANGE):"
                + " DOWNSTREAM follows dependents, their consumers, owning teams and value streams; UPSTREAM what the"
                + " targets rely on. Answers the totals (by kind and tier; the ten largest shares by owning team and"
                + " by layer, with how many teams and layers there are), a severity score, the"
                + " tier-1 consumers affected and the most important affected nodes (tier-1 consumers first, then by"
                + " depth), each with the path that explains why it is affected. Targets are keys of capabilities,"
                + " platforms, teams, consumers or layers; write KIND:key (e.g. PLATFORM:aws) when a key is ambiguous.";
    }

    @Override
    public Map<String, Object> inputSchema() {
        return object(
                properties(
                        ToolSnapshots.AS_OF,
                        ToolSnapshots.asOfSchema(),
                        "targets",
                        array(
                                "Keys of the failing or changing nodes, e.g. ['cloud-networking']",
                                string("A key, or KIND:key"),
                                50),
                        "scenario",
                        enumeration(
                                "FAIL (default): who loses service; CHANGE: whom to notify and re-test",
                                Scenario.class),
                        "direction",
                        enumeration(
                                "DOWNSTREAM (default): who is affected; UPSTREAM: what the targets rely on",
                                Direction.class),
                        "maxDepth",
                        integer("Most DEPENDS_ON hops followed; omit for no bound", 0, 200, 200),
                        "top",
                        integer("How many of the most important affected nodes to list with their paths", 1, 100, 10)),
                "targets");
    }

    @Override
    public List<String> fields(ToolArguments arguments) {
        return List.of("Query.blastRadius");
    }

    @Override
    public ToolAnswer call(ToolArguments arguments, RequestDeadline deadline) {
        LandscapeSnapshot snapshot = snapshots.of(arguments);
        List<NodeRef> targets = targets(snapshot, arguments, "targets");
        Scenario scenario = arguments.enumValue("scenario", Scenario.class, Scenario.FAIL);
        Direction direction = arguments.enumValue("direction", Direction.class, Direction.DOWNSTREAM);
        Integer maxDepth = arguments.has("maxDepth") ? arguments.integer("maxDepth", 0, 200, 200) : null;
        int top = arguments.integer("top", 1, 100, 10);
        BlastRadiusResult result = engine.analyse(
                snapshot,
                new BlastRadiusRequest(targets, scenario, direction, maxDepth, 0, Math.max(top, MAX_TIER1_LISTED)));
        deadline.check("blast_radius");

        List<AffectedNode> tier1 = result.items()
                .subList(0, Math.min(result.tier1Consumers(), result.items().size()));
        List<AffectedNode> important =
                result.items().subList(0, Math.min(top, result.items().size()));
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("targets", targets);
        structured.put("scenario", scenario);
        structured.put("direction", direction);
        structured.put("totalCount", result.totalCount());
        structured.put("severity", result.severity());
        structured.put("deepest", result.deepest());
        structured.put("tier1ConsumerCount", result.tier1Consumers());
        structured.put(
                "tier1Consumers",
                tier1.stream()
                        .map(item -> Map.of("key", item.key(), "name", item.name(), "path", item.pathKeys()))
                        .toList());
        structured.put("totals", totals(result.totals()));
        structured.put(
                "mostImportant", important.stream().map(BlastRadiusTool::item).toList());

        String verb = scenario == Scenario.FAIL ? "fails" : "changes";
        StringBuilder text = new StringBuilder();
        text.append("If ")
                .append(targets.stream().map(NodeRef::key).collect(Collectors.joining(" and ")))
                .append(' ')
                .append(targets.size() == 1 ? verb : verb.substring(0, verb.length() - 1))
                .append(" (")
                .append(direction.name().toLowerCase(Locale.ROOT))
                .append("): ")
                .append(result.totalCount())
                .append(" nodes affected (")
                .append(totals(result.totals().byKind()))
                .append("), severity ")
                .append(result.severity())
                .append(", deepest ")
                .append(result.deepest())
                .append(" hops.");
        text.append("\nTier-1 consumers affected: ").append(result.tier1Consumers());
        for (AffectedNode consumer : tier1) {
            text.append("\n- ").append(consumer.key()).append(": ").append(String.join(" -> ", consumer.pathKeys()));
        }
        if (result.tier1Consumers() > tier1.size()) {
            text.append("\n- ... ")
                    .append(result.tier1Consumers() - tier1.size())
                    .append(" more");
        }
        text.append("\nBy owning team: ").append(listed(result.totals().byOwningTeam(), "teams"));
        text.append("\nBy layer: ").append(listed(result.totals().byLayer(), "layers"));
        if (tier1.size() < important.size()) {
            text.append("\nNext most important:");
            for (AffectedNode item : important.subList(tier1.size(), important.size())) {
                text.append("\n- ")
                        .append(item.kind())
                        .append(' ')
                        .append(item.key())
                        .append(" (depth ")
                        .append(item.depth())
                        .append("): ")
                        .append(String.join(" -> ", item.pathKeys()));
            }
        }
        return new ToolAnswer(text.toString(), structured);
    }

    private static Map<String, Object> item(AffectedNode node) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("kind", node.kind());
        item.put("key", node.key());
        item.put("name", node.name());
        if (node.tier() != null) {
            item.put("tier", node.tier());
        }
        item.put("depth", node.depth());
        item.put("path", node.pathKeys());
        return item;
    }

    private static String totals(List<Total> totals) {
        return totals.stream().map(t -> t.count() + " " + t.key()).collect(Collectors.joining(", "));
    }

    /** The largest {@value #TOTALS_LISTED} shares, then how many more there are. */
    private static String listed(List<Total> totals, String noun) {
        String listed = totals(totals.subList(0, Math.min(TOTALS_LISTED, totals.size())));
        int more = totals.size() - TOTALS_LISTED;
        return more > 0 ? listed + " and " + more + " more " + noun : listed;
    }

    /** The engine's totals with owning teams and layers cut to their largest shares and counted. */
    private static Map<String, Object> totals(Totals totals) {
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("byKind", totals.byKind());
        structured.put("byTier", totals.byTier());
        structured.put("layerCount", totals.byLayer().size());
        structured.put(
                "byLayer",
                totals.byLayer()
                        .subList(0, Math.min(TOTALS_LISTED, totals.byLayer().size())));
        structured.put("owningTeamCount", totals.byOwningTeam().size());
        structured.put(
                "byOwningTeam",
                totals.byOwningTeam()
                        .subList(
                                0, Math.min(TOTALS_LISTED, totals.byOwningTeam().size())));
        return structured;
    }

    /** Target keys, each resolved among the kinds a blast radius takes; {@code KIND:key} names the kind. */
    static List<NodeRef> targets(LandscapeSnapshot snapshot, ToolArguments arguments, String argument) {
        List<NodeRef> targets = new ArrayList<>();
        for (String target : arguments.strings(argument, 50)) {
            int colon = target.indexOf(':');
            NodeKind kind = null;
            String key = target;
            if (colon > 0) {
                String prefix =
                        target.substring(0, colon).toUpperCase(Locale.ROOT).replace('-', '_');
                for (NodeKind each : NodeKind.values()) {
                    if (each.name().equals(prefix)) {
                        kind = each;
                        key = target.substring(colon + 1);
                    }
                }
            }
            if (kind != null && !BlastRadiusRequest.TARGET_KINDS.contains(kind)) {
                throw new ToolFailure(arguments.tool() + ": a target cannot be a " + kind.noun() + " ('" + target
                        + "'); targets are capabilities, platforms, teams, consumers or layers");
            }
            int node = SnapshotNodes.resolve(
                    snapshot,
                    arguments.tool(),
                    argument,
                    kind == null ? BlastRadiusRequest.TARGET_KINDS : List.of(kind),
                    key);
            targets.add(snapshot.ref(node));
        }
        return targets;
    }
}
