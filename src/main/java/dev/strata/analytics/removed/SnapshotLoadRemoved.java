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
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Computes {@link TeamLoadRemoved} and {@link PlatformLoadRemoved} from a {@link LandscapeSnapshot} with the
 * semantics of cypher/analytics/team-load-removed.cypher and platform-load-removed.cypher (the references): counts are
 * of the paths the queries match, distinct counts with int stamp arrays. Hidden capabilities come from bounded
 * breadth-first searches seeded with everything a team consumes as a service, {@link Hidden#SEEDS} teams per search
 * (see {@link Hidden}); a platform's hidden-behind counts from one search per capability consumed as a service,
 * through a {@link Reach} that takes the closures of popular capabilities whole. The exposed dependencies are counted
 * in one pass over every consumer's consumptions. Stateless.
 */
public final class SnapshotLoadRemoved {

    private static final Comparator<TeamLoadRemoved> BY_HANDLED =
            Comparator.comparingDouble(TeamLoadRemoved::handledLoad).reversed().thenComparing(TeamLoadRemoved::teamKey);
    private static final Comparator<PlatformLoadRemoved> BY_NET = Comparator.comparingDouble(
                    PlatformLoadRemoved::netLoad)
            .reversed()
            .thenComparing(PlatformLoadRemoved::platformKey);

    /** Bounds the threads one call occupies, whatever the machine. */
    private static final int MOST_PARTS = 4;

    private SnapshotLoadRemoved() {}

    /** Every team owning a consumer that consumes something, most load handled first (ties by key). */
    public static List<TeamLoadRemoved> teams(LandscapeSnapshot snapshot, LoadRemovedModel model) {
        Objects.requireNonNull(model, "model");
        int[] consuming = consumingTeams(snapshot);
        int parts = parts(consuming.length, Hidden.SEEDS / 4);
        List<TeamLoadRemoved> teams = new ArrayList<>(consuming.length);
        IntStream.range(0, parts)
                .parallel()
                .mapToObj(part -> {
                    Pass pass = new Pass(snapshot, model);
                    Hidden hidden = new Hidden(snapshot);
                    int end = (int) ((long) (part + 1) * consuming.length / parts);
                    List<TeamLoadRemoved> rows = new ArrayList<>();
                    for (int from = (int) ((long) part * consuming.length / parts); from < end; from += Hidden.SEEDS) {
                        int to = Math.min(end, from + Hidden.SEEDS);
                        hidden.measure(consuming, from, to);
                        for (int t = from; t < to; t++) {
                            rows.add(pass.team(consuming[t], hidden, t - from));
                        }
                    }
                    return rows;
                })
                .toList()
                .forEach(teams::addAll);
        teams.sort(BY_HANDLED);
        return teams;
    }

    /**
     * Into how many parts to split {@code work} items, each part at least {@code least} items: one per processor, at
     * most {@link #MOST_PARTS}. The parts run on the common fork-join pool (the caller's thread takes part), each with
     * its own buffers; results are joined in part order and sorted by a total order, so they never depend on it.
     */
    static int parts(int work, int least) {
        int processors = Runtime.getRuntime().availableProcessors();
        return Math.max(1, Math.min(Math.min(processors, MOST_PARTS), work / least));
    }

    /** Capabilities consumed as X_AS_A_SERVICE at least once. */
    private static IntBuffer consumedAsAService(LandscapeSnapshot snapshot) {
        Adjacency consumedBy = snapshot.in(EdgeType.CONSUMES);
        IntBuffer consumed = new IntBuffer();
        for (int capability : snapshot.nodes(NodeKind.CAPABILITY)) {
            for (int c = consumedBy.start(capability); c < consumedBy.end(capability); c++) {
                if (snapshot.consumptionMode(consumedBy.edge(c)) == InteractionMode.X_AS_A_SERVICE) {
                    consumed.add(capability);
                    break;
                }
            }
        }
        return consumed;
    }

    /** Teams owning a consumer that consumes something: the others have no row, and no search is spent on them. */
    private static int[] consumingTeams(LandscapeSnapshot snapshot) {
        Adjacency owns = snapshot.out(EdgeType.OWNS);
        Adjacency consumes = snapshot.out(EdgeType.CONSUMES);
        IntBuffer consuming = new IntBuffer();
        for (int team : snapshot.nodes(NodeKind.TEAM)) {
            for (int o = owns.start(team); o < owns.end(team); o++) {
                int owned = owns.target(o);
                if (snapshot.is(owned, NodeKind.CONSUMER) && consumes.degree(owned) > 0) {
                    consuming.add(team);
                    break;
                }
            }
        }
        return java.util.Arrays.copyOf(consuming.values, consuming.size);
    }

    /** Every platform, highest net load removed first (ties by key). */
    public static List<PlatformLoadRemoved> platforms(LandscapeSnapshot snapshot, LoadRemovedModel model) {
        Objects.requireNonNull(model, "model");
        Pass pass = new Pass(snapshot, model);
        pass.measureBelow();
        pass.measureExposed();
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
        private final int[] consumedCount;
        private final int[] below;
        private final int[] exposedBy;
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
            consumedCount = new int[n];
            below = new int[n];
            exposedBy = new int[n];
        }

        /** The load of a team that consumes something, its hidden capabilities being seed {@code seed}. */
        TeamLoadRemoved team(int team, Hidden hiddenBelow, int seed) {
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
            int hidden = hiddenBelow.count(seed);
            List<LayerCount> layers = hiddenBelow.byLayer(seed);
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
                        hiddenBehind += below[capability];
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
                }
            }
            int exposed = exposedBy[platform];
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
         * For every platform, the paths {@code platform -PROVIDES-> capability <-CONSUMES- consumer} then
         * {@code capability -DEPENDS_ON-> d <-CONSUMES- consumer} with {@code d} not provided by the platform: one
         * pass per consumer over its own consumptions, each counted in {@code consumedCount} once.
         */
        void measureExposed() {
            for (int consumer : s.nodes(NodeKind.CONSUMER)) {
                int first = consumes.start(consumer);
                int last = consumes.end(consumer);
                for (int c = first; c < last; c++) {
                    consumedCount[consumes.target(c)]++;
                }
                for (int c = first; c < last; c++) {
                    int capability = consumes.target(c);
                    for (int d = dependsOn.start(capability); d < dependsOn.end(capability); d++) {
                        int dependency = dependsOn.target(d);
                        int paths = consumedCount[dependency];
                        if (paths == 0) {
                            continue;
                        }
                        for (int p = providers.start(capability); p < providers.end(capability); p++) {
                            int platform = providers.target(p);
                            if (!providedBy(dependency, platform)) {
                                exposedBy[platform] += paths;
                            }
                        }
                    }
                }
                for (int c = first; c < last; c++) {
                    consumedCount[consumes.target(c)] = 0;
                }
            }
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
         * {@code below[capability]}, for every capability consumed as X_AS_A_SERVICE: the distinct capabilities 1
         * to MAX_DEPTH DEPENDS_ON hops below it, itself excluded (see {@link Below}).
         */
        void measureBelow() {
            IntBuffer consumed = consumedAsAService(s);
            Reach shared = new Reach(s, consumed.values, consumed.size);
            int parts = parts(consumed.size, 1024);
            IntStream.range(0, parts).parallel().forEach(part -> {
                Reach reach = part == 0 ? shared : new Reach(shared);
                int end = (int) ((long) (part + 1) * consumed.size / parts);
                for (int i = (int) ((long) part * consumed.size / parts); i < end; i++) {
                    int capability = consumed.values[i];
                    below[capability] = reach.below(reach.dense[capability]);
                }
            });
        }

        private static int ordinalPlusOne(@Nullable Enum<?> constant) {
            return constant == null ? 0 : constant.ordinal() + 1;
        }
    }
}
