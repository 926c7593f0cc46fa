package dev.strata.analytics.api;

import dev.strata.analytics.chains.LayerViolationReport;
import dev.strata.analytics.chains.LayerViolations;
import dev.strata.analytics.snapshot.LandscapeSnapshots;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code Query.layerViolations}: dependencies up the layer stack, and skipped layers. */
@Controller
class LayerViolationController {

    private final LandscapeSnapshots snapshots;

    LayerViolationController(LandscapeSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @QueryMapping
    LayerViolationReport layerViolations() {
        return LayerViolations.find(snapshots.current());
    }
}
