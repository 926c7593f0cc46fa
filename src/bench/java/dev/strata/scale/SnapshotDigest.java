package dev.strata.scale;

import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.EdgeType;

/**
 * A 64-bit digest of everything a snapshot holds, independent of how its nodes are numbered (the same content as
 * the tests' {@code SnapshotDescription}, hashed line by line instead of kept): two snapshots of the same landscape
 * digest equal. Used where a million-node description would not fit the heap.
 */
final class SnapshotDigest {

    private long hash = 0xcbf29ce484222325L;

    private SnapshotDigest() {}

    static long of(LandscapeSnapshot s) {
        SnapshotDigest digest = new SnapshotDigest();
        StringBuilder line = new StringBuilder(256);
        for (int rank = 0; rank < s.nodeCount(); rank++) {
            int node = s.nodeAtKeyRank(rank);
            line.setLength(0);
            line.append(s.kind(node))
                    .append(' ')
                    .append(s.key(node))
                    .append(' ')
                    .append(s.name(node))
                    .append(' ')
                    .append(s.tier(node))
                    .append(' ')
                    .append(s.lifecycle(node))
                    .append(' ')
                    .append(s.layerRank(node))
                    .append(' ')
                    .append(s.crossCutting(node))
                    .append(' ')
                    .append(s.teamType(node))
                    .append(' ')
                    .append(s.teamSize(node))
                    .append(' ')
                    .append(s.gaDate(node))
                    .append(' ')
                    .append(s.sloTarget(node))
                    .append(' ')
                    .append(s.sloAttainment(node))
                    .append(' ')
                    .append(s.compliant(node))
                    .append(' ')
                    .append(s.category(node))
                    .append(' ')
                    .append(ref(s, s.layerOf(node)))
                    .append(' ')
                    .append(ref(s, s.owningTeamOf(node)));
            digest.add(line);
        }
        for (EdgeType type : EdgeType.values()) {
            Adjacency out = s.out(type);
            for (int rank = 0; rank < s.nodeCount(); rank++) {
                int node = s.nodeAtKeyRank(rank);
                for (int p = out.start(node); p < out.end(node); p++) {
                    line.setLength(0);
                    line.append(type)
                            .append(' ')
                            .append(s.ref(node))
                            .append(" -> ")
                            .append(s.ref(out.target(p)));
                    if (type == EdgeType.CONSUMES) {
                        line.append(' ')
                                .append(s.consumptionMode(p))
                                .append(' ')
                                .append(s.consumedSince(p));
                    }
                    digest.add(line);
                }
            }
        }
        return digest.hash;
    }

    private void add(CharSequence line) {
        for (int i = 0; i < line.length(); i++) {
            hash ^= line.charAt(i);
            hash *= 0x100000001b3L;
        }
        hash ^= '\n';
        hash *= 0x100000001b3L;
    }

    private static String ref(LandscapeSnapshot s, int node) {
        return node < 0 ? "-" : s.ref(node).toString();
    }
}
