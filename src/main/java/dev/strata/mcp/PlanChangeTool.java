package dev.strata.mcp;

import static dev.strata.mcp.JsonSchemas.array;
import static dev.strata.mcp.JsonSchemas.bool;
import static dev.strata.mcp.JsonSchemas.enumeration;
import static dev.strata.mcp.JsonSchemas.integer;
import static dev.strata.mcp.JsonSchemas.object;
import static dev.strata.mcp.JsonSchemas.properties;
import static dev.strata.mcp.JsonSchemas.string;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.snapshot.LandscapeSnapshots;
import dev.strata.graphql.RequestDeadline;
import dev.strata.ingest.LandscapeFile;
import dev.strata.ingest.LandscapeOutcome;
import dev.strata.ingest.LandscapeService;
import dev.strata.ingest.Problem;
import dev.strata.model.Lifecycle;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import dev.strata.model.Violation;
import dev.strata.plan.LandscapeImpact;
import dev.strata.plan.LandscapePlan;
import dev.strata.plan.LandscapePolicy;
import dev.strata.store.NodeEdits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * {@code plan_change}: what a change would do, before it is made, read-only. Landscape files are planned exactly as
 * {@code strata plan} / {@code planLandscape} plan them; a described edit is checked with the model's rules as the
 * one-node mutations check it and planned on the same impact code ({@link LandscapeService#planEdit}). Every policy
 * rule is evaluated, so the answer says which a CI policy would refuse.
 */
@Component
class PlanChangeTool implements StrataTool {

    /** The described edits an agent can ask about. */
    enum Action {
        ADD_DEPENDENCY,
        REMOVE_DEPENDENCY,
        SET_LIFECYCLE,
        MOVE_CAPABILITY
    }

    private static final Set<String> EDIT_FIELDS = Set.of("action", "capability", "dependsOn", "lifecycle", "platform");
    private static final Set<String> FILE_FIELDS = Set.of("path", "content");
    private static final int MAX_LISTED = 10;

    private final LandscapeService landscape;
    private final LandscapeSnapshots snapshots;

    PlanChangeTool(LandscapeService landscape, LandscapeSnapshots snapshots) {
        this.landscape = landscape;
        this.snapshots = snapshots;
    }

    @Override
    public String name() {
        return "plan_change";
    }

    @Override
    public String title() {
        return "Plan a change (read-only)";
    }

    @Override
    public String description() {
        return "Check a change before making it; nothing is written. Either 'edit' describes one edit (ADD_DEPENDENCY"
                + " or REMOVE_DEPENDENCY of 'capability' on 'dependsOn', SET_LIFECYCLE of 'capability' to 'lifecycle',"
                + " MOVE_CAPABILITY 'capability' to 'platform'), or 'files' gives landscape YAML files (path and"
                + " content) to plan as `strata plan` does. Answers whether the model accepts it, the diff, and its"
                + " impact: nodes affected and tier-1 consumers, new or fixed deprecated use, layer violations, cycles,"
                + " tier inversions, single points of failure, ownership ambiguity and team-load band changes, plus"
                + " the policy rules it breaks (new layer violation, new cycle, overloaded team, optional"
                + " maxBlastRadius). Use it to answer 'may X depend on Y?'.";
    }

    @Override
    public Map<String, Object> inputSchema() {
        Map<String, Object> edit = object(
                properties(
                        "action", enumeration("What to change", Action.class),
                        "capability", string("Key of the capability edited"),
                        "dependsOn",
                                string("For ADD_DEPENDENCY / REMOVE_DEPENDENCY: key of the capability depended on"),
                        "lifecycle", enumeration("For SET_LIFECYCLE: the new lifecycle", Lifecycle.class),
                        "platform", string("For MOVE_CAPABILITY: key of the platform that will provide it")),
                "action",
                "capability");
        Map<String, Object> file = object(
                properties(
                        "path", string("File name, e.g. 'capabilities.yaml'; used in problem reports"),
                        "content", string("The file's YAML: landscape documents (apiVersion strata.dev/v1)")),
                "path",
                "content");
        return object(properties(
                "edit", edit,
                "files", array("Landscape files to plan against the current landscape", file, 100),
                "prune", bool("With files: plan removing what the files do not declare", false),
                "maxBlastRadius",
                        integer(
                                "Policy: refuse when the change affects more nodes than this",
                                0,
                                1_000_000,
                                1_000_000)));
    }

    @Override
    public List<String> fields(ToolArguments arguments) {
        return List.of("Mutation.planLandscape");
    }

    @Override
    public ToolAnswer call(ToolArguments arguments, RequestDeadline deadline) {
        if (arguments.has("edit") == arguments.has("files")) {
            throw new ToolFailure(
                    name() + ": give exactly one of 'edit' (a described edit) or 'files' (landscape files)");
        }
        LandscapePolicy policy = new LandscapePolicy(
                true,
                true,
                true,
                arguments.has("maxBlastRadius") ? arguments.integer("maxBlastRadius", 0, 1_000_000, 1_000_000) : null);
        if (arguments.has("files")) {
            return planFiles(arguments, policy);
        }
        ToolArguments edit = arguments.object("edit", EDIT_FIELDS);
        Action action = edit.optionalEnum("action", Action.class);
        if (action == null) {
            throw new ToolFailure(name() + ": argument 'edit.action' is required");
        }
        LandscapeSnapshot snapshot = snapshots.current();
        String capability = snapshot.key(SnapshotNodes.resolve(
                snapshot, name(), "edit.capability", NodeKind.CAPABILITY, edit.string("capability")));
        NodeRef node = NodeRef.capability(capability);
        String described;
        NodeEdits.NodeEdit nodeEdit;
        switch (action) {
            case ADD_DEPENDENCY, REMOVE_DEPENDENCY -> {
                String other = snapshot.key(SnapshotNodes.resolve(
                        snapshot, name(), "edit.dependsOn", NodeKind.CAPABILITY, edit.string("dependsOn")));
                var field = NodeKind.CAPABILITY.field("dependsOn").orElseThrow();
                boolean add = action == Action.ADD_DEPENDENCY;
                nodeEdit =
                        add ? NodeEdits.relate(node, field, other, Map.of()) : NodeEdits.unrelate(node, field, other);
                described = (add ? "Adding the dependency " : "Removing the dependency ") + capability + " -> " + other;
            }
            case SET_LIFECYCLE -> {
                Lifecycle lifecycle = edit.optionalEnum("lifecycle", Lifecycle.class);
                if (lifecycle == null) {
                    throw new ToolFailure(name() + ": SET_LIFECYCLE needs 'edit.lifecycle'");
                }
                nodeEdit = NodeEdits.update(node, Map.of("lifecycle", lifecycle.name()));
                described = "Setting the lifecycle of " + capability + " to " + lifecycle;
            }
            case MOVE_CAPABILITY -> {
                String platform = snapshot.key(SnapshotNodes.resolve(
                        snapshot, name(), "edit.platform", NodeKind.PLATFORM, edit.string("platform")));
                nodeEdit = NodeEdits.update(node, Map.of("platform", platform));
                described = "Moving " + capability + " to platform " + platform;
            }
            default -> throw new IllegalStateException(action.name());
        }
        LandscapeService.EditPlan planned = landscape.planEdit(nodeEdit, policy);
        if (planned.plan() == null) {
            String refusals =
                    planned.refusals().stream().map(Violation::message).collect(Collectors.joining("; "));
            throw new ToolFailure(name() + ": the model refuses this edit: " + refusals);
        }
        return answer(described, planned.plan());
    }

    private ToolAnswer planFiles(ToolArguments arguments, LandscapePolicy policy) {
        List<?> raw = arguments.raw("files") instanceof List<?> list ? list : List.of();
        if (raw.isEmpty()) {
            throw new ToolFailure(name() + ": argument 'files' must be a non-empty list of {path, content}");
        }
        List<LandscapeFile> files = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            if (!(raw.get(i) instanceof Map<?, ?> map)) {
                throw new ToolFailure(
                        name() + ": argument 'files[" + i + "]' must be an object with 'path' and 'content'");
            }
            @SuppressWarnings("unchecked")
            ToolArguments file = ToolArguments.of(name() + " files[" + i + "]", (Map<String, Object>) map, FILE_FIELDS);
            files.add(new LandscapeFile(file.string("path"), file.string("content")));
        }
        LandscapeOutcome outcome = landscape.plan(files, arguments.bool("prune", false), policy);
        if (!outcome.errors().isEmpty()) {
            List<String> problems =
                    outcome.errors().stream().map(PlanChangeTool::problem).toList();
            throw new ToolFailure(name() + ": the files have " + problems.size()
                    + " problem(s), nothing was planned:\n- "
                    + String.join("\n- ", problems.subList(0, Math.min(20, problems.size()))));
        }
        return answer("Applying " + files.size() + " file(s)", java.util.Objects.requireNonNull(outcome.plan()));
    }

    private static String problem(Problem p) {
        return p.file() + (p.line() > 0 ? ":" + p.line() : "") + (p.field().isEmpty() ? "" : " " + p.field()) + ": "
                + p.message();
    }

    private static ToolAnswer answer(String described, LandscapePlan plan) {
        LandscapeImpact impact = plan.impact();
        StringBuilder text = new StringBuilder(described).append(" (not written):");
        text.append("\nDiff: ")
                .append(
                        plan.hasChanges()
                                ? plan.nodesAdded() + " nodes added, " + plan.nodesChanged()
                                        + " changed, " + plan.nodesRemoved() + " removed; " + plan.edgesAdded()
                                        + " relationships added, "
                                        + plan.edgesChanged() + " changed, " + plan.edgesRemoved() + " removed"
                                : "no change");
        text.append("\nPolicy: ")
                .append(
                        plan.policyViolations().isEmpty()
                                ? "no rule broken"
                                : "BROKEN: " + String.join("; ", plan.policyViolations()));
        List<String> concerns = concerns(impact);
        text.append("\nConcerns: ").append(concerns.isEmpty() ? "none" : String.join(", ", concerns));
        text.append("\nAffected: ")
                .append(impact.affected())
                .append(" nodes, ")
                .append(impact.affectedTier1Consumers())
                .append(" tier-1 consumers");
        section(
                text,
                "New deprecated use",
                impact.newDeprecatedUse(),
                impact.totals().newDeprecatedUse());
        section(
                text,
                "Fixed deprecated use",
                impact.fixedDeprecatedUse(),
                impact.totals().fixedDeprecatedUse());
        section(
                text,
                "New layer violations",
                impact.newLayerViolations(),
                impact.totals().newLayerViolations());
        section(
                text,
                "Fixed layer violations",
                impact.fixedLayerViolations(),
                impact.totals().fixedLayerViolations());
        section(text, "New cycles", impact.newCycles(), impact.totals().newCycles());
        section(text, "Fixed cycles", impact.fixedCycles(), impact.totals().fixedCycles());
        section(
                text,
                "New tier inversions",
                impact.newTierInversions(),
                impact.totals().newTierInversions());
        section(
                text,
                "Fixed tier inversions",
                impact.fixedTierInversions(),
                impact.totals().fixedTierInversions());
        section(
                text,
                "New single points of failure",
                impact.newSinglePointsOfFailure(),
                impact.totals().newSinglePointsOfFailure());
        section(
                text,
                "Fixed single points of failure",
                impact.fixedSinglePointsOfFailure(),
                impact.totals().fixedSinglePointsOfFailure());
        section(
                text,
                "New ownership ambiguity",
                impact.newOwnershipAmbiguity(),
                impact.totals().newOwnershipAmbiguity());
        section(
                text,
                "Fixed ownership ambiguity",
                impact.fixedOwnershipAmbiguity(),
                impact.totals().fixedOwnershipAmbiguity());
        section(
                text,
                "Team load band changes",
                impact.loadChanges(),
                impact.totals().loadChanges());
        section(
                text,
                "Platform scorecard level changes",
                impact.scorecardChanges(),
                impact.scorecardChanges().size());
        section(
                text,
                "Blast radius of what it changes",
                impact.blastRadius(),
                impact.totals().blastRadius());
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("change", described);
        structured.put("accepted", plan.policyViolations().isEmpty());
        structured.put("concerns", concerns);
        structured.put("plan", plan);
        return new ToolAnswer(text.toString(), structured);
    }

    /** What the change makes worse, beyond the policy: an agent should mention these before going ahead. */
    private static List<String> concerns(LandscapeImpact impact) {
        List<String> concerns = new ArrayList<>();
        count(concerns, impact.totals().newDeprecatedUse(), "new use(s) of a deprecated or retired capability");
        count(concerns, impact.totals().newLayerViolations(), "new layer violation(s)");
        count(concerns, impact.totals().newCycles(), "new dependency cycle(s)");
        count(concerns, impact.totals().newTierInversions(), "new tier inversion(s)");
        count(concerns, impact.totals().newSinglePointsOfFailure(), "new single point(s) of failure");
        count(concerns, impact.totals().newOwnershipAmbiguity(), "new ownership ambiguity");
        count(
                concerns,
                (int) impact.loadChanges().stream()
                        .filter(l -> l.bandAfter() != null
                                && l.bandBefore() != null
                                && l.bandAfter().ordinal() > l.bandBefore().ordinal())
                        .count(),
                "team(s) moving to a higher load band");
        count(
                concerns,
                (int) impact.scorecardChanges().stream()
                        .filter(c -> c.dropped())
                        .count(),
                "platform(s) dropping a scorecard level");
        return concerns;
    }

    private static void count(List<String> concerns, int count, String what) {
        if (count > 0) {
            concerns.add(count + " " + what);
        }
    }

    private static void section(StringBuilder text, String title, List<?> items, int total) {
        if (items.isEmpty()) {
            return;
        }
        text.append("\n").append(title).append(" (").append(total).append("):");
        items.stream().limit(MAX_LISTED).forEach(item -> text.append("\n- ").append(StructuralRisksTool.summary(item)));
        if (total > MAX_LISTED) {
            text.append("\n- ... ")
                    .append(total - Math.min(MAX_LISTED, items.size()))
                    .append(" more");
        }
    }
}
