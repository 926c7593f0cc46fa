package dev.strata.analytics.api;

import dev.strata.analytics.chains.Cycles;
import dev.strata.analytics.chains.DependencyCycle;
import dev.strata.analytics.chains.LayerViolation;
import dev.strata.analytics.chains.LayerViolations;
import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.load.CognitiveLoadBand;
import dev.strata.analytics.load.TeamCognitiveLoad;
import dev.strata.analytics.risk.CapabilitySinglePointOfFailure;
import dev.strata.analytics.risk.CategoryOffering;
import dev.strata.analytics.risk.DeprecatedInUse;
import dev.strata.analytics.risk.OwnershipAmbiguity;
import dev.strata.analytics.risk.OwnershipRisks;
import dev.strata.analytics.risk.PlatformSinglePointOfFailure;
import dev.strata.analytics.risk.ReachRisks;
import dev.strata.analytics.risk.SinglePointsOfFailureAnalysis;
import dev.strata.analytics.risk.Unowned;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the landscape map draws, per snapshot: every platform in a layer with its risk badges, each band's platforms
 * most at-risk first (most badges), then largest (most capabilities), then by name. The badges are the findings the
 * dashboard's risk model ({@code static/risk-model.js}) turns into badges, counted per platform they touch: the first
 * {@value #RISK_WINDOW} single points of failure of each kind, the deprecated capabilities among the first
 * {@value #RISK_WINDOW} deprecated uses, every cycle, layer violation and unowned item, and the offerings of ambiguous
 * categories when at most {@value #OFFERINGS_LIMIT} platforms offer them in all (at scale M thousands do, and every
 * platform would carry the badge). Built once per snapshot (memoized by the controller), so a window is a slice.
 */
final class MapRanking {

    /** The risk model's windows: the first this many single points of failure and deprecated uses. */
    static final int RISK_WINDOW = 100;
    /** Above this many offering platforms in all, ambiguous categories mark no platform (as in the risk model). */
    static final int OFFERINGS_LIMIT = 300;

    /** The badge kinds, in the order of the {@code MapBadges} fields. */
    enum Badge {
        SPOF,
        DEPRECATED,
        CYCLE,
        VIOLATION,
        UNOWNED,
        AMBIGUITY
    }

    /** A platform as the map draws it; {@code badges} holds a count per {@link Badge} ordinal. */
    record MapPlatform(
            String key, String name, int tier, @Nullable MapTeam owner, int capabilityCount, int[] badges) {

        /** All its badges: the map's at-risk order. */
        int riskCount() {
            int sum = 0;
            for (int count : badges) {
                sum += count;
            }
            return sum;
        }

        int badge(Badge badge) {
            return badges[badge.ordinal()];
        }
    }

    /** A platform's owning team with its cognitive load (null when the model does not measure it): its load badge. */
    record MapTeam(
            String key,
            String name,
            @Nullable CognitiveLoadBand loadBand,
            @Nullable Double loadIndex) {}

    /** A layer with all its platforms in the map's order. */
    record Band(String key, String name, @Nullable Integer rank, boolean crossCutting, List<MapPlatform> platforms) {

        int capabilityCount() {
            return platforms.stream().mapToInt(MapPlatform::capabilityCount).sum();
        }
    }

    private final List<Band> bands;
    private final int platformCount;
    private final int capabilityCount;
    private final int unplacedCapabilityCount;

    private MapRanking(List<Band> bands, int platformCount, int capabilityCount, int unplacedCapabilityCount) {
        this.bands = List.copyOf(bands);
        this.platformCount = platformCount;
        this.capabilityCount = capabilityCount;
        this.unplacedCapabilityCount = unplacedCapabilityCount;
    }

    List<Band> bands() {
        return bands;
    }

    int platformCount() {
        return platformCount;
    }

    int capabilityCount() {
        return capabilityCount;
    }

    int unplacedCapabilityCount() {
        return unplacedCapabilityCount;
    }

    /**
     * The ranking of a snapshot; {@code spof} gives its (memoized) single-points-of-failure analysis, {@code loads}
     * every team's cognitive load (for the owners' load badges).
     */
    static MapRanking of(
            LandscapeSnapshot s,
            Function<LandscapeSnapshot, SinglePointsOfFailureAnalysis> spof,
            List<TeamCognitiveLoad> loads) {
        Map<String, int[]> badges = badges(s, spof.apply(s));
        Map<String, TeamCognitiveLoad> loadByTeam = new HashMap<>();
        loads.forEach(load -> loadByTeam.put(load.teamKey(), load));
        Map<Integer, List<MapPlatform>> byLayer = new HashMap<>();
        Adjacency provides = s.out(EdgeType.PROVIDES);
        for (int platform : s.nodes(NodeKind.PLATFORM)) {
            int layer = s.layerOf(platform);
            if (layer < 0) {
                continue;
            }
            int owner = s.ownerOf(platform);
            String key = s.key(platform);
            byLayer.computeIfAbsent(layer, l -> new ArrayList<>())
                    .add(new MapPlatform(
                            key,
                            s.name(platform),
                            s.tier(platform),
                            owner < 0 ? null : team(s, owner, loadByTeam.get(s.key(owner))),
                            provides.degree(platform),
                            badges.getOrDefault(key, new int[Badge.values().length])));
        }
        Comparator<MapPlatform> order = Comparator.comparingInt(MapPlatform::riskCount)
                .reversed()
                .thenComparing(
                        Comparator.comparingInt(MapPlatform::capabilityCount).reversed())
                .thenComparing(MapPlatform::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(MapPlatform::key);
        List<Band> bands = new ArrayList<>();
        for (int layer : s.nodes(NodeKind.LAYER)) {
            List<MapPlatform> platforms = byLayer.getOrDefault(layer, new ArrayList<>());
            platforms.sort(order);
            int rank = s.layerRank(layer);
            boolean crossCutting = s.crossCutting(layer) || rank == LandscapeSnapshot.NO_RANK;
            bands.add(new Band(s.key(layer), s.name(layer), crossCutting ? null : rank, crossCutting, platforms));
        }
        // As `layers` lists them: ranked ones from the bottom up, then cross-cutting ones by key.
        bands.sort(Comparator.comparing(Band::crossCutting)
                .thenComparingInt(b -> b.rank() == null ? 0 : b.rank())
                .thenComparing(Band::key));
        Adjacency providers = s.in(EdgeType.PROVIDES);
        int unplaced = 0;
        for (int capability : s.nodes(NodeKind.CAPABILITY)) {
            if (providers.degree(capability) == 0) {
                unplaced++;
            }
        }
        return new MapRanking(bands, s.count(NodeKind.PLATFORM), s.count(NodeKind.CAPABILITY), unplaced);
    }

    /** Per platform key: how many findings of each badge kind touch it. */
    private static Map<String, int[]> badges(LandscapeSnapshot s, SinglePointsOfFailureAnalysis spof) {
        Map<String, int[]> badges = new HashMap<>();
        Counter count = (badge, platforms) -> {
            for (String platform : platforms) {
                badges.computeIfAbsent(platform, p -> new int[Badge.values().length])[badge.ordinal()]++;
            }
        };
        for (CapabilitySinglePointOfFailure c : spof.capabilities(RISK_WINDOW)) {
            count.add(Badge.SPOF, present(c.platformKey()));
        }
        for (PlatformSinglePointOfFailure p : spof.platforms(RISK_WINDOW)) {
            count.add(Badge.SPOF, List.of(p.platformKey()));
        }
        // Deprecated in use: one finding per capability among the first page of uses (as the risk model groups them).
        Set<String> deprecated = new LinkedHashSet<>();
        for (DeprecatedInUse use : ReachRisks.deprecatedInUse(s, ReachRisks.MAX_HOPS, null, RISK_WINDOW)
                .items()) {
            deprecated.add(use.capabilityKey());
        }
        for (String capability : deprecated) {
            count.add(Badge.DEPRECATED, platformsOf(s, List.of(capability)));
        }
        for (DependencyCycle cycle : Cycles.find(s)) {
            count.add(Badge.CYCLE, platformsOf(s, cycle.members()));
        }
        for (LayerViolation v : LayerViolations.find(s).violations()) {
            count.add(Badge.VIOLATION, platformsOf(s, List.of(v.fromCapability(), v.toCapability())));
        }
        for (Unowned u : OwnershipRisks.unowned(s)) {
            count.add(Badge.UNOWNED, present(u.platformKey()));
        }
        List<OwnershipAmbiguity> ambiguity = OwnershipRisks.ownershipAmbiguity(s);
        if (ambiguity.stream().mapToInt(OwnershipAmbiguity::platforms).sum() <= OFFERINGS_LIMIT) {
            for (OwnershipAmbiguity a : ambiguity) {
                count.add(
                        Badge.AMBIGUITY,
                        a.offerings().stream()
                                .map(CategoryOffering::platformKey)
                                .toList());
            }
        }
        return badges;
    }

    /** Whether the map shows every platform: the landscape has at most {@code allWhenAtMost} of them. */
    boolean whole(int allWhenAtMost) {
        return platformCount <= allWhenAtMost;
    }

    /** The keys of every platform the map shows for this window. */
    Set<String> shown(int perBand, int allWhenAtMost) {
        Set<String> keys = new HashSet<>();
        for (Band band : bands) {
            shownOf(band, perBand, allWhenAtMost).forEach(p -> keys.add(p.key()));
        }
        return keys;
    }

    /** A band's platforms with a box of their own for this window, in the map's order. */
    List<MapPlatform> shownOf(Band band, int perBand, int allWhenAtMost) {
        return whole(allWhenAtMost)
                ? band.platforms()
                : band.platforms().subList(0, Math.min(perBand, band.platforms().size()));
    }

    private static MapTeam team(LandscapeSnapshot s, int team, @Nullable TeamCognitiveLoad load) {
        return new MapTeam(
                s.key(team), s.name(team), load == null ? null : load.band(), load == null ? null : load.index());
    }

    /** The distinct providing platforms of these capabilities (none for a capability without one). */
    private static List<String> platformsOf(LandscapeSnapshot s, List<String> capabilities) {
        Set<String> platforms = new LinkedHashSet<>();
        for (String capability : capabilities) {
            int node = s.indexOf(NodeKind.CAPABILITY, capability);
            int platform = node < 0 ? -1 : s.providerOf(node);
            if (platform >= 0) {
                platforms.add(s.key(platform));
            }
        }
        return List.copyOf(platforms);
    }

    private static List<String> present(@Nullable String key) {
        return key == null ? List.of() : List.of(key);
    }

    @FunctionalInterface
    private interface Counter {
        void add(Badge badge, List<String> platforms);
    }
}
