package dev.strata.mcp;

import static dev.strata.mcp.JsonSchemas.enumeration;
import static dev.strata.mcp.JsonSchemas.integer;
import static dev.strata.mcp.JsonSchemas.object;
import static dev.strata.mcp.JsonSchemas.properties;
import static dev.strata.mcp.JsonSchemas.string;

import dev.strata.analytics.chains.Chain;
import dev.strata.analytics.chains.ChainsResult;
import dev.strata.analytics.chains.Cycles;
import dev.strata.analytics.chains.DependencyChains;
import dev.strata.analytics.chains.DependencyCycle;
import dev.strata.analytics.chains.LayerViolation;
import dev.strata.analytics.chains.LayerViolationReport;
import dev.strata.analytics.chains.LayerViolations;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.graphql.RequestDeadline;
import dev.strata.model.NodeKind;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code dependency_chains}: the chains down the stack from a consumer, capability or platform, and the layer
 * violations and dependency cycles its own capabilities take part in; the engines of {@code Query.dependencyChains},
 * {@code Query.layerViolations} and {@code Query.dependencyCycles}.
 */
@Component
class DependencyChainsTool implements StrataTool {

    private static final List<NodeKind> STARTS = List.of(NodeKind.CONSUMER, NodeKind.CAPABILITY, NodeKind.PLATFORM);

    private final ToolSnapshots snapshots;

    DependencyChainsTool(ToolSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public String name() {
        return "dependency_chains";
    }

    @Override
    public String title() {
        return "Dependency chains, layer violations and cycles of a node";
    }

    @Override
    public String description() {
        return "The DEPENDS_ON chains down the stack from a consumer, capability or platform (each with the layers it"
                + " passes and why it ends: LEAF, CYCLE or DEPTH_LIMIT), how many chains there are and the longest;"
                + " plus the layer violations (a dependency up the layer stack, or one skipping layers) and the"
                + " dependency cycles that the node's own capabilities take part in.";
    }

    @Override
    public Map<String, Object> inputSchema() {
        return object(
                properties(
                        ToolSnapshots.AS_OF,
                        ToolSnapshots.asOfSchema(),
                        "key",
                        string("Key of a consumer, capability or platform, e.g. 'llm-gateway'"),
                        "kind",
                        enumeration(
                                "CONSUMER, CAPABILITY or PLATFORM; needed only when the key is ambiguous",
                                STARTS.stream().map(Enum::name).toList()),
                        "maxChains",
                        integer("Most chains listed", 1, 100, 10),
                        "maxDepth",
                        integer(
                                "Most hops per chain",
                                1,
                                DependencyChains.MAX_DEPTH,
                                DependencyChains.DEFAULT_MAX_DEPTH)),
                "key");
    }

    @Override
    public List<String> fields(ToolArguments arguments) {
        return List.of("Query.dependencyChains", "Query.layerViolations", "Query.dependencyCycles");
    }

    @Override
    public ToolAnswer call(ToolArguments arguments, RequestDeadline deadline) {
        LandscapeSnapshot snapshot = snapshots.of(arguments);
        NodeKind kind = arguments.optionalEnum("kind", NodeKind.class);
        if (kind != null && !STARTS.contains(kind)) {
            throw new ToolFailure(name() + ": chains start from a CONSUMER, CAPABILITY or PLATFORM, not a " + kind);
        }
        int node = SnapshotNodes.resolve(
                snapshot, name(), "key", kind == null ? STARTS : List.of(kind), arguments.string("key"));
        int maxChains = arguments.integer("maxChains", 1, 100, 10);
        int maxDepth = arguments.integer("maxDepth", 1, DependencyChains.MAX_DEPTH, DependencyChains.DEFAULT_MAX_DEPTH);
        ChainsResult chains =
                DependencyChains.chainsFrom(snapshot, snapshot.kind(node), snapshot.key(node), maxChains, maxDepth);
        deadline.check(name());
        Set<String> own = new HashSet<>(chains.startCapabilities());
        LayerViolationReport report = LayerViolations.find(snapshot);
        List<LayerViolation> violations =
                report.violations().stream().filter(v -> involves(v, own)).toList();
        List<LayerViolation> skipped =
                report.skippedLayers().stream().filter(v -> involves(v, own)).toList();
        List<DependencyCycle> cycles = Cycles.find(snapshot).stream()
                .filter(cycle -> cycle.members().stream().anyMatch(own::contains))
                .toList();

        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("start", snapshot.ref(node));
        structured.put("startCapabilities", chains.startCapabilities());
        structured.put("chainCount", chains.chainCount());
        structured.put("truncated", chains.truncated());
        structured.put("chains", chains.chains());
        structured.put("longest", chains.longest());
        structured.put("layerViolations", violations);
        structured.put("skippedLayers", skipped);
        structured.put("cycles", cycles);

        StringBuilder text = new StringBuilder();
        text.append(snapshot.kind(node).label())
                .append(' ')
                .append(snapshot.key(node))
                .append(": ")
                .append(chains.chainCount())
                .append(" dependency chains");
        if (chains.longest() != null) {
            text.append(", longest ").append(chains.longest().hops()).append(" hops");
        }
        text.append(chains.truncated() ? " (first " + chains.chains().size() + " listed)" : "")
                .append(':');
        for (Chain chain : chains.chains()) {
            text.append("\n- ")
                    .append(String.join(" -> ", chain.capabilities()))
                    .append("  [layers ")
                    .append(String.join(" > ", chain.layers()))
                    .append("; ends ")
                    .append(chain.end())
                    .append(']');
        }
        text.append("\nLayer violations involving it: ").append(violations.isEmpty() ? "none" : "");
        violations.forEach(v -> text.append("\n- ").append(describe(v)).append(" (up the stack)"));
        if (!skipped.isEmpty()) {
            text.append("\nDependencies skipping layers: ");
            skipped.forEach(v -> text.append("\n- ").append(describe(v)));
        }
        text.append("\nDependency cycles involving it: ").append(cycles.isEmpty() ? "none" : "");
        cycles.forEach(cycle -> text.append("\n- ").append(String.join(" -> ", cycle.path())));
        return new ToolAnswer(text.toString(), structured);
    }

    private static boolean involves(LayerViolation violation, Set<String> capabilities) {
        return capabilities.contains(violation.fromCapability()) || capabilities.contains(violation.toCapability());
    }

    private static String describe(LayerViolation v) {
        return v.fromCapability() + " (" + v.fromLayer() + ") depends on " + v.toCapability() + " (" + v.toLayer()
                + ")";
    }
}
