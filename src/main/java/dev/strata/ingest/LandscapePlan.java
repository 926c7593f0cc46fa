package dev.strata.ingest;

import dev.strata.model.LandscapeDiff.Action;
import dev.strata.model.LandscapeDiff.EdgeChange;
import dev.strata.model.LandscapeDiff.NodeChange;
import java.util.List;

/**
 * The difference between files and the graph, what it does, and which policy rules it breaks.
 *
 * @param undeclaredKept nodes in the graph no file declares, kept because prune is off
 */
public record LandscapePlan(List<NodeChange> nodes, List<EdgeChange> edges, LandscapeImpact impact,
                            List<String> policyViolations, int undeclaredKept) {

    public boolean hasChanges() {
        return !nodes.isEmpty() || !edges.isEmpty();
    }

    public int nodesAdded() {
        return (int) nodes.stream().filter(n -> n.action() == Action.ADD).count();
    }

    public int nodesChanged() {
        return (int) nodes.stream().filter(n -> n.action() == Action.CHANGE).count();
    }

    public int nodesRemoved() {
        return (int) nodes.stream().filter(n -> n.action() == Action.REMOVE).count();
    }

    public int edgesAdded() {
        return (int) edges.stream().filter(n -> n.action() == Action.ADD).count();
    }

    public int edgesChanged() {
        return (int) edges.stream().filter(n -> n.action() == Action.CHANGE).count();
    }

    public int edgesRemoved() {
        return (int) edges.stream().filter(n -> n.action() == Action.REMOVE).count();
    }
}
