package dev.strata.insights;

import dev.strata.analytics.load.CognitiveLoadBand;
import dev.strata.analytics.load.CognitiveLoadEngine;
import dev.strata.analytics.load.TeamCognitiveLoad;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Team cognitive load queries. */
@Controller
class CognitiveLoadController {

    private final CognitiveLoadEngine engine;

    CognitiveLoadController(CognitiveLoadEngine engine) {
        this.engine = engine;
    }

    @QueryMapping
    List<TeamCognitiveLoad> cognitiveLoad(@Argument @Nullable CognitiveLoadBand band) {
        return engine.allTeams().stream().filter(load -> band == null || load.band() == band).toList();
    }

    @QueryMapping
    TeamCognitiveLoad teamCognitiveLoad(@Argument String teamKey) {
        return engine.team(teamKey);
    }
}
