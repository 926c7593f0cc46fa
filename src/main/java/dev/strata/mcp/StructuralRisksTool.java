package dev.strata.mcp;

import static dev.strata.mcp.JsonSchemas.array;
import static dev.strata.mcp.JsonSchemas.enumeration;
import static dev.strata.mcp.JsonSchemas.integer;
import static dev.strata.mcp.JsonSchemas.object;
import static dev.strata.mcp.JsonSchemas.properties;
import static dev.strata.mcp.JsonSchemas.string;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.risk.OwnershipRisks;
import dev.strata.analytics.risk.ReachRisks;
import dev.strata.analytics.risk.SinglePointsOfFailureAnalysis;
import dev.strata.analytics.snapshot.SnapshotMemo;
import dev.strata.graphql.RequestDeadline;
import dev.strata.model.NodeKind;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code structural_risks}: the risks of {@code Query.structuralRisks}, by kind and optionally only those a node takes
 * part in; the same engines and the same per-snapshot memo as GraphQL.
 */
@Component
class StructuralRisksTool implements StrataTool {

    /** The risk kinds, each computed on demand; {@code first} bounds what the engine ranks where it can. */
    enum Kind {
        SINGLE_POINTS_OF_FAILURE("singlePointsOfFailure"),
        UNOWNED("unowned"),
        UNPLACED_PLATFORMS("unplacedPlatforms"),
        UNUSED_CAPABILITIES("unusedCapabilities"),
        DEPRECATED_IN_USE("deprecatedInUsePage"),
        TIER_INVERSIONS("tierInversionPage"),
        HANDOVER_POINTS("handoverPoints"),
        OWNERSHIP_AMBIGUITY("ownershipAmbiguity");

        /** The field of GraphQL's {@code StructuralRisks} that does the same work. */
        final String field;

        Kind(String field) {
            this.field = field;
        }
    }

    private static final int MAX_HOPS = 5;

    private final ToolSnapshots snapshots;
    private final SnapshotMemo memo;

    StructuralRisksTool(ToolSnapshots snapshots, SnapshotMemo memo) {
        this.snapshots = snapshots;
        this.memo = memo;
    }

    @Override
    public String name() {
        return "structural_risks";
    }

    @Override
    public String title() {
        return "Structural risks";
    }

    @Override
    public String description() {
        return "Structural risks of the landscape: single points of failure (capabilities and platforms whose failure"
                + " cuts consumers off), unowned nodes, platforms without a layer, unused capabilities, deprecated or"
                + " retired capabilities still in use (within " + MAX_HOPS + " hops), tier inversions (a tier-1 node"
                + " relying on a lower tier), team handover points and ownership ambiguity (a category offered by"
                + " several platforms). Filter by 'kinds' and/or by 'node' (a key: only risks that name it).";
    }

    @Override
    public Map<String, Object> inputSchema() {
        return object(properties(
                ToolSnapshots.AS_OF,
                ToolSnapshots.asOfSchema(),
                "kinds",
                array(
                        "Risk kinds to report; all when omitted",
                        enumeration("A risk kind", Kind.class),
                        Kind.values().length),
                "node",
                string("Only risks naming this key (a capability, platform, consumer or team)"),
                "limit",
                integer("Most risks listed per kind", 1, 200, 10)));
    }

    @Override
    public List<String> fields(ToolArguments arguments) {
        return (arguments.has("kinds") ? kinds(arguments) : Arrays.asList(Kind.values()))
                .stream().map(kind -> "StructuralRisks." + kind.field).toList();
    }

    @Override
    public ToolAnswer call(ToolArguments arguments, RequestDeadline deadline) {
        List<Kind> kinds = arguments.has("kinds") ? kinds(arguments) : Arrays.asList(Kind.values());
        String node = arguments.optionalString("node");
        int limit = arguments.integer("limit", 1, 200, 10);
        LandscapeSnapshot snapshot = snapshots.of(arguments);
        if (node != null && Arrays.stream(NodeKind.values()).noneMatch(kind -> snapshot.indexOf(kind, node) >= 0)) {
            SnapshotNodes.resolve(snapshot, name(), "node", (NodeKind) null, node);
        }
        Map<String, Object> structured = new LinkedHashMap<>();
        StringBuilder text =
                new StringBuilder(node == null ? "Structural risks:" : "Structural risks naming " + node + ":");
        for (Kind kind : kinds) {
            deadline.check(name());
            List<?> all = risks(snapshot, kind, node == null ? limit : Integer.MAX_VALUE).stream()
                    .filter(risk -> node == null || names(risk, node))
                    .toList();
            List<?> listed = all.subList(0, Math.min(limit, all.size()));
            structured.put(camel(kind), Map.of("count", all.size(), "items", listed));
            text.append("\n")
                    .append(kind.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append(": ")
                    .append(all.size());
            for (Object risk : listed) {
                text.append("\n- ").append(summary(risk));
            }
        }
        return new ToolAnswer(text.toString(), structured);
    }

    private List<?> risks(LandscapeSnapshot s, Kind kind, int first) {
        return switch (kind) {
            case SINGLE_POINTS_OF_FAILURE -> {
                SinglePointsOfFailureAnalysis analysis =
                        memo.get(s, "singlePointsOfFailure", SinglePointsOfFailureAnalysis::of);
                int bounded = Math.min(first, 100_000);
                List<Object> both = new ArrayList<>(analysis.capabilities(bounded));
                both.addAll(analysis.platforms(bounded));
                yield both;
            }
            case UNOWNED -> OwnershipRisks.unowned(s);
            case UNPLACED_PLATFORMS -> OwnershipRisks.unplacedPlatforms(s);
            case UNUSED_CAPABILITIES -> OwnershipRisks.unusedCapabilities(s);
            case DEPRECATED_IN_USE -> ReachRisks.deprecatedInUse(s, MAX_HOPS);
            case TIER_INVERSIONS -> ReachRisks.tierInversions(s, MAX_HOPS);
            case HANDOVER_POINTS -> memo.get(s, "handoverPoints", OwnershipRisks::handoverPoints);
            case OWNERSHIP_AMBIGUITY -> OwnershipRisks.ownershipAmbiguity(s);
        };
    }

    private List<Kind> kinds(ToolArguments arguments) {
        List<Kind> kinds = new ArrayList<>();
        for (String value : arguments.strings("kinds", Kind.values().length)) {
            String wanted = value.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            Kind kind = Arrays.stream(Kind.values())
                    .filter(k -> k.name().equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> new ToolFailure(name() + ": argument 'kinds' holds unknown risk kind '" + value
                            + "'"
                            + Suggestions.closeMatches(
                                    wanted,
                                    Arrays.stream(Kind.values()).map(Enum::name).toList())
                            + "; the kinds are "
                            + String.join(
                                    ", ",
                                    Arrays.stream(Kind.values()).map(Enum::name).toList())));
            kinds.add(kind);
        }
        return kinds;
    }

    /** Whether a risk record names the key in one of its components (a key, or a list of keys such as a path). */
    static boolean names(Object risk, String key) {
        return visit(
                risk,
                (name, value) -> value instanceof String text
                        ? text.equals(key)
                        : value instanceof List<?> list
                                && list.stream()
                                        .anyMatch(item -> item instanceof String text && text.equals(key)
                                                || item != null
                                                        && item.getClass().isRecord()
                                                        && names(item, key)));
    }

    private static boolean visit(Object record, BiFunction<String, @Nullable Object, Boolean> test) {
        if (!record.getClass().isRecord()) {
            return false;
        }
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (test.apply(component.getName(), value(component, record))) {
                return true;
            }
        }
        return false;
    }

    /** One line: the record's components, lists of keys joined. */
    static String summary(Object risk) {
        if (!risk.getClass().isRecord()) {
            return String.valueOf(risk);
        }
        List<String> parts = new ArrayList<>();
        for (RecordComponent component : risk.getClass().getRecordComponents()) {
            Object value = value(component, risk);
            if (value == null || value instanceof List<?> list && list.isEmpty()) {
                continue;
            }
            String shown = value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)
                    ? String.join(
                                    component.getName().equals("path") ? " -> " : ", ",
                                    list.stream().map(String::valueOf).limit(10).toList())
                            + (list.size() > 10 ? ", ... (" + list.size() + ")" : "")
                    : value instanceof List<?> list ? list.size() + " entries" : String.valueOf(value);
            parts.add(component.getName() + " " + shown);
        }
        return String.join("; ", parts);
    }

    private static @Nullable Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static String camel(Kind kind) {
        String[] words = kind.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder camel = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            camel.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return camel.toString();
    }
}
