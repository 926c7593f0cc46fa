package dev.strata.analytics.api;

import dev.strata.analytics.load.CognitiveLoadBand;
import dev.strata.analytics.load.CognitiveLoadDistribution;
import dev.strata.analytics.load.CognitiveLoadModel;
import dev.strata.analytics.load.SnapshotCognitiveLoad;
import dev.strata.analytics.load.TeamCognitiveLoad;
import dev.strata.graphql.LandscapeNode;
import dev.strata.history.AsOf;
import dev.strata.history.HistoricalSnapshots;
import dev.strata.model.NodeKind;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Team cognitive load, computed from the in-memory snapshot with the configured model. */
@Controller
class CognitiveLoadController {

    private final HistoricalSnapshots snapshots;
    private final CognitiveLoadModel model;
    private final NodeBatches nodes;

    CognitiveLoadController(HistoricalSnapshots snapshots, CognitiveLoadModel model, NodeBatches nodes) {
        this.snapshots = snapshots;
        this.model = model;
        this.nodes = nodes;
    }

    @QueryMapping
    List<TeamCognitiveLoad> cognitiveLoad(
            @Argument @Nullable CognitiveLoadBand band,
            @Argument @Nullable AsOf asOf,
            @Argument @Nullable Integer first,
            @Argument int offset) {
        List<TeamCognitiveLoad> teams = SnapshotCognitiveLoad.allTeams(snapshots.snapshot(asOf), model).stream()
                .filter(load -> band == null || load.band() == band)
                .toList();
        return ListWindow.of(teams, first, offset);
    }

    @QueryMapping
    CognitiveLoadDistribution cognitiveLoadDistribution(@Argument @Nullable AsOf asOf) {
        return CognitiveLoadDistribution.of(SnapshotCognitiveLoad.allTeams(snapshots.snapshot(asOf), model));
    }

    @QueryMapping
    TeamCognitiveLoad teamCognitiveLoad(@Argument String teamKey, @Argument @Nullable AsOf asOf) {
        return SnapshotCognitiveLoad.team(snapshots.snapshot(asOf), model, teamKey);
    }

    @BatchMapping(typeName = "TeamCognitiveLoad", field = "team")
    Map<TeamCognitiveLoad, LandscapeNode> team(List<TeamCognitiveLoad> loads) {
        return nodes.one(loads, load -> NodeBatches.ref(NodeKind.TEAM, load.teamKey()));
    }
}
