package dev.strata.insights;

import dev.strata.analytics.adoption.AdoptionEngine;
import dev.strata.analytics.adoption.CapabilityAdoption;
import dev.strata.analytics.adoption.PlatformAdoption;
import dev.strata.analytics.adoption.TeamAdoption;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Enabling value-stream metrics: adoption, time to first use, reliability, compliance. */
@Controller
class AdoptionController {

    private final AdoptionEngine engine;

    AdoptionController(AdoptionEngine engine) {
        this.engine = engine;
    }

    @QueryMapping
    List<CapabilityAdoption> capabilityAdoptions() {
        return engine.capabilities();
    }

    @QueryMapping
    CapabilityAdoption capabilityAdoption(@Argument String key) {
        return engine.capability(key);
    }

    @QueryMapping
    List<PlatformAdoption> platformAdoptions() {
        return engine.platforms();
    }

    @QueryMapping
    PlatformAdoption platformAdoption(@Argument String key) {
        return engine.platform(key);
    }

    @QueryMapping
    List<TeamAdoption> platformTeamAdoptions() {
        return engine.platformTeams();
    }

    @QueryMapping
    TeamAdoption platformTeamAdoption(@Argument String key) {
        return engine.platformTeam(key);
    }
}
