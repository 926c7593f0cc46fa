package dev.strata.analytics.snapshot;

import dev.strata.model.EdgeType;
import dev.strata.model.LandscapeDiff;
import dev.strata.model.NodeKind;
import java.util.Arrays;

/**
 * How many nodes of each landscape label and relationships of each landscape type the database holds: read in
 * microseconds from Neo4j's count store, and a cheap way to notice writes made outside Strata (which change counts
 * without a landscape version). A change committed through Strata adjusts the expected counts by its diff.
 */
record LandscapeCounts(long[] nodes, long[] relationships) {

    static LandscapeCounts of(long[] nodes, long[] relationships) {
        return new LandscapeCounts(nodes.clone(), relationships.clone());
    }

    /** The counts after a change: plus what it adds, minus what it removes, per kind and type. */
    LandscapeCounts plus(LandscapeDiff diff) {
        long[] n = nodes.clone();
        long[] r = relationships.clone();
        for (LandscapeDiff.NodeChange change : diff.nodeChanges()) {
            n[change.kind().ordinal()] += delta(change.action());
        }
        for (LandscapeDiff.EdgeChange change : diff.edgeChanges()) {
            r[change.type().ordinal()] += delta(change.action());
        }
        return new LandscapeCounts(n, r);
    }

    private static int delta(LandscapeDiff.Action action) {
        return switch (action) {
            case ADD -> 1;
            case REMOVE -> -1;
            case CHANGE -> 0;
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LandscapeCounts counts
                && Arrays.equals(nodes, counts.nodes)
                && Arrays.equals(relationships, counts.relationships);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(nodes) + Arrays.hashCode(relationships);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (NodeKind kind : NodeKind.values()) {
            text.append(kind.label()).append('=').append(nodes[kind.ordinal()]).append(' ');
        }
        for (EdgeType type : EdgeType.values()) {
            text.append(type).append('=').append(relationships[type.ordinal()]).append(' ');
        }
        return text.toString().trim();
    }
}
