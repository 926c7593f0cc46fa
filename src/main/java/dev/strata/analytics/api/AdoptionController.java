package dev.strata.analytics.api;

import dev.strata.analytics.adoption.CapabilityAdoption;
import dev.strata.analytics.adoption.PlatformAdoption;
import dev.strata.analytics.adoption.SnapshotAdoption;
import dev.strata.analytics.adoption.TeamAdoption;
import dev.strata.analytics.snapshot.SnapshotMemo;
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

/** Enabling value-stream metrics (adoption, time to first use, reliability, compliance) from the snapshot. */
@Controller
class AdoptionController {

    private final HistoricalSnapshots snapshots;
    private final SnapshotMemo memo;
    private final NodeBatches nodes;

    AdoptionController(HistoricalSnapshots snapshots, SnapshotMemo memo, NodeBatches nodes) {
        this.snapshots = snapshots;
        this.memo = memo;
        this.nodes = nodes;
    }

    @QueryMapping
    List<CapabilityAdoption> capabilityAdoptions(@Argument @Nullable AsOf asOf) {
        return memo.get(snapshots.snapshot(asOf), "capabilityAdoptions", SnapshotAdoption::capabilities);
    }

    @QueryMapping
    CapabilityAdoption capabilityAdoption(@Argument String key, @Argument @Nullable AsOf asOf) {
        return SnapshotAdoption.capability(snapshots.snapshot(asOf), key);
    }

    @QueryMapping
    List<PlatformAdoption> platformAdoptions(
            @Argument @Nullable AsOf asOf,
            @Argument PlatformAdoptionOrder orderBy,
            @Argument @Nullable Integer first,
            @Argument int offset) {
        List<PlatformAdoption> byRate =
                memo.get(snapshots.snapshot(asOf), "platformAdoptions", SnapshotAdoption::platforms);
        return ListWindow.of(orderBy.sort(byRate), first, offset);
    }

    @QueryMapping
    PlatformAdoption platformAdoption(@Argument String key, @Argument @Nullable AsOf asOf) {
        return SnapshotAdoption.platform(snapshots.snapshot(asOf), key);
    }

    @QueryMapping
    List<TeamAdoption> platformTeamAdoptions(@Argument @Nullable AsOf asOf) {
        return memo.get(snapshots.snapshot(asOf), "platformTeamAdoptions", SnapshotAdoption::platformTeams);
    }

    @QueryMapping
    TeamAdoption platformTeamAdoption(@Argument String key, @Argument @Nullable AsOf asOf) {
        return SnapshotAdoption.platformTeam(snapshots.snapshot(asOf), key);
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
