package dev.strata.analytics.graph;

import dev.strata.model.EdgeType;
import java.util.ArrayList;
import java.util.List;

/**
 * A snapshot as text that does not depend on how its nodes happen to be numbered: every node in key order with all
 * its attributes and derived layer and owner, then every relationship in key order with its properties, in both
 * directions. Two snapshots of the same landscape describe equal.
 */
public final class SnapshotDescription {

    private SnapshotDescription() {}

    public static List<String> of(LandscapeSnapshot s) {
        List<String> lines = new ArrayList<>();
        for (int rank = 0; rank < s.nodeCount(); rank++) {
            int node = s.nodeAtKeyRank(rank);
            lines.add(
                    "%s %s name=%s tier=%d lifecycle=%s rank=%d crossCutting=%s type=%s size=%d ga=%s slo=%s/%s compliant=%s category=%s product=%s%s%s layer=%s owner=%s"
                            .formatted(
                                    s.kind(node),
                                    s.key(node),
                                    s.name(node),
                                    s.tier(node),
                                    s.lifecycle(node),
                                    s.layerRank(node),
                                    s.crossCutting(node),
                                    s.teamType(node),
                                    s.teamSize(node),
                                    s.gaDate(node),
                                    s.sloTarget(node),
                                    s.sloAttainment(node),
                                    s.compliant(node),
                                    s.category(node),
                                    s.documented(node) ? "D" : "-",
                                    s.supported(node) ? "S" : "-",
                                    s.onCall(node) ? "O" : "-",
                                    ref(s, s.layerOf(node)),
                                    ref(s, s.owningTeamOf(node))));
        }
        for (EdgeType type : EdgeType.values()) {
            for (int rank = 0; rank < s.nodeCount(); rank++) {
                int node = s.nodeAtKeyRank(rank);
                Adjacency out = s.out(type);
                for (int p = out.start(node); p < out.end(node); p++) {
                    String properties = type == EdgeType.CONSUMES
                            ? " mode=" + s.consumptionMode(p) + " since=" + s.consumedSince(p)
                            : "";
                    lines.add(type + " " + s.ref(node) + " -> " + s.ref(out.target(p)) + properties);
                }
                Adjacency in = s.in(type);
                for (int p = in.start(node); p < in.end(node); p++) {
                    String properties = type == EdgeType.CONSUMES
                            ? " mode=" + s.consumptionMode(in.edge(p)) + " since=" + s.consumedSince(in.edge(p))
                            : "";
                    lines.add(type + " " + s.ref(node) + " <- " + s.ref(in.target(p)) + properties);
                }
            }
        }
        return lines;
    }

    private static String ref(LandscapeSnapshot s, int node) {
        return node < 0 ? "-" : s.ref(node).toString();
    }
}
