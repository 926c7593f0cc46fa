package dev.strata.analytics.api;

import dev.strata.analytics.api.MapRanking.Badge;
import dev.strata.analytics.api.MapRanking.Band;
import dev.strata.analytics.api.MapRanking.MapPlatform;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.load.CognitiveLoadModel;
import dev.strata.analytics.load.SnapshotCognitiveLoad;
import dev.strata.analytics.risk.SinglePointsOfFailureAnalysis;
import dev.strata.analytics.snapshot.SnapshotMemo;
import dev.strata.graphql.InvalidArgumentException;
import dev.strata.history.AsOf;
import dev.strata.history.HistoricalSnapshots;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.landscapeMap}: the platform boxes of the landscape map chosen on the server, per band the most
 * at-risk and largest platforms with their badge counts, so a browser never pulls every platform of a large landscape.
 * Everything comes from the in-memory snapshot (no Cypher): the {@link MapRanking} of a snapshot is built once.
 */
@Controller
class LandscapeMapController {

    static final int MAX_PER_BAND = 100;
    static final int MAX_ALL_WHEN_AT_MOST = 1000;
    private static final Object RANKING_LOCK = new Object();

    private final HistoricalSnapshots snapshots;
    private final SnapshotMemo memo;
    private final CognitiveLoadModel model;

    LandscapeMapController(HistoricalSnapshots snapshots, SnapshotMemo memo, CognitiveLoadModel model) {
        this.snapshots = snapshots;
        this.memo = memo;
        this.model = model;
    }

    @QueryMapping
    LandscapeMap landscapeMap(@Argument @Nullable MapWindow window, @Argument @Nullable AsOf asOf) {
        MapWindow checked = MapWindow.checked(window);
        return new LandscapeMap(ranking(memo, model, snapshots.snapshot(asOf)), checked);
    }

    @SchemaMapping(typeName = "LandscapeMap")
    int platformCount(LandscapeMap map) {
        return map.ranking().platformCount();
    }

    @SchemaMapping(typeName = "LandscapeMap")
    int capabilityCount(LandscapeMap map) {
        return map.ranking().capabilityCount();
    }

    @SchemaMapping(typeName = "LandscapeMap")
    int unplacedCapabilityCount(LandscapeMap map) {
        return map.ranking().unplacedCapabilityCount();
    }

    @SchemaMapping(typeName = "LandscapeMap")
    boolean whole(LandscapeMap map) {
        return map.ranking().whole(map.window().allWhenAtMost());
    }

    @SchemaMapping(typeName = "LandscapeMap")
    List<MapBand> bands(LandscapeMap map, @Argument @Nullable String layer) {
        return map.ranking().bands().stream()
                .filter(band -> layer == null || band.key().equals(layer))
                .map(band -> new MapBand(
                        band,
                        map.ranking()
                                .shownOf(
                                        band,
                                        map.window().perBand(),
                                        map.window().allWhenAtMost())))
                .toList();
    }

    @SchemaMapping(typeName = "MapBand")
    String key(MapBand band) {
        return band.band().key();
    }

    @SchemaMapping(typeName = "MapBand")
    String name(MapBand band) {
        return band.band().name();
    }

    @SchemaMapping(typeName = "MapBand")
    @Nullable
    Integer rank(MapBand band) {
        return band.band().rank();
    }

    @SchemaMapping(typeName = "MapBand")
    boolean crossCutting(MapBand band) {
        return band.band().crossCutting();
    }

    @SchemaMapping(typeName = "MapBand")
    int platformCount(MapBand band) {
        return band.band().platforms().size();
    }

    @SchemaMapping(typeName = "MapBand")
    List<MapPlatform> platforms(MapBand band) {
        return band.shown();
    }

    @SchemaMapping(typeName = "MapBand")
    int moreCount(MapBand band) {
        return band.band().platforms().size() - band.shown().size();
    }

    @SchemaMapping(typeName = "MapBand")
    int moreCapabilityCount(MapBand band) {
        return band.band().capabilityCount()
                - band.shown().stream().mapToInt(MapPlatform::capabilityCount).sum();
    }

    @SchemaMapping(typeName = "MapBand")
    List<MapPlatform> more(MapBand band, @Argument @Nullable Integer first, @Argument int offset) {
        List<MapPlatform> all = band.band().platforms();
        return ListWindow.of(all.subList(band.shown().size(), all.size()), first, offset);
    }

    @SchemaMapping(typeName = "MapPlatform")
    int riskCount(MapPlatform platform) {
        return platform.riskCount();
    }

    @SchemaMapping(typeName = "MapPlatform")
    MapBadges badges(MapPlatform platform) {
        return new MapBadges(
                platform.badge(Badge.SPOF),
                platform.badge(Badge.DEPRECATED),
                platform.badge(Badge.CYCLE),
                platform.badge(Badge.VIOLATION),
                platform.badge(Badge.UNOWNED),
                platform.badge(Badge.AMBIGUITY));
    }

    /**
     * The ranking of a snapshot, built once (shared with {@code platformDependencies(amongMap)}). The map asks for both
     * at the same time: the lock makes the second wait for the first's ranking instead of building it again.
     */
    static MapRanking ranking(SnapshotMemo memo, CognitiveLoadModel model, LandscapeSnapshot snapshot) {
        synchronized (RANKING_LOCK) {
            return memo.get(
                    snapshot,
                    "landscapeMap",
                    s -> MapRanking.of(
                            s,
                            x -> memo.get(x, "singlePointsOfFailure", SinglePointsOfFailureAnalysis::of),
                            SnapshotCognitiveLoad.allTeams(s, model)));
        }
    }

    /** The keys of the platforms {@code landscapeMap(window)} shows for this snapshot. */
    static Set<String> shown(
            SnapshotMemo memo, CognitiveLoadModel model, LandscapeSnapshot snapshot, @Nullable MapWindow window) {
        MapWindow checked = MapWindow.checked(window);
        return ranking(memo, model, snapshot).shown(checked.perBand(), checked.allWhenAtMost());
    }

    /** The {@code MapWindow} input: boxes per band, and up to how many platforms the map shows all of them. */
    record MapWindow(@Nullable Integer perBand, @Nullable Integer allWhenAtMost) {

        static final int DEFAULT_PER_BAND = 8;

        /** The window with its defaults filled in, its bounds checked. */
        static MapWindow checked(@Nullable MapWindow window) {
            int perBand = window == null || window.perBand() == null ? DEFAULT_PER_BAND : window.perBand();
            int allWhenAtMost = window == null || window.allWhenAtMost() == null ? 0 : window.allWhenAtMost();
            InvalidArgumentException.requireBetween("window.perBand", perBand, 1, MAX_PER_BAND);
            InvalidArgumentException.requireBetween("window.allWhenAtMost", allWhenAtMost, 0, MAX_ALL_WHEN_AT_MOST);
            return new MapWindow(perBand, allWhenAtMost);
        }

        @Override
        public Integer perBand() {
            return perBand == null ? DEFAULT_PER_BAND : perBand;
        }

        @Override
        public Integer allWhenAtMost() {
            return allWhenAtMost == null ? 0 : allWhenAtMost;
        }
    }

    /** The answer: a snapshot's ranking seen through a window. */
    record LandscapeMap(MapRanking ranking, MapWindow window) {}

    /** One band: its layer's platforms and those with a box. */
    record MapBand(Band band, List<MapPlatform> shown) {}

    /** Badge counts of one platform. */
    record MapBadges(int spof, int deprecated, int cycle, int violation, int unowned, int ambiguity) {}
}
