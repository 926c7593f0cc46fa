package dev.strata.analytics.api;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.risk.DeprecatedInUse;
import dev.strata.analytics.risk.HandoverPoint;
import dev.strata.analytics.risk.OwnershipAmbiguity;
import dev.strata.analytics.risk.OwnershipRisks;
import dev.strata.analytics.risk.ReachRisks;
import dev.strata.analytics.risk.SinglePointsOfFailure;
import dev.strata.analytics.risk.SinglePointsOfFailureAnalysis;
import dev.strata.analytics.risk.TierInversion;
import dev.strata.analytics.risk.Unowned;
import dev.strata.analytics.risk.UnplacedPlatform;
import dev.strata.analytics.risk.UnusedCapability;
import dev.strata.analytics.snapshot.SnapshotMemo;
import dev.strata.graphql.InvalidArgumentException;
import dev.strata.history.AsOf;
import dev.strata.history.HistoricalSnapshots;
import dev.strata.model.NodeKind;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Structural risks from the snapshot; each field of {@code StructuralRisks} runs only when the query selects it. The
 * parent carries the snapshot, so all fields of one query answer about the same version.
 */
@Controller
class RiskController {

    private static final int MAX_PAGE = 1000;

    private final HistoricalSnapshots snapshots;
    private final SnapshotMemo memo;

    RiskController(HistoricalSnapshots snapshots, SnapshotMemo memo) {
        this.snapshots = snapshots;
        this.memo = memo;
    }

    @QueryMapping
    StructuralRisks structuralRisks(@Argument @Nullable AsOf asOf) {
        return new StructuralRisks(snapshots.snapshot(asOf));
    }

    @SchemaMapping
    SinglePointsOfFailure singlePointsOfFailure(StructuralRisks risks, @Argument int first) {
        InvalidArgumentException.requireBetween("first", first, 1, 1000);
        SinglePointsOfFailureAnalysis analysis =
                memo.get(risks.snapshot(), "singlePointsOfFailure", SinglePointsOfFailureAnalysis::of);
        return new SinglePointsOfFailure(analysis.capabilities(first), analysis.platforms(first), Map.of());
    }

    @SchemaMapping
    List<Unowned> unowned(StructuralRisks risks, @Argument @Nullable Integer first, @Argument int offset) {
        return ListWindow.of(OwnershipRisks.unowned(risks.snapshot()), first, offset);
    }

    @SchemaMapping
    int unownedCount(StructuralRisks risks, @Argument @Nullable NodeKind kind) {
        return (int) OwnershipRisks.unowned(risks.snapshot()).stream()
                .filter(u -> kind == null || u.kind().equals(kind.name()))
                .count();
    }

    @SchemaMapping
    List<UnplacedPlatform> unplacedPlatforms(StructuralRisks risks) {
        return OwnershipRisks.unplacedPlatforms(risks.snapshot());
    }

    @SchemaMapping
    List<UnusedCapability> unusedCapabilities(
            StructuralRisks risks,
            @Argument @Nullable Integer first,
            @Argument int offset,
            @Argument @Nullable Boolean planned) {
        return ListWindow.of(unused(risks, planned), first, offset);
    }

    @SchemaMapping
    int unusedCapabilityCount(StructuralRisks risks, @Argument @Nullable Boolean planned) {
        return unused(risks, planned).size();
    }

    /** The unused capabilities, only the PLANNED ones (true), all but them (false) or all (null). */
    private static List<UnusedCapability> unused(StructuralRisks risks, @Nullable Boolean planned) {
        List<UnusedCapability> all = OwnershipRisks.unusedCapabilities(risks.snapshot());
        return planned == null
                ? all
                : all.stream()
                        .filter(u -> planned == "PLANNED".equals(u.lifecycle()))
                        .toList();
    }

    @SchemaMapping
    List<DeprecatedInUse> deprecatedInUse(StructuralRisks risks, @Argument int maxHops) {
        InvalidArgumentException.requireBetween("maxHops", maxHops, 1, ReachRisks.MAX_HOPS);
        return ReachRisks.deprecatedInUse(risks.snapshot(), maxHops);
    }

    @SchemaMapping
    RiskConnection<DeprecatedInUse> deprecatedInUsePage(
            StructuralRisks risks, @Argument int maxHops, @Argument int first, @Argument @Nullable String after) {
        InvalidArgumentException.requireBetween("maxHops", maxHops, 1, ReachRisks.MAX_HOPS);
        InvalidArgumentException.requireBetween("first", first, 1, MAX_PAGE);
        ReachRisks.Page<DeprecatedInUse> page =
                ReachRisks.deprecatedInUse(risks.snapshot(), maxHops, RiskCursor.decode(after), first);
        return RiskConnection.of(
                page,
                risks.snapshot(),
                maxHops,
                after != null,
                use -> new ReachRisks.Position(NodeKind.CONSUMER, use.consumerKey(), use.capabilityKey()));
    }

    @SchemaMapping(typeName = "DeprecatedInUseConnection")
    int totalCount(RiskConnection<DeprecatedInUse> page) {
        return Math.toIntExact(memo.get(
                page.snapshot(),
                "deprecatedInUseCount:" + page.maxHops(),
                snapshot -> ReachRisks.countDeprecatedInUse(snapshot, page.maxHops())));
    }

    @SchemaMapping
    List<TierInversion> tierInversions(StructuralRisks risks, @Argument int maxHops) {
        InvalidArgumentException.requireBetween("maxHops", maxHops, 1, ReachRisks.MAX_HOPS);
        return ReachRisks.tierInversions(risks.snapshot(), maxHops);
    }

    @SchemaMapping
    RiskConnection<TierInversion> tierInversionPage(
            StructuralRisks risks, @Argument int maxHops, @Argument int first, @Argument @Nullable String after) {
        InvalidArgumentException.requireBetween("maxHops", maxHops, 1, ReachRisks.MAX_HOPS);
        InvalidArgumentException.requireBetween("first", first, 1, MAX_PAGE);
        ReachRisks.Page<TierInversion> page =
                ReachRisks.tierInversions(risks.snapshot(), maxHops, RiskCursor.decode(after), first);
        return RiskConnection.of(
                page,
                risks.snapshot(),
                maxHops,
                after != null,
                inversion -> new ReachRisks.Position(
                        NodeKind.valueOf(inversion.sourceKind()), inversion.sourceKey(), inversion.targetKey()));
    }

    @SchemaMapping(typeName = "TierInversionConnection", field = "totalCount")
    int tierInversionCount(RiskConnection<TierInversion> page) {
        return Math.toIntExact(memo.get(
                page.snapshot(),
                "tierInversionCount:" + page.maxHops(),
                snapshot -> ReachRisks.countTierInversions(snapshot, page.maxHops())));
    }

    @SchemaMapping
    List<HandoverPoint> handoverPoints(StructuralRisks risks, @Argument @Nullable Integer first) {
        if (first != null) {
            InvalidArgumentException.requireBetween("first", first, 1, Integer.MAX_VALUE);
        }
        List<HandoverPoint> all = memo.get(risks.snapshot(), "handoverPoints", OwnershipRisks::handoverPoints);
        return first == null ? all : all.subList(0, Math.min(first, all.size()));
    }

    @SchemaMapping
    List<OwnershipAmbiguity> ownershipAmbiguity(StructuralRisks risks) {
        return OwnershipRisks.ownershipAmbiguity(risks.snapshot());
    }

    /** The parent of the risk fields: the snapshot they all answer about. */
    record StructuralRisks(LandscapeSnapshot snapshot) {}
}
