package dev.strata.analytics.risk;

import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.EdgeType;
import dev.strata.model.Lifecycle;
import dev.strata.model.NodeKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ownership risks, from the snapshot with the semantics of their reference queries: unowned platforms and
 * capabilities (cypher/analytics/unowned.cypher), unused capabilities (unused-capabilities.cypher), handover points
 * between teams (handover-points.cypher) and capability categories offered by several platforms
 * (ownership-ambiguity.cypher). Each is one pass over the relationships involved. Stateless.
 */
public final class OwnershipRisks {

    /** The layer imports put platforms in when nobody said where they sit. */
    private static final String UNASSIGNED_LAYER = "unassigned";

    private OwnershipRisks() {}

    /** Platforms without an owning team, then capabilities without a providing platform or with an unowned one. */
    public static List<Unowned> unowned(LandscapeSnapshot s) {
        Adjacency owners = s.in(EdgeType.OWNS);
        Adjacency providers = s.in(EdgeType.PROVIDES);
        List<Unowned> rows = new ArrayList<>();
        for (int platform : s.nodes(NodeKind.PLATFORM)) {
            if (owners.degree(platform) == 0) {
                rows.add(new Unowned("PLATFORM", s.key(platform), s.name(platform), "NO_OWNING_TEAM", s.key(platform)));
            }
        }
        for (int capability : s.nodes(NodeKind.CAPABILITY)) {
            if (providers.degree(capability) == 0) {
                rows.add(new Unowned(
                        "CAPABILITY", s.key(capability), s.name(capability), "NO_PROVIDING_PLATFORM", null));
            }
            for (int p = providers.start(capability); p < providers.end(capability); p++) {
                int platform = providers.target(p);
                if (owners.degree(platform) == 0) {
                    rows.add(new Unowned(
                            "CAPABILITY", s.key(capability), s.name(capability), "PLATFORM_UNOWNED", s.key(platform)));
                }
            }
        }
        return rows;
    }

    /**
     * Platforms in the layer {@code unassigned} (where imports put platforms whose layer nobody said) or in no layer
     * (cypher/analytics/unplaced-platforms.cypher): those in {@code unassigned} first, then by key.
     */
    public static List<UnplacedPlatform> unplacedPlatforms(LandscapeSnapshot s) {
        Adjacency layers = s.out(EdgeType.IN_LAYER);
        Adjacency owners = s.in(EdgeType.OWNS);
        Adjacency provided = s.out(EdgeType.PROVIDES);
        List<UnplacedPlatform> rows = new ArrayList<>();
        for (int platform : s.nodes(NodeKind.PLATFORM)) {
            boolean unassigned = false;
            for (int l = layers.start(platform); l < layers.end(platform); l++) {
                unassigned |= UNASSIGNED_LAYER.equals(s.key(layers.target(l)));
            }
            if (layers.degree(platform) > 0 && !unassigned) {
                continue;
            }
            String owner = null;
            for (int o = owners.start(platform); o < owners.end(platform); o++) {
                String key = s.key(owners.target(o));
                owner = owner == null || key.compareTo(owner) < 0 ? key : owner;
            }
            rows.add(new UnplacedPlatform(
                    s.key(platform),
                    s.name(platform),
                    unassigned ? "UNASSIGNED_LAYER" : "NO_LAYER",
                    provided.degree(platform),
                    owner));
        }
        rows.sort(
                Comparator.comparing(UnplacedPlatform::reason).reversed().thenComparing(UnplacedPlatform::platformKey));
        return rows;
    }

    /** Capabilities no consumer consumes and no capability depends on, by key. */
    public static List<UnusedCapability> unusedCapabilities(LandscapeSnapshot s) {
        Adjacency consumers = s.in(EdgeType.CONSUMES);
        Adjacency dependents = s.in(EdgeType.DEPENDS_ON);
        Adjacency providers = s.in(EdgeType.PROVIDES);
        List<UnusedCapability> rows = new ArrayList<>();
        for (int capability : s.nodes(NodeKind.CAPABILITY)) {
            if (consumers.degree(capability) > 0 || dependents.degree(capability) > 0) {
                continue;
            }
            Lifecycle lifecycle = s.lifecycle(capability);
            String name = lifecycle == null ? null : lifecycle.name();
            if (providers.degree(capability) == 0) {
                rows.add(new UnusedCapability(s.key(capability), s.name(capability), name, null));
            }
            for (int p = providers.start(capability); p < providers.end(capability); p++) {
                rows.add(new UnusedCapability(s.key(capability), s.name(capability), name, s.key(providers.target(p))));
            }
        }
        return rows;
    }

    /**
     * DEPENDS_ON and CONSUMES relationships whose two sides are owned by different teams, counted per (from team, to
     * team) pair as the paths of the reference query count them: most relationships first, then by the teams' keys.
     * One team at a time: its platforms' capabilities' dependencies and its consumers' consumptions, counted into
     * dense per-team arrays; the rows are sorted as packed longs.
     */
    public static List<HandoverPoint> handoverPoints(LandscapeSnapshot s) {
        Adjacency owns = s.out(EdgeType.OWNS);
        Adjacency owners = s.in(EdgeType.OWNS);
        Adjacency provides = s.out(EdgeType.PROVIDES);
        Adjacency providers = s.in(EdgeType.PROVIDES);
        Adjacency dependsOn = s.out(EdgeType.DEPENDS_ON);
        Adjacency consumes = s.out(EdgeType.CONSUMES);
        int[] teams = s.nodes(NodeKind.TEAM);
        int[] slot = new int[s.nodeCount()];
        for (int i = 0; i < teams.length; i++) {
            slot[teams[i]] = i;
        }
        int[] dependsOnEdges = new int[teams.length];
        int[] consumesEdges = new int[teams.length];
        int[] touched = new int[teams.length];
        HandoverTable table = new HandoverTable();
        for (int f = 0; f < teams.length; f++) {
            int fromTeam = teams[f];
            int count = 0;
            for (int o = owns.start(fromTeam); o < owns.end(fromTeam); o++) {
                int owned = owns.target(o);
                if (s.is(owned, NodeKind.PLATFORM)) {
                    for (int a = provides.start(owned); a < provides.end(owned); a++) {
                        int from = provides.target(a);
                        for (int d = dependsOn.start(from); d < dependsOn.end(from); d++) {
                            int to = dependsOn.target(d);
                            for (int b = providers.start(to); b < providers.end(to); b++) {
                                int platform = providers.target(b);
                                if (from == to && platform == owned) {
                                    continue; // a path cannot use the same PROVIDES twice
                                }
                                for (int t = owners.start(platform); t < owners.end(platform); t++) {
                                    int toTeam = owners.target(t);
                                    if (toTeam != fromTeam) {
                                        int i = slot[toTeam];
                                        if (dependsOnEdges[i] == 0 && consumesEdges[i] == 0) {
                                            touched[count++] = i;
                                        }
                                        dependsOnEdges[i]++;
                                    }
                                }
                            }
                        }
                    }
                } else {
                    for (int c = consumes.start(owned); c < consumes.end(owned); c++) {
                        int capability = consumes.target(c);
                        for (int b = providers.start(capability); b < providers.end(capability); b++) {
                            int platform = providers.target(b);
                            for (int t = owners.start(platform); t < owners.end(platform); t++) {
                                int toTeam = owners.target(t);
                                if (toTeam != fromTeam) {
                                    int i = slot[toTeam];
                                    if (dependsOnEdges[i] == 0 && consumesEdges[i] == 0) {
                                        touched[count++] = i;
                                    }
                                    consumesEdges[i]++;
                                }
                            }
                        }
                    }
                }
            }
            java.util.Arrays.sort(touched, 0, count);
            for (int k = 0; k < count; k++) {
                int t = touched[k];
                table.add(f, t, dependsOnEdges[t], consumesEdges[t]);
                dependsOnEdges[t] = 0;
                consumesEdges[t] = 0;
            }
        }
        return table.rows(s, teams);
    }

    /**
     * Capability categories provided by more than one platform, by category; each platform's offering lists its
     * capabilities of the category (by key), its owner and the distinct consumers of those capabilities, most
     * consumed first, then by platform key.
     */
    public static List<OwnershipAmbiguity> ownershipAmbiguity(LandscapeSnapshot s) {
        Adjacency providers = s.in(EdgeType.PROVIDES);
        Adjacency consumers = s.in(EdgeType.CONSUMES);
        Map<String, Map<Integer, List<Integer>>> byCategory = new TreeMap<>();
        for (int capability : s.nodes(NodeKind.CAPABILITY)) {
            String category = s.category(capability);
            if (category == null) {
                continue;
            }
            for (int p = providers.start(capability); p < providers.end(capability); p++) {
                byCategory
                        .computeIfAbsent(category, c -> new HashMap<>())
                        .computeIfAbsent(providers.target(p), platform -> new ArrayList<>())
                        .add(capability);
            }
        }
        int[] seen = new int[s.nodeCount()];
        int[] stamp = {0};
        List<OwnershipAmbiguity> rows = new ArrayList<>();
        byCategory.forEach((category, platforms) -> {
            if (platforms.size() < 2) {
                return;
            }
            List<CategoryOffering> offerings = new ArrayList<>();
            java.util.Set<Integer> teams = new java.util.HashSet<>();
            platforms.forEach((platform, capabilities) -> {
                stamp[0]++;
                int distinct = 0;
                for (int capability : capabilities) {
                    for (int c = consumers.start(capability); c < consumers.end(capability); c++) {
                        int consumer = consumers.target(c);
                        if (seen[consumer] != stamp[0]) {
                            seen[consumer] = stamp[0];
                            distinct++;
                        }
                    }
                }
                int team = s.ownerOf(platform);
                if (team >= 0) {
                    teams.add(team);
                }
                offerings.add(new CategoryOffering(
                        s.key(platform),
                        s.name(platform),
                        team < 0 ? null : s.key(team),
                        team < 0 ? null : s.name(team),
                        capabilities.stream().map(s::key).toList(),
                        distinct));
            });
            offerings.sort(Comparator.comparingInt(CategoryOffering::consumers)
                    .reversed()
                    .thenComparing(CategoryOffering::platformKey));
            rows.add(new OwnershipAmbiguity(category, offerings.size(), teams.size(), offerings));
        });
        return rows;
    }
}
