package dev.strata.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The relationship types between landscape nodes, each with the node kinds it may connect (see
 * {@code src/docs/model.md}) and which end's document declares it.
 */
public enum EdgeType {
    /** {@code (:Capability)-[:DEPENDS_ON]->(:Capability)}: the source needs the target to work. */
    DEPENDS_ON(Set.of(NodeKind.CAPABILITY), Set.of(NodeKind.CAPABILITY), false),
    /** {@code (:Platform)-[:PROVIDES]->(:Capability)}, declared by the capability ({@code platform}). */
    PROVIDES(Set.of(NodeKind.PLATFORM), Set.of(NodeKind.CAPABILITY), true),
    /** {@code (:Consumer)-[:CONSUMES {since, mode}]->(:Capability)}. */
    CONSUMES(Set.of(NodeKind.CONSUMER), Set.of(NodeKind.CAPABILITY), false),
    /** {@code (:Team)-[:OWNS]->(:Platform|Consumer)}, declared by the owned node ({@code owner}). */
    OWNS(Set.of(NodeKind.TEAM), Set.of(NodeKind.PLATFORM, NodeKind.CONSUMER), true),
    /** {@code (:Platform)-[:IN_LAYER]->(:Layer)}. */
    IN_LAYER(Set.of(NodeKind.PLATFORM), Set.of(NodeKind.LAYER), false),
    /** {@code (:Team)-[:ALIGNED_TO]->(:ValueStream)}. */
    ALIGNED_TO(Set.of(NodeKind.TEAM), Set.of(NodeKind.VALUE_STREAM), false);

    private final Set<NodeKind> sourceKinds;
    private final Set<NodeKind> targetKinds;
    private final boolean declaredByTarget;

    EdgeType(Set<NodeKind> sourceKinds, Set<NodeKind> targetKinds, boolean declaredByTarget) {
        if (sourceKinds.size() != 1) {
            throw new IllegalArgumentException("a relationship type starts from one kind of node: " + sourceKinds);
        }
        this.sourceKinds = sourceKinds;
        this.targetKinds = targetKinds;
        this.declaredByTarget = declaredByTarget;
    }

    public Set<NodeKind> sourceKinds() {
        return sourceKinds;
    }

    /**
     * The one kind of node relationships of this type start from: counts of a type are taken from the label of its
     * start node, so that relationships between nodes without a landscape label (staged by an apply) do not count.
     */
    public NodeKind sourceKind() {
        return sourceKinds.iterator().next();
    }

    public Set<NodeKind> targetKinds() {
        return targetKinds;
    }

    /** Whether the target's document declares the relationship (OWNS, PROVIDES) rather than the source's. */
    public boolean declaredByTarget() {
        return declaredByTarget;
    }

    /** Every (type, source kind, target kind) the model allows, in a stable order. */
    public static List<Endpoints> endpoints() {
        List<Endpoints> all = new ArrayList<>();
        for (EdgeType type : values()) {
            for (NodeKind from : NodeKind.inDeclarationOrder()) {
                for (NodeKind to : NodeKind.inDeclarationOrder()) {
                    if (type.sourceKinds.contains(from) && type.targetKinds.contains(to)) {
                        all.add(new Endpoints(type, from, to));
                    }
                }
            }
        }
        return List.copyOf(all);
    }

    /** A relationship type between two node kinds. */
    public record Endpoints(EdgeType type, NodeKind from, NodeKind to) {}
}
