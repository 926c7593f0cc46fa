package dev.strata.analytics.api;

import dev.strata.analytics.api.LandscapeMapController.MapWindow;
import dev.strata.analytics.chains.PlatformDependencies;
import dev.strata.analytics.chains.PlatformDependency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.load.CognitiveLoadModel;
import dev.strata.analytics.snapshot.SnapshotMemo;
import dev.strata.graphql.InvalidArgumentException;
import dev.strata.graphql.LandscapeNode;
import dev.strata.history.AsOf;
import dev.strata.history.HistoricalSnapshots;
import dev.strata.model.NodeKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.platformDependencies}: the platform-to-platform dependencies the landscape map draws, heaviest first,
 * optionally only those between the given platforms (the ones a map of a large landscape shows).
 */
@Controller
class PlatformDependencyController {

    private static final int MAX_FIRST = 1000;

    private final HistoricalSnapshots snapshots;
    private final NodeBatches nodes;
    private final SnapshotMemo memo;
    private final CognitiveLoadModel model;

    PlatformDependencyController(
            HistoricalSnapshots snapshots, NodeBatches nodes, SnapshotMemo memo, CognitiveLoadModel model) {
        this.snapshots = snapshots;
        this.nodes = nodes;
        this.memo = memo;
        this.model = model;
    }

    @QueryMapping
    PlatformDependencyMap platformDependencies(
            @Argument int first,
            @Argument @Nullable List<String> among,
            @Argument @Nullable MapWindow amongMap,
            @Argument @Nullable AsOf asOf) {
        InvalidArgumentException.requireBetween("first", first, 1, MAX_FIRST);
        // asOf: the dependencies as they were (the map's time slider); absent: the current snapshot, as before.
        LandscapeSnapshot snapshot = snapshots.snapshot(asOf);
        List<PlatformDependency> all = memo.get(snapshot, "platformDependencies", PlatformDependencies::find);
        if (among != null) {
            Set<String> shown = Set.copyOf(among);
            all = all.stream()
                    .filter(d -> shown.contains(d.from()) && shown.contains(d.to()))
                    .toList();
        }
        if (amongMap != null) {
            // The boxes landscapeMap(window: amongMap) draws, from the same memoized ranking: the map asks for both at
            // once.
            Set<String> shown = LandscapeMapController.shown(memo, model, snapshot, amongMap);
            all = all.stream()
                    .filter(d -> shown.contains(d.from()) && shown.contains(d.to()))
                    .toList();
        }
        int totalWeight = all.stream().mapToInt(PlatformDependency::weight).sum();
        return new PlatformDependencyMap(all.size(), totalWeight, all.subList(0, Math.min(first, all.size())));
    }

    @BatchMapping(typeName = "PlatformDependency", field = "from")
    Map<PlatformDependency, LandscapeNode> from(List<PlatformDependency> dependencies) {
        return nodes.one(dependencies, d -> NodeBatches.ref(NodeKind.PLATFORM, d.from()));
    }

    @BatchMapping(typeName = "PlatformDependency", field = "to")
    Map<PlatformDependency, LandscapeNode> to(List<PlatformDependency> dependencies) {
        return nodes.one(dependencies, d -> NodeBatches.ref(NodeKind.PLATFORM, d.to()));
    }

    /** The answer: how many dependencies (and capability dependencies) there are in all, and the first of them. */
    record PlatformDependencyMap(int totalCount, int totalWeight, List<PlatformDependency> dependencies) {}
}
