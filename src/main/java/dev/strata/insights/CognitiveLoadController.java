package dev.strata.insights;

import dev.strata.analytics.load.CognitiveLoadBand;
import dev.strata.analytics.load.CognitiveLoadEngine;
import dev.strata.analytics.load.CognitiveLoadModel;
import dev.strata.analytics.load.SnapshotCognitiveLoad;
import dev.strata.analytics.load.TeamCognitiveLoad;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Team cognitive load queries, computed from the in-memory snapshot with the configured model (the Cypher
 * {@link CognitiveLoadEngine} stays the reference the snapshot computation is tested against).
 */
@Controller
class CognitiveLoadController {

    private final LandscapeSnapshots snapshots;
    private final CognitiveLoadModel model;

    CognitiveLoadController(LandscapeSnapshots snapshots, CognitiveLoadEngine engine) {
        this.snapshots = snapshots;
        this.model = engine.model();
    }

    @QueryMapping
    List<TeamCognitiveLoad> cognitiveLoad(@Argument @Nullable CognitiveLoadBand band) {
        return SnapshotCognitiveLoad.allTeams(snapshots.current(), model).stream()
                .filter(load -> band == null || load.band() == band).toList();
    }

    @QueryMapping
    TeamCognitiveLoad teamCognitiveLoad(@Argument String teamKey) {
        return SnapshotCognitiveLoad.team(snapshots.current(), model, teamKey);
    }
}
