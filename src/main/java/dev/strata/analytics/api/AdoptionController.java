package dev.strata.analytics.api;

import dev.strata.analytics.adoption.CapabilityAdoption;
import dev.strata.analytics.adoption.PlatformAdoption;
import dev.strata.analytics.adoption.SnapshotAdoption;
import dev.strata.analytics.adoption.TeamAdoption;
import dev.strata.analytics.snapshot.LandscapeSnapshots;
import dev.strata.analytics.snapshot.SnapshotMemo;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Enabling value-stream metrics (adoption, time to first use, reliability, compliance) from the snapshot. */
@Controller
class AdoptionController {

    private final LandscapeSnapshots snapshots;
    private final SnapshotMemo memo;

    AdoptionController(LandscapeSnapshots snapshots, SnapshotMemo memo) {
        this.snapshots = snapshots;
        this.memo = memo;
    }

    @QueryMapping
    List<CapabilityAdoption> capabilityAdoptions() {
        return memo.get(snapshots.current(), "capabilityAdoptions", SnapshotAdoption::capabilities);
    }

    @QueryMapping
    CapabilityAdoption capabilityAdoption(@Argument String key) {
        return SnapshotAdoption.capability(snapshots.current(), key);
    }

    @QueryMapping
    List<PlatformAdoption> platformAdoptions() {
        return memo.get(snapshots.current(), "platformAdoptions", SnapshotAdoption::platforms);
    }

    @QueryMapping
    PlatformAdoption platformAdoption(@Argument String key) {
        return SnapshotAdoption.platform(snapshots.current(), key);
    }

    @QueryMapping
    List<TeamAdoption> platformTeamAdoptions() {
        return memo.get(snapshots.current(), "platformTeamAdoptions", SnapshotAdoption::platformTeams);
    }

    @QueryMapping
    TeamAdoption platformTeamAdoption(@Argument String key) {
        return SnapshotAdoption.platformTeam(snapshots.current(), key);
    }
}
