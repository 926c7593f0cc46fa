package dev.strata.plan;

import dev.strata.model.LandscapeDiff;
import dev.strata.model.LandscapeDiff.Action;
import dev.strata.model.LandscapeDiff.EdgeChange;
import dev.strata.model.LandscapeDiff.NodeChange;
import java.util.List;

/**
 * The difference between two landscapes (files and the graph, or two sets of files), what it does, and which policy
 * rules it breaks. The JSON form of the CLI ({@code plan --format json}) is this record as the GraphQL type
 * {@code LandscapePlan} has it.
 *
 * @param hasChanges       whether the landscape changes (bookkeeping such as {@code sourceFile} is no change)
 * @param relocated        nodes and relationships whose only difference is the file declaring them; apply records
 *                         the new file, silently
 * @param undeclaredKept   nodes in the current landscape no file declares, kept because prune is off
 * @param nodes            every node change, by kind then key
 * @param edges            every relationship change, by type, then start and end node
 * @param impact           what the change does
 * @param policyViolations broken policy rules, each a sentence; empty when the policy holds
 */
public record LandscapePlan(
        boolean hasChanges,
        int nodesAdded,
        int nodesChanged,
        int nodesRemoved,
        int edgesAdded,
        int edgesChanged,
        int edgesRemoved,
        int relocated,
        int undeclaredKept,
        List<NodeChange> nodes,
        List<EdgeChange> edges,
        LandscapeImpact impact,
        List<String> policyViolations) {

    public LandscapePlan {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        policyViolations = List.copyOf(policyViolations);
    }

    public static LandscapePlan of(
            LandscapeDiff diff, LandscapeImpact impact, List<String> policyViolations, int undeclaredKept) {
        List<NodeChange> nodes = diff.nodeChanges();
        List<EdgeChange> edges = diff.edgeChanges();
        return new LandscapePlan(
                diff.hasChanges(),
                count(nodes.stream().map(NodeChange::action), Action.ADD),
                count(nodes.stream().map(NodeChange::action), Action.CHANGE),
                count(nodes.stream().map(NodeChange::action), Action.REMOVE),
                count(edges.stream().map(EdgeChange::action), Action.ADD),
                count(edges.stream().map(EdgeChange::action), Action.CHANGE),
                count(edges.stream().map(EdgeChange::action), Action.REMOVE),
                diff.relocated(),
                undeclaredKept,
                nodes,
                edges,
                impact,
                policyViolations);
    }

    private static int count(java.util.stream.Stream<Action> actions, Action action) {
        return (int) actions.filter(a -> a == action).count();
    }
}
