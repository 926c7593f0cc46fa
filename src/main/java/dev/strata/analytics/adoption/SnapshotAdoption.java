package dev.strata.analytics.adoption;

import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.graph.UnknownNodeException;
import dev.strata.model.EdgeType;
import dev.strata.model.Lifecycle;
import dev.strata.model.NodeKind;
import dev.strata.model.TeamType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Enabling value-stream metrics from the in-memory snapshot, with the semantics of
 * cypher/analytics/capability-adoption.cypher, platform-adoption.cypher, team-adoption.cypher and, for the quarterly
 * trends, adoption-events.cypher (which stay the reference it is tested against). Per capability, platform or team
 * one pass over the consumptions of its capabilities; distinct counts use stamp arrays. Stateless.
 */
public final class SnapshotAdoption {

    private static final Comparator<CapabilityAdoption> CAPABILITY_ORDER = Comparator.comparingDouble(
                    CapabilityAdoption::adoptionRate)
            .reversed()
            .thenComparing(CapabilityAdoption::capabilityKey);
    private static final Comparator<PlatformAdoption> PLATFORM_ORDER = Comparator.comparingDouble(
                    PlatformAdoption::adoptionRate)
            .reversed()
            .thenComparing(PlatformAdoption::platformKey);
    private static final Comparator<TeamAdoption> TEAM_ORDER =
            Comparator.comparingDouble(TeamAdoption::adoptionRate).reversed().thenComparing(TeamAdoption::teamKey);

    private SnapshotAdoption() {}

    /** Every capability, highest adoption rate first (ties by key). */
    public static List<CapabilityAdoption> capabilities(LandscapeSnapshot snapshot) {
        return ranked(snapshot, NodeKind.CAPABILITY, (pass, node) -> true, Pass::capability, CAPABILITY_ORDER);
    }

    /** @throws UnknownNodeException when no capability has the key */
    public static CapabilityAdoption capability(LandscapeSnapshot snapshot, String key) {
        return new Pass(snapshot).capability(find(snapshot, NodeKind.CAPABILITY, key));
    }

    /** Every platform, highest adoption rate first (ties by key). */
    public static List<PlatformAdoption> platforms(LandscapeSnapshot snapshot) {
        return ranked(snapshot, NodeKind.PLATFORM, (pass, node) -> true, Pass::platform, PLATFORM_ORDER);
    }

    /** @throws UnknownNodeException when no platform has the key */
    public static PlatformAdoption platform(LandscapeSnapshot snapshot, String key) {
        return new Pass(snapshot).platform(find(snapshot, NodeKind.PLATFORM, key));
    }

    /** Every team owning at least one platform, highest adoption rate first (ties by key). */
    public static List<TeamAdoption> platformTeams(LandscapeSnapshot snapshot) {
        return ranked(snapshot, NodeKind.TEAM, (pass, team) -> pass.platformsOf(team) > 0, Pass::team, TEAM_ORDER);
    }

    /**
     * One team, with zeros when it owns no platform.
     *
     * @throws UnknownNodeException when no team has the key
     */
    public static TeamAdoption platformTeam(LandscapeSnapshot snapshot, String key) {
        return new Pass(snapshot).team(find(snapshot, NodeKind.TEAM, key));
    }

    /** One row per node of the kind that passes the filter, in the given order; one pass's tables serve them all. */
    private static <T> List<T> ranked(
            LandscapeSnapshot snapshot,
            NodeKind kind,
            BiPredicate<Pass, Integer> include,
            BiFunction<Pass, Integer, T> row,
            Comparator<T> order) {
        Pass pass = new Pass(snapshot);
        List<T> rows = new ArrayList<>();
        for (int node : snapshot.nodes(kind)) {
            if (include.test(pass, node)) {
                rows.add(row.apply(pass, node));
            }
        }
        rows.sort(order);
        return rows;
    }

    private static int find(LandscapeSnapshot snapshot, NodeKind kind, String key) {
        int node = snapshot.indexOf(kind, key);
        if (node < 0) {
            throw new UnknownNodeException(kind, key);
        }
        return node;
    }

    static double rate(int adopting, int all) {
        return all == 0 ? 0.0 : (double) adopting / all;
    }

    /** Lookup tables and stamp arrays shared by the rows of one call. */
    private static final class Pass {

        private final LandscapeSnapshot s;
        private final Adjacency consumedBy;
        private final Adjacency provides;
        private final Adjacency owns;
        private final int streamAligned;
        private final QuarterlyTrend trend;
        private final int[] seenCapability;
        private final int[] seenConsumer;
        private final int[] seenTeam;
        private int stamp;

        Pass(LandscapeSnapshot snapshot) {
            this.s = snapshot;
            consumedBy = snapshot.in(EdgeType.CONSUMES);
            provides = snapshot.out(EdgeType.PROVIDES);
            owns = snapshot.out(EdgeType.OWNS);
            int teams = 0;
            for (int team : snapshot.nodes(NodeKind.TEAM)) {
                if (snapshot.teamType(team) == TeamType.STREAM_ALIGNED) {
                    teams++;
                }
            }
            streamAligned = teams;
            trend = new QuarterlyTrend(snapshot, latestSince(snapshot), streamAligned);
            int n = snapshot.nodeCount();
            seenCapability = new int[n];
            seenConsumer = new int[n];
            seenTeam = new int[n];
        }

        private static int latestSince(LandscapeSnapshot snapshot) {
            int latest = Integer.MIN_VALUE;
            Adjacency consumes = snapshot.out(EdgeType.CONSUMES);
            for (int p = 0; p < consumes.size(); p++) {
                latest = Math.max(latest, snapshot.consumedSinceDay(p));
            }
            return latest;
        }

        CapabilityAdoption capability(int c) {
            Totals totals = new Totals();
            stamp++;
            totals.add(c);
            Lifecycle lifecycle = s.lifecycle(c);
            int platform = s.providerOf(c);
            int owner = platform < 0 ? -1 : s.ownerOf(platform);
            LocalDate gaDate = s.gaDate(c);
            Long days = gaDate == null || totals.firstUse == Integer.MIN_VALUE
                    ? null
                    : (long) totals.firstUse - gaDate.toEpochDay();
            Double target = s.sloTarget(c);
            Double attainment = s.sloAttainment(c);
            return new CapabilityAdoption(
                    s.key(c),
                    s.name(c),
                    lifecycle == null ? null : lifecycle.name(),
                    key(platform),
                    key(owner),
                    totals.consumers,
                    totals.adoptingTeams,
                    streamAligned,
                    rate(totals.adoptingTeams, streamAligned),
                    gaDate,
                    date(totals.firstUse),
                    days,
                    totals.deprecatedButUsed,
                    target,
                    attainment,
                    target == null || attainment == null ? null : attainment >= target,
                    s.compliant(c),
                    trend.of(new int[] {c}));
        }

        PlatformAdoption platform(int p) {
            stamp++;
            Totals totals = new Totals();
            int[] capabilities = neighbours(provides, p);
            for (int c : capabilities) {
                totals.add(c);
            }
            return new PlatformAdoption(
                    s.key(p),
                    s.name(p),
                    key(s.ownerOf(p)),
                    totals.capabilities,
                    totals.consumers,
                    totals.adoptingTeams,
                    streamAligned,
                    rate(totals.adoptingTeams, streamAligned),
                    date(totals.firstUse),
                    totals.meanDaysToFirstUse(),
                    totals.deprecatedButUsed,
                    totals.withSlo,
                    totals.meetingSlo,
                    share(totals.meetingSlo, totals.withSlo),
                    totals.withCompliance,
                    totals.compliant,
                    share(totals.compliant, totals.withCompliance),
                    trend.of(capabilities));
        }

        int platformsOf(int team) {
            int platforms = 0;
            for (int o = owns.start(team); o < owns.end(team); o++) {
                if (s.is(owns.target(o), NodeKind.PLATFORM)) {
                    platforms++;
                }
            }
            return platforms;
        }

        TeamAdoption team(int t) {
            stamp++;
            Totals totals = new Totals();
            List<Integer> capabilities = new ArrayList<>();
            for (int o = owns.start(t); o < owns.end(t); o++) {
                int platform = owns.target(o);
                if (s.is(platform, NodeKind.PLATFORM)) {
                    for (int c : neighbours(provides, platform)) {
                        if (totals.add(c)) {
                            capabilities.add(c);
                        }
                    }
                }
            }
            TeamType type = s.teamType(t);
            return new TeamAdoption(
                    s.key(t),
                    s.name(t),
                    type == null ? null : type.name(),
                    platformsOf(t),
                    totals.capabilities,
                    totals.consumers,
                    totals.adoptingTeams,
                    streamAligned,
                    rate(totals.adoptingTeams, streamAligned),
                    date(totals.firstUse),
                    totals.meanDaysToFirstUse(),
                    totals.deprecatedButUsed,
                    totals.withSlo,
                    totals.meetingSlo,
                    share(totals.meetingSlo, totals.withSlo),
                    totals.withCompliance,
                    totals.compliant,
                    share(totals.compliant, totals.withCompliance),
                    trend.of(capabilities.stream().mapToInt(Integer::intValue).toArray()));
        }

        /** The figures over a set of distinct capabilities (added one by one under the current stamp). */
        private final class Totals {
            int capabilities;
            int consumers;
            int adoptingTeams;
            int firstUse = Integer.MIN_VALUE;
            long daysSum;
            int daysCount;
            int deprecatedButUsed;
            int withSlo;
            int meetingSlo;
            int withCompliance;
            int compliant;

            /** Adds a capability once; false when it was added before. */
            boolean add(int c) {
                if (seenCapability[c] == stamp) {
                    return false;
                }
                seenCapability[c] = stamp;
                capabilities++;
                int first = Integer.MIN_VALUE;
                for (int p = consumedBy.start(c), end = consumedBy.end(c); p < end; p++) {
                    int consumer = consumedBy.target(p);
                    int since = s.consumedSinceDay(consumedBy.edge(p));
                    if (since != Integer.MIN_VALUE && (first == Integer.MIN_VALUE || since < first)) {
                        first = since;
                    }
                    if (seenConsumer[consumer] != stamp) {
                        seenConsumer[consumer] = stamp;
                        consumers++;
                    }
                    int team = s.ownerOf(consumer);
                    if (team >= 0 && seenTeam[team] != stamp && s.teamType(team) == TeamType.STREAM_ALIGNED) {
                        seenTeam[team] = stamp;
                        adoptingTeams++;
                    }
                }
                if (first != Integer.MIN_VALUE && (firstUse == Integer.MIN_VALUE || first < firstUse)) {
                    firstUse = first;
                }
                LocalDate gaDate = s.gaDate(c);
                if (gaDate != null && first != Integer.MIN_VALUE) {
                    daysSum += first - gaDate.toEpochDay();
                    daysCount++;
                }
                if (s.deprecatedOrRetired(c) && consumedBy.degree(c) > 0) {
                    deprecatedButUsed++;
                }
                Double target = s.sloTarget(c);
                Double attainment = s.sloAttainment(c);
                if (target != null && attainment != null) {
                    withSlo++;
                    if (attainment >= target) {
                        meetingSlo++;
                    }
                }
                Boolean assessed = s.compliant(c);
                if (assessed != null) {
                    withCompliance++;
                    if (assessed) {
                        compliant++;
                    }
                }
                return true;
            }

            @Nullable
            Double meanDaysToFirstUse() {
                return daysCount == 0 ? null : (double) daysSum / daysCount;
            }
        }

        private int[] neighbours(Adjacency adjacency, int node) {
            int[] nodes = new int[adjacency.degree(node)];
            for (int i = 0; i < nodes.length; i++) {
                nodes[i] = adjacency.target(adjacency.start(node) + i);
            }
            return nodes;
        }

        private @Nullable String key(int node) {
            return node < 0 ? null : s.key(node);
        }
    }

    private static @Nullable LocalDate date(int day) {
        return day == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
    }

    private static @Nullable Double share(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
