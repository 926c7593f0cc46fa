package dev.strata.cli;

import dev.strata.analytics.chains.DependencyCycle;
import dev.strata.analytics.chains.LayerViolation;
import dev.strata.analytics.risk.TierInversion;
import dev.strata.model.Field;
import dev.strata.model.Landscape;
import dev.strata.model.LandscapeDiff.Action;
import dev.strata.model.LandscapeDiff.EdgeChange;
import dev.strata.model.LandscapeDiff.NodeChange;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import dev.strata.plan.CapabilityImpact;
import dev.strata.plan.DeprecatedUse;
import dev.strata.plan.LandscapeImpact;
import dev.strata.plan.LandscapePlan;
import dev.strata.plan.LoadChange;
import dev.strata.plan.OwnershipChange;
import dev.strata.plan.ScorecardChange;
import dev.strata.plan.SinglePointChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A plan as a reviewer reads it, independent of the output syntax: a one-line summary of the changes and of their
 * impact, the changes grouped per document (a relationship shown as a change of the field that declares it, e.g.
 * {@code + dependsOn: managed-oracle}) in kind order, and the impact as titled sections, each only when not empty.
 * Keys go through {@code code} so that Markdown can quote them.
 */
final class PlanDigest {

    private final LandscapePlan plan;
    private final UnaryOperator<String> code;

    PlanDigest(LandscapePlan plan, UnaryOperator<String> code) {
        this.plan = plan;
        this.code = code;
    }

    /** One changed document: its heading ({@code ~ Capability llm-gateway (capabilities.yaml)}) and its changes. */
    record Document(String heading, List<String> lines) {}

    /** One kind of impact with its items, e.g. the consumers newly on a deprecated capability. */
    record Section(String title, List<String> items) {}

    /** {@code 1 capability changed, 2 consumers added (5 changes)}. */
    String summary() {
        Map<NodeKind, int[]> counts = new TreeMap<>(Comparator.comparingInt(NodeKind::declarationRank));
        List<Document> documents = documents();
        int changes = 0;
        for (Map.Entry<NodeRef, Action> entry : actions().entrySet()) {
            counts.computeIfAbsent(entry.getKey().kind(), k -> new int[3])[
                    entry.getValue().ordinal()]++;
        }
        for (Document document : documents) {
            changes += Math.max(1, document.lines().size());
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, byAction) -> {
            for (Action action : Action.values()) {
                if (byAction[action.ordinal()] > 0) {
                    parts.add(noun(kind, byAction[action.ordinal()]) + " "
                            + switch (action) {
                                case ADD -> "added";
                                case CHANGE -> "changed";
                                case REMOVE -> "removed";
                            });
                }
            }
        });
        return String.join(", ", parts) + " (" + PlanReport.plural(changes, "change") + ")";
    }

    /** {@code 23 nodes affected (4 tier-1 consumers); 6 consumers newly on a deprecated capability; ...}, or none. */
    String impactSummary() {
        LandscapeImpact impact = plan.impact();
        List<String> parts = new ArrayList<>();
        if (!impact.blastRadius().isEmpty()) {
            parts.add(PlanReport.plural(impact.affected(), "node") + " affected (" + impact.affectedTier1Consumers()
                    + " tier-1 " + (impact.affectedTier1Consumers() == 1 ? "consumer" : "consumers") + ")");
        }
        count(
                parts,
                impact.totals().newDeprecatedUse(),
                "new use",
                "new uses",
                "of deprecated or retired capabilities");
        count(
                parts,
                impact.totals().fixedDeprecatedUse(),
                "use",
                "uses",
                "of deprecated or retired capabilities freed");
        count(parts, impact.totals().newSinglePointsOfFailure(), "new single point", "new single points", "of failure");
        count(
                parts,
                impact.totals().fixedSinglePointsOfFailure(),
                "single point",
                "single points",
                "of failure removed");
        count(parts, impact.totals().newLayerViolations(), "new layer violation", "new layer violations", "");
        count(parts, impact.totals().fixedLayerViolations(), "layer violation", "layer violations", "fixed");
        count(parts, impact.totals().newCycles(), "new cycle", "new cycles", "");
        count(parts, impact.totals().fixedCycles(), "cycle", "cycles", "broken");
        count(parts, impact.totals().newTierInversions(), "new tier inversion", "new tier inversions", "");
        count(parts, impact.totals().fixedTierInversions(), "tier inversion", "tier inversions", "fixed");
        count(
                parts,
                impact.totals().newOwnershipAmbiguity(),
                "category",
                "categories",
                "with more ownership ambiguity");
        count(
                parts,
                impact.totals().fixedOwnershipAmbiguity(),
                "category",
                "categories",
                "with less ownership ambiguity");
        count(parts, impact.totals().loadChanges(), "team", "teams", "changing cognitive-load band");
        count(
                parts,
                (int) impact.scorecardChanges().stream()
                        .filter(ScorecardChange::dropped)
                        .count(),
                "platform",
                "platforms",
                "dropping a scorecard level");
        return parts.isEmpty() ? "none" : String.join("; ", parts);
    }

    private static void count(List<String> parts, int count, String one, String many, String suffix) {
        if (count > 0) {
            parts.add(String.format(Locale.ROOT, "%,d", count) + " " + (count == 1 ? one : many)
                    + (suffix.isEmpty() ? "" : " " + suffix));
        }
    }

    /** Each changed document, in kind then key order. */
    List<Document> documents() {
        Map<NodeRef, Action> actions = actions();
        Map<NodeRef, @Nullable String> files = new TreeMap<>(Landscape.NODE_ORDER);
        Map<NodeRef, List<String>> lines = new TreeMap<>(Landscape.NODE_ORDER);
        for (NodeChange change : plan.nodes()) {
            NodeRef node = new NodeRef(change.kind(), change.key());
            files.put(node, change.sourceFile());
            List<String> fields = lines.computeIfAbsent(node, n -> new ArrayList<>());
            if (change.action() == Action.CHANGE) {
                change.changes()
                        .forEach(f ->
                                fields.add("~ " + f.field() + ": " + value(f.before()) + " -> " + value(f.after())));
            } else if (change.action() == Action.ADD) {
                List<String> values = new ArrayList<>();
                change.changes().stream()
                        .filter(f -> !f.field().equals("description")
                                && !(f.field().equals("name") && change.key().equals(f.after())))
                        .forEach(f -> values.add(f.field() + " " + value(f.after())));
                if (!values.isEmpty()) {
                    fields.add(String.join(", ", values));
                }
            }
        }
        Map<NodeRef, Map<Field, List<EdgeChange>>> edgesByField = new TreeMap<>(Landscape.NODE_ORDER);
        for (EdgeChange edge : plan.edges()) {
            NodeRef from = new NodeRef(edge.fromKind(), edge.fromKey());
            NodeRef to = new NodeRef(edge.toKind(), edge.toKey());
            NodeRef declaring = edge.type().declaredByTarget() ? to : from;
            if (actions.get(declaring) == Action.REMOVE) {
                continue; // goes with its document
            }
            NodeRef other = declaring.equals(from) ? to : from;
            Field field = declaring.kind().relationshipFields().stream()
                    .filter(f -> f.edge() == edge.type() && f.target() == other.kind())
                    .findFirst()
                    .orElseThrow();
            files.putIfAbsent(declaring, edge.sourceFile());
            edgesByField
                    .computeIfAbsent(declaring, d -> new LinkedHashMap<>())
                    .computeIfAbsent(field, f -> new ArrayList<>())
                    .add(edge);
        }
        edgesByField.forEach((declaring, byField) -> {
            List<String> fields = lines.computeIfAbsent(declaring, n -> new ArrayList<>());
            boolean added = actions.get(declaring) == Action.ADD;
            byField.forEach((field, edges) -> relationshipLines(declaring, field, edges, added, fields));
        });
        List<Document> documents = new ArrayList<>();
        lines.forEach((node, changes) -> {
            Action action = actions.getOrDefault(node, Action.CHANGE);
            String file = files.get(node);
            documents.add(new Document(
                    symbol(action) + " " + node.kind().label() + " " + code.apply(node.key())
                            + (file == null ? "" : " (" + file + ")"),
                    changes));
        });
        return documents;
    }

    /** What happens to every document: added, removed, or changed (fields or the relationships it declares). */
    private Map<NodeRef, Action> actions() {
        Map<NodeRef, Action> actions = new TreeMap<>(Landscape.NODE_ORDER);
        plan.nodes().forEach(n -> actions.put(new NodeRef(n.kind(), n.key()), n.action()));
        for (EdgeChange edge : plan.edges()) {
            NodeRef declaring = edge.type().declaredByTarget()
                    ? new NodeRef(edge.toKind(), edge.toKey())
                    : new NodeRef(edge.fromKind(), edge.fromKey());
            actions.putIfAbsent(declaring, Action.CHANGE);
        }
        return actions;
    }

    private void relationshipLines(
            NodeRef declaring, Field field, List<EdgeChange> edges, boolean added, List<String> lines) {
        Function<EdgeChange, String> otherKey = e -> code.apply(
                declaring.key().equals(e.fromKey()) && declaring.kind() == e.fromKind() ? e.toKey() : e.fromKey());
        if (added) {
            String keys = String.join(", ", edges.stream().map(otherKey).toList());
            if (lines.isEmpty()) {
                lines.add(field.name() + " " + keys);
            } else {
                lines.set(0, lines.getFirst() + ", " + field.name() + " " + keys);
            }
            return;
        }
        if (field.type() == Field.Type.REF) {
            String before = edges.stream()
                    .filter(e -> e.action() == Action.REMOVE)
                    .map(otherKey)
                    .findFirst()
                    .orElse("-");
            String after = edges.stream()
                    .filter(e -> e.action() == Action.ADD)
                    .map(otherKey)
                    .findFirst()
                    .orElse("-");
            lines.add("~ " + field.name() + ": " + before + " -> " + after);
            return;
        }
        for (EdgeChange edge : edges) {
            String details = edge.changes().isEmpty() || edge.action() == Action.REMOVE
                    ? ""
                    : " ("
                            + String.join(
                                    ", ",
                                    edge.changes().stream()
                                            .map(f -> edge.action() == Action.ADD
                                                    ? f.field() + " " + value(f.after())
                                                    : f.field() + ": " + value(f.before()) + " -> " + value(f.after()))
                                            .toList())
                            + ")";
            lines.add(symbol(edge.action()) + " " + field.name() + ": " + otherKey.apply(edge) + details);
        }
    }

    /** The impact, section by section; empty sections are left out. */
    List<Section> impact() {
        LandscapeImpact impact = plan.impact();
        List<Section> sections = new ArrayList<>();
        add(
                sections,
                "Blast radius: " + PlanReport.plural(impact.affected(), "node") + " affected, including "
                        + impact.affectedTier1Consumers() + " tier-1 "
                        + (impact.affectedTier1Consumers() == 1 ? "consumer" : "consumers"),
                impact.blastRadius(),
                impact.totals().blastRadius(),
                this::blast);
        add(
                sections,
                "New uses of deprecated or retired capabilities ("
                        + String.format(Locale.ROOT, "%,d", impact.totals().newDeprecatedUse()) + ")",
                impact.newDeprecatedUse(),
                impact.totals().newDeprecatedUse(),
                use -> deprecated(use, true));
        add(
                sections,
                "Uses of deprecated or retired capabilities freed ("
                        + String.format(Locale.ROOT, "%,d", impact.totals().fixedDeprecatedUse()) + ")",
                impact.fixedDeprecatedUse(),
                impact.totals().fixedDeprecatedUse(),
                use -> deprecated(use, false));
        add(
                sections,
                "New single points of failure (consumers who lose their alternative)",
                impact.newSinglePointsOfFailure(),
                impact.totals().newSinglePointsOfFailure(),
                s -> singlePoint(s, "now critical for"));
        add(
                sections,
                "Single points of failure removed",
                impact.fixedSinglePointsOfFailure(),
                impact.totals().fixedSinglePointsOfFailure(),
                s -> singlePoint(s, s.removed() ? "removed; was critical for" : "no longer critical for"));
        add(
                sections,
                "New layer violations (upward dependencies)",
                impact.newLayerViolations(),
                impact.totals().newLayerViolations(),
                this::violation);
        add(
                sections,
                "Layer violations fixed",
                impact.fixedLayerViolations(),
                impact.totals().fixedLayerViolations(),
                this::violation);
        add(
                sections,
                "New dependency cycles",
                impact.newCycles(),
                impact.totals().newCycles(),
                this::cycle);
        add(
                sections,
                "Dependency cycles broken",
                impact.fixedCycles(),
                impact.totals().fixedCycles(),
                this::cycle);
        add(
                sections,
                "New tier inversions ("
                        + String.format(Locale.ROOT, "%,d", impact.totals().newTierInversions()) + ")",
                impact.newTierInversions(),
                impact.totals().newTierInversions(),
                this::inversion);
        add(
                sections,
                "Tier inversions fixed ("
                        + String.format(Locale.ROOT, "%,d", impact.totals().fixedTierInversions()) + ")",
                impact.fixedTierInversions(),
                impact.totals().fixedTierInversions(),
                this::inversion);
        add(
                sections,
                "More ownership ambiguity (a category offered by several platforms)",
                impact.newOwnershipAmbiguity(),
                impact.totals().newOwnershipAmbiguity(),
                this::ownership);
        add(
                sections,
                "Less ownership ambiguity",
                impact.fixedOwnershipAmbiguity(),
                impact.totals().fixedOwnershipAmbiguity(),
                this::ownership);
        add(
                sections,
                "Cognitive-load band changes",
                impact.loadChanges(),
                impact.totals().loadChanges(),
                this::load);
        add(
                sections,
                "Scorecard level changes",
                impact.scorecardChanges(),
                impact.scorecardChanges().size(),
                this::scorecard);
        return sections;
    }

    /** A section with a line per listed finding, and one counting those past the impact's list limit. */
    private static <T> void add(
            List<Section> sections, String title, List<T> items, int total, Function<T, String> line) {
        if (!items.isEmpty()) {
            List<String> lines = new ArrayList<>(items.stream().map(line).toList());
            if (total > items.size()) {
                lines.add(String.format(
                        Locale.ROOT,
                        "... and %,d more (the first %,d are listed)",
                        total - items.size(),
                        items.size()));
            }
            sections.add(new Section(title, lines));
        }
    }

    private String blast(CapabilityImpact capability) {
        return code.apply(capability.capabilityKey()) + " (" + String.join(", ", capability.reasons()) + "): "
                + PlanReport.plural(capability.affected(), "node") + ", " + capability.tier1Consumers()
                + " tier-1 " + (capability.tier1Consumers() == 1 ? "consumer" : "consumers");
    }

    private String deprecated(DeprecatedUse use, boolean added) {
        String why = switch (use.cause()) {
            case "LIFECYCLE" -> "lifecycle changed";
            case "REMOVED" -> "capability removed";
            default -> added ? "new dependency" : "dependency removed";
        };
        return path(use.path()) + " (" + (added ? "" : "was ") + use.lifecycle() + ", "
                + PlanReport.plural(use.hops(), "hop") + "; " + why + ")";
    }

    private String singlePoint(SinglePointChange change, String verb) {
        return code.apply(change.capabilityKey()) + " " + verb + " " + PlanReport.plural(change.consumers(), "consumer")
                + ": " + keys(change.consumerKeys(), 8);
    }

    private String violation(LayerViolation violation) {
        return code.apply(violation.fromCapability()) + " (" + violation.fromLayer() + ") -> "
                + code.apply(violation.toCapability()) + " (" + violation.toLayer() + ")";
    }

    private String cycle(DependencyCycle cycle) {
        return path(cycle.path());
    }

    private String inversion(TierInversion inversion) {
        return path(inversion.path()) + " (" + inversion.sourceKind().toLowerCase(Locale.ROOT) + " tier "
                + inversion.sourceTier() + " relies on tier " + inversion.targetTier() + ")";
    }

    private String ownership(OwnershipChange change) {
        return change.category() + ": offered by " + keys(change.platformsAfter(), 8) + " (was "
                + keys(change.platformsBefore(), 8) + ")";
    }

    private String scorecard(ScorecardChange change) {
        String before = change.levelBefore() == null ? "no level" : change.levelBefore();
        String after = change.levelAfter() == null ? "no level" : change.levelAfter();
        return code.apply(change.platformKey()) + ": " + before + " -> " + after
                + (change.dropped() ? " (drop)" : "")
                + (change.newlyFailed().isEmpty() ? "" : "; now fails " + String.join("; ", change.newlyFailed()));
    }

    private String load(LoadChange change) {
        if (change.bandBefore() == null) {
            return code.apply(change.teamKey()) + " (new team): " + change.bandAfter() + " (index "
                    + index(change.indexAfter()) + ")";
        }
        if (change.bandAfter() == null) {
            return code.apply(change.teamKey()) + " (removed team): was " + change.bandBefore();
        }
        return code.apply(change.teamKey()) + ": " + change.bandBefore() + " -> " + change.bandAfter() + " (index "
                + index(change.indexBefore()) + " -> " + index(change.indexAfter()) + ")";
    }

    private String path(List<String> keys) {
        return String.join(" -> ", keys.stream().map(code).toList());
    }

    private String keys(List<String> keys, int most) {
        if (keys.isEmpty()) {
            return "none";
        }
        List<String> shown = keys.stream().limit(most).map(code).toList();
        return String.join(", ", shown) + (keys.size() > most ? " and " + (keys.size() - most) + " more" : "");
    }

    private static String index(@Nullable Double index) {
        return index == null ? "-" : String.format(Locale.ROOT, "%.1f", index);
    }

    private static String value(@Nullable Object value) {
        return value == null ? "-" : value.toString();
    }

    private static String symbol(Action action) {
        return switch (action) {
            case ADD -> "+";
            case REMOVE -> "-";
            case CHANGE -> "~";
        };
    }

    private static String noun(NodeKind kind, int count) {
        String singular = switch (kind) {
            case VALUE_STREAM -> "value stream";
            case CAPABILITY -> count == 1 ? "capability" : "capabilities";
            default -> kind.label().toLowerCase(Locale.ROOT);
        };
        return count + " " + (count == 1 || kind == NodeKind.CAPABILITY ? singular : singular + "s");
    }
}
