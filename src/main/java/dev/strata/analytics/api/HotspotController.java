package dev.strata.analytics.api;

import dev.strata.analytics.hotspots.Hotspot;
import dev.strata.analytics.hotspots.HotspotEngine;
import dev.strata.analytics.snapshot.HotspotRanking;
import dev.strata.graphql.InvalidArgumentException;
import dev.strata.graphql.LandscapeNode;
import dev.strata.history.AsOf;
import dev.strata.history.HistoricalSnapshots;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.hotspots} and {@code Query.hotspotRanking}: the capabilities and platforms with the largest
 * downstream blast radius, from the ranking computed once per snapshot version ({@link HotspotRanking}).
 */
@Controller
class HotspotController {

    private final HotspotRanking ranking;
    private final HistoricalSnapshots history;
    private final NodeBatches nodes;

    HotspotController(HotspotRanking ranking, HistoricalSnapshots history, NodeBatches nodes) {
        this.ranking = ranking;
        this.history = history;
        this.nodes = nodes;
    }

    @QueryMapping
    List<Hotspot> hotspots(@Argument int first, @Argument @Nullable AsOf asOf) {
        if (asOf != null) {
            InvalidArgumentException.requireBetween("first", first, 1, 100);
            // A past version has no ranking computed in the background: rank it now (slow at scale M).
            return HotspotEngine.compute(history.snapshot(asOf)).top(first);
        }
        return hotspotRanking(first).hotspots();
    }

    @QueryMapping
    RankedHotspots hotspotRanking(@Argument int first) {
        InvalidArgumentException.requireBetween("first", first, 1, 100);
        HotspotRanking.Answer answer = ranking.answer();
        HotspotRanking.Ranking ranked = answer.ranking();
        return ranked == null
                ? new RankedHotspots(List.of(), null, answer.currentVersion(), false, null)
                : new RankedHotspots(
                        ranked.hotspots().top(first),
                        ranked.version(),
                        answer.currentVersion(),
                        answer.current(),
                        ranked.computedAt().atOffset(ZoneOffset.UTC));
    }

    @BatchMapping(typeName = "Hotspot", field = "node")
    Map<Hotspot, LandscapeNode> node(List<Hotspot> hotspots) {
        return nodes.one(hotspots, Hotspot::ref);
    }

    record RankedHotspots(
            List<Hotspot> hotspots,
            @Nullable Long version,
            long currentVersion,
            boolean current,
            @Nullable OffsetDateTime computedAt) {}
}
