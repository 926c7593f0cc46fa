package dev.strata.analytics.load;

import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.graph.OrdinalWeights;
import dev.strata.analytics.graph.UnknownNodeException;
import dev.strata.model.EdgeType;
import dev.strata.model.InteractionMode;
import dev.strata.model.Lifecycle;
import dev.strata.model.NodeKind;
import dev.strata.model.TeamType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Computes {@link TeamCognitiveLoad} from an in-memory {@link LandscapeSnapshot} with the semantics of
 * cypher/analytics/team-cognitive-load.cypher (which {@link CognitiveLoadEngine} runs and stays the reference):
 * every measure counts the same paths as the query, relationship by relationship, so parallel relationships and
 * platforms with several owners count as they do there.
 *
 * <p>One pass over each team's {@code OWNS -> PROVIDES -> (CONSUMES | DEPENDS_ON)} neighbourhood: time linear in the
 * paths the query matches, which is linear in the snapshot when every platform has one owner and every capability
 * one provider. Distinct counts use int stamp arrays (one int per node), no per-edge objects. Stateless.
 */
public final class SnapshotCognitiveLoad {

    private static final Comparator<TeamCognitiveLoad> BY_INDEX_DESCENDING =
            Comparator.comparingDouble(TeamCognitiveLoad::index).reversed().thenComparing(TeamCognitiveLoad::teamKey);

    private SnapshotCognitiveLoad() {}

    /** Every team, highest index first (ties by team key), as {@link CognitiveLoadEngine#allTeams()}. */
    public static List<TeamCognitiveLoad> allTeams(LandscapeSnapshot snapshot, CognitiveLoadModel model) {
        Objects.requireNonNull(model, "model");
        Pass pass = new Pass(snapshot, model);
        int[] teams = snapshot.nodes(NodeKind.TEAM);
        List<TeamCognitiveLoad> loads = new ArrayList<>(teams.length);
        for (int team : teams) {
            loads.add(pass.measure(team));
        }
        loads.sort(BY_INDEX_DESCENDING);
        return loads;
    }

    /**
     * One team, as {@link CognitiveLoadEngine#team(String)}.
     *
     * @throws UnknownNodeException naming the key when no team has it
     */
    public static TeamCognitiveLoad team(LandscapeSnapshot snapshot, CognitiveLoadModel model, String teamKey) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(teamKey, "teamKey");
        int team = snapshot.indexOf(NodeKind.TEAM, teamKey);
        if (team < 0) {
            throw new UnknownNodeException(NodeKind.TEAM, teamKey);
        }
        return new Pass(snapshot, model).measure(team);
    }

    /** Lookup tables and stamp arrays shared by the teams of one call. */
    private static final class Pass {

        private final LandscapeSnapshot s;
        private final CognitiveLoadModel model;
        private final Adjacency owns;
        private final Adjacency owners;
        private final Adjacency provides;
        private final Adjacency providers;
        private final Adjacency dependsOn;
        private final Adjacency dependents;
        private final Adjacency consumedBy;
        private final Adjacency inLayer;
        private final double[] modeWeight;
        private final double[] lifecycleFactor;
        /** Per node: 1 + the team that last counted it, per distinct measure (0 = never). */
        private final int[] seenConsumer;

        private final int[] seenTeam;
        private final int[] seenCapability;
        private final int[] seenLayer;

        Pass(LandscapeSnapshot snapshot, CognitiveLoadModel model) {
            this.s = snapshot;
            this.model = model;
            owns = snapshot.out(EdgeType.OWNS);
            owners = snapshot.in(EdgeType.OWNS);
            provides = snapshot.out(EdgeType.PROVIDES);
            providers = snapshot.in(EdgeType.PROVIDES);
            dependsOn = snapshot.out(EdgeType.DEPENDS_ON);
            dependents = snapshot.in(EdgeType.DEPENDS_ON);
            consumedBy = snapshot.in(EdgeType.CONSUMES);
            inLayer = snapshot.out(EdgeType.IN_LAYER);
            modeWeight = OrdinalWeights.of(InteractionMode.values(), model.modeWeights());
            lifecycleFactor = OrdinalWeights.of(Lifecycle.values(), model.lifecycleFactors());
            int n = snapshot.nodeCount();
            seenConsumer = new int[n];
            seenTeam = new int[n];
            seenCapability = new int[n];
            seenLayer = new int[n];
        }

        TeamCognitiveLoad measure(int team) {
            int stamp = team + 1;
            double weightedFanIn = 0;
            int consumingTeams = 0;
            int consumers = 0;
            int platforms = 0;
            int capabilities = 0;
            int layers = 0;
            long handovers = 0;
            for (int o = owns.start(team), oEnd = owns.end(team); o < oEnd; o++) {
                int platform = owns.target(o);
                if (!s.is(platform, NodeKind.PLATFORM)) {
                    continue; // OWNS -> Consumer
                }
                platforms++;
                for (int l = inLayer.start(platform), lEnd = inLayer.end(platform); l < lEnd; l++) {
                    int layer = inLayer.target(l);
                    if (seenLayer[layer] != stamp) {
                        seenLayer[layer] = stamp;
                        layers++;
                    }
                }
                // handovers over DEPENDS_ON need the other platform's owners but not this one's provides edge,
                // except for a capability depending on itself: the query's two PROVIDES must then differ
                int foreignOwnersOfPlatform = foreignOwners(platform, team);
                for (int p = provides.start(platform), pEnd = provides.end(platform); p < pEnd; p++) {
                    int capability = provides.target(p);
                    if (seenCapability[capability] != stamp) {
                        seenCapability[capability] = stamp;
                        capabilities++;
                    }
                    double factor = lifecycleFactor[ordinalPlusOne(s.lifecycle(capability))];
                    for (int c = consumedBy.start(capability), cEnd = consumedBy.end(capability); c < cEnd; c++) {
                        int consumer = consumedBy.target(c);
                        weightedFanIn += modeWeight[ordinalPlusOne(s.consumptionMode(consumedBy.edge(c)))] * factor;
                        if (seenConsumer[consumer] != stamp) {
                            seenConsumer[consumer] = stamp;
                            consumers++;
                        }
                        for (int w = owners.start(consumer), wEnd = owners.end(consumer); w < wEnd; w++) {
                            int other = owners.target(w);
                            if (other != team) {
                                handovers++;
                                if (seenTeam[other] != stamp) {
                                    seenTeam[other] = stamp;
                                    consumingTeams++;
                                }
                            }
                        }
                    }
                    handovers += foreignCapabilityOwners(dependsOn, capability, team, foreignOwnersOfPlatform);
                    handovers += foreignCapabilityOwners(dependents, capability, team, foreignOwnersOfPlatform);
                }
            }
            int size = Math.max(1, s.teamSize(team));
            int handoverCount = Math.toIntExact(handovers);
            List<Contribution> contributions = model.contributions(
                    size, weightedFanIn, consumingTeams, capabilities, platforms, layers, handoverCount);
            double index = 0;
            for (Contribution contribution : contributions) {
                index += contribution.points();
            }
            TeamType type = s.teamType(team);
            return new TeamCognitiveLoad(
                    s.key(team),
                    s.name(team),
                    type == null ? null : type.name(),
                    size,
                    consumingTeams,
                    consumers,
                    weightedFanIn,
                    platforms,
                    capabilities,
                    layers,
                    handoverCount,
                    index,
                    model.band(index),
                    contributions);
        }

        /**
         * Paths {@code capability -[DEPENDS_ON]- (:Capability) <-[:PROVIDES]- (:Platform) <-[:OWNS]- (other)} with
         * {@code other <> team}, in the direction of {@code adjacency}.
         */
        private long foreignCapabilityOwners(
                Adjacency adjacency, int capability, int team, int foreignOwnersOfPlatform) {
            long paths = 0;
            for (int d = adjacency.start(capability), dEnd = adjacency.end(capability); d < dEnd; d++) {
                int neighbour = adjacency.target(d);
                for (int p = providers.start(neighbour), pEnd = providers.end(neighbour); p < pEnd; p++) {
                    paths += foreignOwners(providers.target(p), team);
                }
                if (neighbour == capability) {
                    paths -= foreignOwnersOfPlatform; // the PROVIDES this path came in by cannot be used twice
                }
            }
            return paths;
        }

        /** OWNS relationships into {@code node} from teams other than {@code team}. */
        private int foreignOwners(int node, int team) {
            int count = 0;
            for (int w = owners.start(node), wEnd = owners.end(node); w < wEnd; w++) {
                if (owners.target(w) != team) {
                    count++;
                }
            }
            return count;
        }

        private static int ordinalPlusOne(@Nullable Enum<?> constant) {
            return constant == null ? 0 : constant.ordinal() + 1;
        }
    }
}
