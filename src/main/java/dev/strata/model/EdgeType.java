package dev.strata.model;

import java.util.Set;

/** The relationship types a snapshot holds, each with the node kinds it may connect (see {@code src/docs/model.md}). */
public enum EdgeType {
    /** {@code (:Capability)-[:DEPENDS_ON]->(:Capability)}: the source needs the target to work. */
    DEPENDS_ON(Set.of(NodeKind.CAPABILITY), Set.of(NodeKind.CAPABILITY)),
    /** {@code (:Platform)-[:PROVIDES]->(:Capability)}. */
    PROVIDES(Set.of(NodeKind.PLATFORM), Set.of(NodeKind.CAPABILITY)),
    /** {@code (:Consumer)-[:CONSUMES {since, mode}]->(:Capability)}. */
    CONSUMES(Set.of(NodeKind.CONSUMER), Set.of(NodeKind.CAPABILITY)),
    /** {@code (:Team)-[:OWNS]->(:Platform|Consumer)}. */
    OWNS(Set.of(NodeKind.TEAM), Set.of(NodeKind.PLATFORM, NodeKind.CONSUMER)),
    /** {@code (:Platform)-[:IN_LAYER]->(:Layer)}. */
    IN_LAYER(Set.of(NodeKind.PLATFORM), Set.of(NodeKind.LAYER)),
    /** {@code (:Team)-[:ALIGNED_TO]->(:ValueStream)}. */
    ALIGNED_TO(Set.of(NodeKind.TEAM), Set.of(NodeKind.VALUE_STREAM));

    private final Set<NodeKind> sourceKinds;
    private final Set<NodeKind> targetKinds;

    EdgeType(Set<NodeKind> sourceKinds, Set<NodeKind> targetKinds) {
        this.sourceKinds = sourceKinds;
        this.targetKinds = targetKinds;
    }

    public Set<NodeKind> sourceKinds() {
        return sourceKinds;
    }

    public Set<NodeKind> targetKinds() {
        return targetKinds;
    }
}
