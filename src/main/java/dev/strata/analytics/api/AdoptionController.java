package dev.strata.analytics.api;

import dev.strata.analytics.adoption.CapabilityAdoption;
import dev.strata.analytics.adoption.PlatformAdoption;
import dev.strata.analytics.adoption.SnapshotAdoption;
import dev.strata.analytics.adoption.TeamAdoption;
import dev.strata.analytics.snapshot.LandscapeSnapshots;
import dev.strata.analytics.snapshot.SnapshotMemo;
import dev.strata.graphql.LandscapeNode;
import dev.strata.model.NodeKind;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Enabling value-stream metrics (adoption, time to first use, reliability, compliance) from the snapshot. */
@Controller
class AdoptionController {

    private final LandscapeSnapshots snapshots;
    private final SnapshotMemo memo;
    private final NodeBatches nodes;

    AdoptionController(LandscapeSnapshots snapshots, SnapshotMemo memo, NodeBatches nodes) {
        this.snapshots = snapshots;
        this.memo = memo;
        this.nodes = nodes;
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

    @BatchMapping(typeName = "CapabilityAdoption", field = "capability")
    Map<CapabilityAdoption, LandscapeNode> capability(List<CapabilityAdoption> rows) {
        return nodes.one(rows, row -> NodeBatches.ref(NodeKind.CAPABILITY, row.capabilityKey()));
    }

    @BatchMapping(typeName = "CapabilityAdoption", field = "platform")
    Map<CapabilityAdoption, LandscapeNode> capabilityPlatform(List<CapabilityAdoption> rows) {
        return nodes.one(rows, row -> NodeBatches.ref(NodeKind.PLATFORM, row.platformKey()));
    }

    @BatchMapping(typeName = "CapabilityAdoption", field = "team")
    Map<CapabilityAdoption, LandscapeNode> capabilityTeam(List<CapabilityAdoption> rows) {
        return nodes.one(rows, row -> NodeBatches.ref(NodeKind.TEAM, row.teamKey()));
    }

    @BatchMapping(typeName = "PlatformAdoption", field = "platform")
    Map<PlatformAdoption, LandscapeNode> platform(List<PlatformAdoption> rows) {
        return nodes.one(rows, row -> NodeBatches.ref(NodeKind.PLATFORM, row.platformKey()));
    }

    @BatchMapping(typeName = "PlatformAdoption", field = "team")
    Map<PlatformAdoption, LandscapeNode> platformTeam(List<PlatformAdoption> rows) {
        return nodes.one(rows, row -> NodeBatches.ref(NodeKind.TEAM, row.teamKey()));
    }

    @BatchMapping(typeName = "TeamAdoption", field = "team")
    Map<TeamAdoption, LandscapeNode> team(List<TeamAdoption> rows) {
        return nodes.one(rows, row -> NodeBatches.ref(NodeKind.TEAM, row.teamKey()));
    }
}
