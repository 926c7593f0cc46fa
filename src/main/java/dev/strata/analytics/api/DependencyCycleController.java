package dev.strata.analytics.api;

import dev.strata.analytics.chains.Cycles;
import dev.strata.analytics.chains.DependencyCycle;
import dev.strata.analytics.snapshot.LandscapeSnapshots;
import java.util.List;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code Query.dependencyCycles}: every dependency cycle once. */
@Controller
class DependencyCycleController {

    private final LandscapeSnapshots snapshots;

    DependencyCycleController(LandscapeSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @QueryMapping
    List<DependencyCycle> dependencyCycles() {
        return Cycles.find(snapshots.current());
    }
}
