package dev.strata.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Prints the server's answers for people: problems with file:line, a plan with its impact and policy verdict. */
final class PlanReport {

    /** The selection of problems every landscape mutation answers with. */
    static final String PROBLEMS = "errors { code file line field message } documents";
    /** The selection of a plan: the diff, its impact and the broken policy rules. */
    static final String PLAN = """
            plan { hasChanges nodesAdded nodesChanged nodesRemoved edgesAdded edgesChanged edgesRemoved undeclaredKept
              nodes { action kind key sourceFile changes { field before after } }
              edges { action type fromKind fromKey toKind toKey sourceFile changes { field before after } }
              impact { blastRadius { capabilityKey action affected tier1Consumers severity }
                newLayerViolations { fromCapability toCapability fromLayer toLayer }
                fixedLayerViolations { fromCapability toCapability fromLayer toLayer }
                newCycles { members path } fixedCycles { members path }
                loadChanges { teamKey bandBefore bandAfter indexBefore indexAfter }
                deprecatedUse { consumerKey capabilityKey state } }
              policyViolations }
            """;

    private final PrintStream out;

    PlanReport(PrintStream out) {
        this.out = out;
    }

    void problems(JsonNode result) {
        for (JsonNode problem : result.get("errors")) {
            String field = problem.get("field").asString();
            out.println(problem.get("file").asString() + ":" + problem.get("line").asInt() + ": "
                    + (field.isEmpty() ? "" : field + ": ") + problem.get("message").asString() + " ["
                    + problem.get("code").asString() + "]");
        }
        if (!result.get("errors").isEmpty()) {
            out.println(plural(result.get("errors").size(), "problem") + "; nothing was written");
        }
    }

    void plan(JsonNode plan) {
        if (!plan.get("hasChanges").asBoolean()) {
            out.println("No changes: the graph matches the files.");
        } else {
            out.printf(Locale.ROOT, "Plan: nodes %d to add, %d to change, %d to remove; relationships %d to add,"
                            + " %d to change, %d to remove%n", plan.get("nodesAdded").asInt(),
                    plan.get("nodesChanged").asInt(), plan.get("nodesRemoved").asInt(), plan.get("edgesAdded").asInt(),
                    plan.get("edgesChanged").asInt(), plan.get("edgesRemoved").asInt());
        }
        for (JsonNode node : plan.get("nodes")) {
            out.println("  " + symbol(node.get("action").asString()) + " " + node.get("kind").asString() + " "
                    + node.get("key").asString() + changes(node));
        }
        for (JsonNode edge : plan.get("edges")) {
            out.println("  " + symbol(edge.get("action").asString()) + " (" + edge.get("fromKey").asString() + ")-["
                    + edge.get("type").asString() + "]->(" + edge.get("toKey").asString() + ")" + changes(edge));
        }
        if (plan.get("undeclaredKept").asInt() > 0) {
            out.println("  (" + plan.get("undeclaredKept").asInt()
                    + " nodes in the graph are not declared in these files and are kept; --prune removes them)");
        }
        impact(plan.get("impact"));
        if (!plan.get("policyViolations").isEmpty()) {
            out.println("Policy violations:");
            plan.get("policyViolations").forEach(v -> out.println("  " + v.asString()));
        }
    }

    private void impact(JsonNode impact) {
        List<String> lines = new ArrayList<>();
        impact.get("blastRadius").forEach(b -> lines.add("blast radius: " + b.get("capabilityKey").asString() + " ("
                + b.get("action").asString().toLowerCase(Locale.ROOT) + "d) affects " + b.get("affected").asInt()
                + " nodes, " + b.get("tier1Consumers").asInt() + " tier-1 consumers"));
        impact.get("newLayerViolations").forEach(v -> lines.add("new layer violation: "
                + v.get("fromCapability").asString() + " (" + v.get("fromLayer").asString() + ") -> "
                + v.get("toCapability").asString() + " (" + v.get("toLayer").asString() + ")"));
        impact.get("fixedLayerViolations").forEach(v -> lines.add("fixed layer violation: "
                + v.get("fromCapability").asString() + " -> " + v.get("toCapability").asString()));
        impact.get("newCycles").forEach(c -> lines.add("new cycle: " + join(c.get("path"))));
        impact.get("fixedCycles").forEach(c -> lines.add("broken cycle: " + join(c.get("path"))));
        impact.get("loadChanges").forEach(l -> lines.add("cognitive load of " + l.get("teamKey").asString() + ": "
                + text(l.get("bandBefore")) + " -> " + text(l.get("bandAfter"))));
        impact.get("deprecatedUse").forEach(d -> lines.add("consumer " + d.get("consumerKey").asString()
                + " left on " + d.get("state").asString() + " capability " + d.get("capabilityKey").asString()));
        if (!lines.isEmpty()) {
            out.println("Impact:");
            lines.forEach(line -> out.println("  " + line));
        }
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String changes(JsonNode change) {
        if (!change.get("action").asString().equals("CHANGE")) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        change.get("changes").forEach(f -> parts.add(f.get("field").asString() + ": " + text(f.get("before"))
                + " -> " + text(f.get("after"))));
        return "  (" + String.join(", ", parts) + ")";
    }

    private static String text(@Nullable JsonNode value) {
        return value == null || value.isNull() ? "-" : value.asString();
    }

    private static String join(JsonNode list) {
        List<String> keys = new ArrayList<>();
        list.forEach(k -> keys.add(k.asString()));
        return String.join(" -> ", keys);
    }

    private static String symbol(String action) {
        return switch (action) {
            case "ADD" -> "+";
            case "REMOVE" -> "-";
            default -> "~";
        };
    }
}
