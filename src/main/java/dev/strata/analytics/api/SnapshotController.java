package dev.strata.analytics.api;

import dev.strata.analytics.snapshot.LandscapeSnapshots;
import dev.strata.graphql.UserError;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code Mutation.refreshAnalytics}: rebuilds the analytics snapshot now, after writes made outside Strata. */
@Controller
class SnapshotController {

    private final LandscapeSnapshots snapshots;

    SnapshotController(LandscapeSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @MutationMapping
    RefreshAnalyticsPayload refreshAnalytics() {
        LandscapeSnapshots.Loaded loaded = snapshots.refresh();
        return new RefreshAnalyticsPayload(
                loaded.snapshot().nodeCount(), loaded.checkedAt().atOffset(ZoneOffset.UTC));
    }

    record RefreshAnalyticsPayload(int nodes, OffsetDateTime loadedAt) {

        public List<UserError> errors() {
            return List.of();
        }
    }
}
