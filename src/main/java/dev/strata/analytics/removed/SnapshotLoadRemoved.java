package dev.strata.analytics.removed;

import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.graph.OrdinalWeights;
import dev.strata.model.EdgeType;
import dev.strata.model.InteractionMode;
import dev.strata.model.Lifecycle;
import dev.strata.model.NodeKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Computes {@link TeamLoadRemoved} and {@link PlatformLoadRemoved} from a {@link LandscapeSnapshot} with the
 * semantics of cypher/analytics/team-load-removed.cypher and platform-load-removed.cypher (the references): counts are
 * of the paths the queries match, distinct counts with int stamp arrays. Hidden capabilities come from one bounded
 * breadth-first search per team, seeded with everything it consumes as a service; a platform's hidden-behind counts
 * are one bounded search per consumed capability, memoised. Stateless.
 */
public final class SnapshotLoadRemoved {

    private static final Comparator<TeamLoadRemoved> BY_HANDLED =
            Comparator.comparingDouble(TeamLoadRemoved::handledLoad).reversed().thenComparing(TeamLoadRemoved::teamKey);
    private static final Comparator<PlatformLoadRemoved> BY_NET = Comparator.comparingDouble(
                    PlatformLoadRemoved::netLoad)
            .reversed()
            .thenComparing(PlatformLoadRemoved::platformKey);

    private SnapshotLoadRemoved() {}

    /** Every team owning a consumer that consumes something, most load handled first (ties by key). */
    public static List<TeamLoadRemoved> teams(LandscapeSnapshot snapshot, LoadRemovedModel model) {
        Objects.requireNonNull(model, "model");
        Pass pass = new Pass(snapshot, model);
        Hidden hidden = new Hidden(snapshot);
        int[] all = snapshot.nodes(NodeKind.TEAM);
        List<TeamLoadRemoved> teams = new ArrayList<>();
        for (int from = 0; from < all.length; from += Long.SIZE) {
            int to = Math.min(all.length, from + Long.SIZE);
            hidden.measure(all, from, to);
            for (int t = from; t < to; t++) {
                TeamLoadRemoved load = pass.team(all[t], hidden, t - from);
                if (load != null) {
                    teams.add(load);
                }
            }
        }
        teams.sort(BY_HANDLED);
        return teams;
    }

    /** Every platform, highest net load removed first (ties by key). */
    public static List<PlatformLoadRemoved> platforms(LandscapeSnapshot snapshot, LoadRemovedModel model) {
        Objects.requireNonNull(model, "model");
        Pass pass = new Pass(snapshot, model);
        pass.measureBelow();
        List<PlatformLoadRemoved> platforms = new ArrayList<>();
        for (int platform : snapshot.nodes(NodeKind.PLATFORM)) {
            platforms.add(pass.platform(platform));
        }
        platforms.sort(BY_NET);
        return platforms;
    }

    /** Lookup tables and stamp arrays shared by one call. */
    private static final class Pass {

        private final LandscapeSnapshot s;
        private final LoadRemovedModel model;
        private final Adjacency owns;
        private final Adjacency owners;
        private final Adjacency provides;
        private final Adjacency providers;
        private final Adjacency dependsOn;
        private final Adjacency consumes;
        private final Adjacency consumedBy;
        private final double[] modeWeight;
        private final double[] lifecycleFactor;
        private final int[] seenCapability;
        private final int[] seenPlatform;
        private final int[] seenTeam;
        private final int[] visited;
        private final int[] queue;
        private final int[] depth;
        private final int[] consumedCount;
        private final int[] below;
        private int stamp;

        Pass(LandscapeSnapshot snapshot, LoadRemovedModel model) {
            this.s = snapshot;
            this.model = model;
            owns = snapshot.out(EdgeType.OWNS);
            owners = snapshot.in(EdgeType.OWNS);
            provides = snapshot.out(EdgeType.PROVIDES);
            providers = snapshot.in(EdgeType.PROVIDES);
            dependsOn = snapshot.out(EdgeType.DEPENDS_ON);
            consumes = snapshot.out(EdgeType.CONSUMES);
            consumedBy = snapshot.in(EdgeType.CONSUMES);
            modeWeight = OrdinalWeights.of(InteractionMode.values(), model.modeWeights());
            lifecycleFactor = OrdinalWeights.of(Lifecycle.values(), model.lifecycleFactors());
            int n = snapshot.nodeCount();
            seenCapability = new int[n];
            seenPlatform = new int[n];
            seenTeam = new int[n];
            visited = new int[n];
            queue = new int[n];
            depth = new int[n];
            consumedCount = new int[n];
            below = new int[n];
            java.util.Arrays.fill(below, -1);
        }

        @Nullable
        TeamLoadRemoved team(int team, Hidden hiddenBelow, int bit) {
            int mark = ++stamp;
            int consumptions = 0;
            double weighted = 0;
            int capabilities = 0;
            int platforms = 0;
            int teams = 0;
            int collaborations = 0;
            for (int o = owns.start(team); o < owns.end(team); o++) {
                int consumer = owns.target(o);
                if (!s.is(consumer, NodeKind.CONSUMER)) {
                    continue;
                }
                for (int c = consumes.start(consumer); c < consumes.end(consumer); c++) {
                    int capability = consumes.target(c);
                    InteractionMode mode = s.consumptionMode(consumes.edge(c));
                    consumptions++;
                    weighted +=
                            modeWeight[ordinalPlusOne(mode)] * lifecycleFactor[ordinalPlusOne(s.lifecycle(capability))];
                    if (mode == InteractionMode.COLLABORATION) {
                        collaborations++;
                    }
                    if (seenCapability[capability] != mark) {
                        seenCapability[capability] = mark;
                        capabilities++;
                        for (int p = providers.start(capability); p < providers.end(capability); p++) {
                            int platform = providers.target(p);
                            if (seenPlatform[platform] != mark) {
                                seenPlatform[platform] = mark;
                                platforms++;
                                for (int w = owners.start(platform); w < owners.end(platform); w++) {
                                    int other = owners.target(w);
                                    if (other != team && seenTeam[other] != mark) {
                                        seenTeam[other] = mark;
                                        teams++;
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if (consumptions == 0) {
                return null;
            }
            int hidden = hiddenBelow.count(bit);
            List<LayerCount> layers = hiddenBelow.byLayer(bit);
            double handled = weighted * model.consumptionWeight()
                    + platforms * model.platformWeight()
                    + teams * model.teamWeight()
                    + collaborations * model.collaborationWeight();
            double hiddenLoad = hidden * model.hiddenWeight();
            double total = hiddenLoad + handled;
            return new TeamLoadRemoved(
                    s.key(team),
                    s.name(team),
                    consumptions,
                    weighted,
                    capabilities,
                    platforms,
                    teams,
                    collaborations,
                    handled,
                    hidden,
                    layers,
                    hiddenLoad,
                    total == 0 ? 0 : hiddenLoad / total);
        }

        PlatformLoadRemoved platform(int platform) {
            int mark = ++stamp;
            int consumingTeams = 0;
            int selfService = 0;
            long hiddenBehind = 0;
            int collaborations = 0;
            int churn = 0;
            int exposed = 0;
            for (int p = provides.start(platform); p < provides.end(platform); p++) {
                int capability = provides.target(p);
                Lifecycle lifecycle = s.lifecycle(capability);
                boolean churning = lifecycle == Lifecycle.BETA
                        || lifecycle == Lifecycle.DEPRECATED
                        || lifecycle == Lifecycle.RETIRED;
                for (int c = consumedBy.start(capability); c < consumedBy.end(capability); c++) {
                    int consumer = consumedBy.target(c);
                    InteractionMode mode = s.consumptionMode(consumedBy.edge(c));
                    if (mode == InteractionMode.X_AS_A_SERVICE) {
                        selfService++;
                        hiddenBehind += below(capability);
                    } else if (mode == InteractionMode.COLLABORATION) {
                        collaborations++;
                    }
                    if (churning) {
                        churn++;
                    }
                    for (int w = owners.start(consumer); w < owners.end(consumer); w++) {
                        int team = owners.target(w);
                        if (seenTeam[team] != mark) {
                            seenTeam[team] = mark;
                            consumingTeams++;
                        }
                    }
                    exposed += exposed(platform, consumer, capability);
                }
            }
            double removed = hiddenBehind * model.hiddenWeight();
            double added = collaborations * model.collaborationWeight()
                    + churn * model.churnWeight()
                    + exposed * model.exposedWeight();
            return new PlatformLoadRemoved(
                    s.key(platform),
                    s.name(platform),
                    consumingTeams,
                    selfService,
                    hiddenBehind,
                    removed,
                    collaborations,
                    churn,
                    exposed,
                    added,
                    removed - added);
        }

        /**
         * Paths {@code capability -DEPENDS_ON-> d <-CONSUMES- consumer} with {@code d} not provided by
         * {@code platform}.
         */
        private int exposed(int platform, int consumer, int capability) {
            if (dependsOn.start(capability) == dependsOn.end(capability)) {
                return 0;
            }
            for (int c = consumes.start(consumer); c < consumes.end(consumer); c++) {
                consumedCount[consumes.target(c)] = 0;
            }
            for (int c = consumes.start(consumer); c < consumes.end(consumer); c++) {
                consumedCount[consumes.target(c)]++;
            }
            int paths = 0;
            for (int d = dependsOn.start(capability); d < dependsOn.end(capability); d++) {
                int dependency = dependsOn.target(d);
                if (consumedCount[dependency] > 0 && !providedBy(dependency, platform)) {
                    paths += consumedCount[dependency];
                }
            }
            for (int c = consumes.start(consumer); c < consumes.end(consumer); c++) {
                consumedCount[consumes.target(c)] = 0;
            }
            return paths;
        }

        private boolean providedBy(int capability, int platform) {
            for (int p = providers.start(capability); p < providers.end(capability); p++) {
                if (providers.target(p) == platform) {
                    return true;
                }
            }
            return false;
        }

        /**
         * {@link #below(int)} of every capability consumed as X_AS_A_SERVICE, 64 at a time with one bit-parallel
         * search each.
         */
        void measureBelow() {
            IntBuffer consumed = new IntBuffer();
            for (int capability : s.nodes(NodeKind.CAPABILITY)) {
                for (int c = consumedBy.start(capability); c < consumedBy.end(capability); c++) {
                    if (s.consumptionMode(consumedBy.edge(c)) == InteractionMode.X_AS_A_SERVICE) {
                        consumed.add(capability);
                        break;
                    }
                }
            }
            Hidden search = new Hidden(s);
            for (int from = 0; from < consumed.size; from += Long.SIZE) {
                int to = Math.min(consumed.size, from + Long.SIZE);
                search.measureBelow(consumed.values, from, to);
                for (int t = from; t < to; t++) {
                    below[consumed.values[t]] = search.count(t - from);
                }
            }
        }

        /** Distinct capabilities 1 to MAX_DEPTH DEPENDS_ON hops below {@code capability}, itself excluded. */
        private int below(int capability) {
            if (below[capability] >= 0) {
                return below[capability];
            }
            int mark = ++stamp;
            visited[capability] = mark;
            depth[capability] = 0;
            queue[0] = capability;
            int tail = 1;
            int count = 0;
            for (int head = 0; head < tail; head++) {
                int node = queue[head];
                if (depth[node] == LoadRemovedModel.MAX_DEPTH) {
                    continue;
                }
                for (int d = dependsOn.start(node); d < dependsOn.end(node); d++) {
                    int next = dependsOn.target(d);
                    if (visited[next] != mark) {
                        visited[next] = mark;
                        depth[next] = depth[node] + 1;
                        queue[tail++] = next;
                        count++;
                    }
                }
            }
            below[capability] = count;
            return count;
        }

        private static int ordinalPlusOne(@Nullable Enum<?> constant) {
            return constant == null ? 0 : constant.ordinal() + 1;
        }
    }
}
