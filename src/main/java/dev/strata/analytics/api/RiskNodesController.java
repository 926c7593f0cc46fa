package dev.strata.analytics.api;

import dev.strata.analytics.risk.CapabilitySinglePointOfFailure;
import dev.strata.analytics.risk.CategoryOffering;
import dev.strata.analytics.risk.DeprecatedInUse;
import dev.strata.analytics.risk.HandoverPoint;
import dev.strata.analytics.risk.PlatformSinglePointOfFailure;
import dev.strata.analytics.risk.TierInversion;
import dev.strata.analytics.risk.Unowned;
import dev.strata.analytics.risk.UnplacedPlatform;
import dev.strata.analytics.risk.UnusedCapability;
import dev.strata.graphql.LandscapeNode;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** The node fields of the structural-risk result types, each resolved for a whole list of rows at once. */
@Controller
class RiskNodesController {

    private final NodeBatches nodes;

    RiskNodesController(NodeBatches nodes) {
        this.nodes = nodes;
    }

    @BatchMapping(typeName = "CapabilitySinglePointOfFailure", field = "capability")
    Map<CapabilitySinglePointOfFailure, LandscapeNode> spofCapability(List<CapabilitySinglePointOfFailure> rows) {
        return nodes.one(rows, row -> NodeBatches.ref(NodeKind.CAPABILITY, row.capabilityKey()));
    }

    @BatchMapping(typeName = "CapabilitySinglePointOfFailure", field = "platform")
    Map<CapabilitySinglePointOfFailure, LandscapeNode> spofCapabilityPlatform(
            List<CapabilitySinglePointOfFailure> rows) {
        return nodes.one(rows, row -> NodeBatches.ref(NodeKind.PLATFORM, row.platformKey()));
    }

    @BatchMapping(typeName = "CapabilitySinglePointOfFailure", field = "dependentConsumers")
    Map<CapabilitySinglePointOfFailure, List<LandscapeNode>> spofCapabilityConsumers(
            List<CapabilitySinglePointOfFailure> rows) {
        return nodes.many(rows, row -> NodeBatches.refs(NodeKind.CONSUMER, row.consumerKeys()));
    }

    @BatchMapping(typeName = "PlatformSinglePointOfFailure", field = "platform")
    Map<PlatformSinglePointOfFailure, LandscapeNode> spofPlatform(List<PlatformSinglePointOfFailure> rows) {
        return nodes.one(rows, row -> NodeBatches.ref(NodeKind.PLATFORM, row.platformKey()));
    }

    @BatchMapping(typeName = "PlatformSinglePointOfFailure", field = "dependentConsumers")
    Map<PlatformSinglePointOfFailure, List<LandscapeNode>> spofPlatformConsumers(
            List<PlatformSinglePointOfFailure> rows) {
        return nodes.many(rows, row -> NodeBatches.refs(NodeKind.CONSUMER, row.consumerKeys()));
    }

    @BatchMapping(typeName = "PlatformSinglePointOfFailure", field = "criticalCapabilities")
    Map<PlatformSinglePointOfFailure, List<LandscapeNode>> spofPlatformCapabilities(
            List<PlatformSinglePointOfFailure> rows) {
        return nodes.many(rows, row -> NodeBatches.refs(NodeKind.CAPABILITY, row.capabilityKeys()));
    }

    @BatchMapping(typeName = "UnplacedPlatform", field = "platform")
    Map<UnplacedPlatform, LandscapeNode> unplacedPlatform(List<UnplacedPlatform> rows) {
        return nodes.one(rows, row -> NodeBatches.ref(NodeKind.PLATFORM, row.platformKey()));
    }

    @BatchMapping(typeName = "UnplacedPlatform", field = "owner")
    Map<UnplacedPlatform, LandscapeNode> unplacedPlatformOwner(List<UnplacedPlatform> rows) {
        return nodes.one(rows, row -> NodeBatches.ref(NodeKind.TEAM, row.ownerKey()));
    }

    @BatchMapping(typeName = "UnownedItem", field = "node")
    Map<Unowned, LandscapeNode> unownedNode(List<Unowned> rows) {
        return nodes.one(rows, row -> NodeBatches.ref(NodeKind.valueOf(row.kind()), row.key()));
    }

    @BatchMapping(typeName = "UnownedItem", field = "platform")
    Map<Unowned, LandscapeNode> unownedPlatform(List<Unowned> rows) {
        return nodes.one(rows, row -> NodeBatches.ref(NodeKind.PLATFORM, row.platformKey()));
    }

    @BatchMapping(typeName = "UnusedCapability", field = "capability")
    Map<UnusedCapability, LandscapeNode> unusedCapability(List<UnusedCapability> rows) {
        return nodes.one(rows, row -> NodeBatches.ref(NodeKind.CAPABILITY, row.capabilityKey()));
    }

    @BatchMapping(typeName = "UnusedCapability", field = "platform")
    Map<UnusedCapability, LandscapeNode> unusedPlatform(List<UnusedCapability> rows) {
        return nodes.one(rows, row -> NodeBatches.ref(NodeKind.PLATFORM, row.platformKey()));
    }

    @BatchMapping(typeName = "DeprecatedInUse", field = "consumer")
    Map<DeprecatedInUse, LandscapeNode> deprecatedConsumer(List<DeprecatedInUse> rows) {
        return nodes.one(rows, row -> NodeBatches.ref(NodeKind.CONSUMER, row.consumerKey()));
    }

    @BatchMapping(typeName = "DeprecatedInUse", field = "capability")
    Map<DeprecatedInUse, LandscapeNode> deprecatedCapability(List<DeprecatedInUse> rows) {
        return nodes.one(rows, row -> NodeBatches.ref(NodeKind.CAPABILITY, row.capabilityKey()));
    }

    @BatchMapping(typeName = "DeprecatedInUse", field = "pathNodes")
    Map<DeprecatedInUse, List<LandscapeNode>> deprecatedPath(List<DeprecatedInUse> rows) {
        return nodes.many(rows, row -> path(NodeKind.CONSUMER, row.path()));
    }

    @BatchMapping(typeName = "TierInversion", field = "source")
    Map<TierInversion, LandscapeNode> inversionSource(List<TierInversion> rows) {
        return nodes.one(rows, row -> NodeBatches.ref(NodeKind.valueOf(row.sourceKind()), row.sourceKey()));
    }

    @BatchMapping(typeName = "TierInversion", field = "target")
    Map<TierInversion, LandscapeNode> inversionTarget(List<TierInversion> rows) {
        return nodes.one(rows, row -> NodeBatches.ref(NodeKind.CAPABILITY, row.targetKey()));
    }

    @BatchMapping(typeName = "TierInversion", field = "pathNodes")
    Map<TierInversion, List<LandscapeNode>> inversionPath(List<TierInversion> rows) {
        return nodes.many(rows, row -> path(NodeKind.valueOf(row.sourceKind()), row.path()));
    }

    @BatchMapping(typeName = "HandoverPoint", field = "fromTeam")
    Map<HandoverPoint, LandscapeNode> handoverFrom(List<HandoverPoint> rows) {
        return nodes.one(rows, row -> NodeBatches.ref(NodeKind.TEAM, row.fromTeamKey()));
    }

    @BatchMapping(typeName = "HandoverPoint", field = "toTeam")
    Map<HandoverPoint, LandscapeNode> handoverTo(List<HandoverPoint> rows) {
        return nodes.one(rows, row -> NodeBatches.ref(NodeKind.TEAM, row.toTeamKey()));
    }

    @BatchMapping(typeName = "CategoryOffering", field = "platform")
    Map<CategoryOffering, LandscapeNode> offeringPlatform(List<CategoryOffering> rows) {
        return nodes.one(rows, row -> NodeBatches.ref(NodeKind.PLATFORM, row.platformKey()));
    }

    @BatchMapping(typeName = "CategoryOffering", field = "team")
    Map<CategoryOffering, LandscapeNode> offeringTeam(List<CategoryOffering> rows) {
        return nodes.one(rows, row -> NodeBatches.ref(NodeKind.TEAM, row.teamKey()));
    }

    @BatchMapping(typeName = "CategoryOffering", field = "capabilities")
    Map<CategoryOffering, List<LandscapeNode>> offeringCapabilities(List<CategoryOffering> rows) {
        return nodes.many(rows, row -> NodeBatches.refs(NodeKind.CAPABILITY, row.capabilityKeys()));
    }

    /** A path of keys: the source of the given kind, then capabilities. */
    private static List<NodeRef> path(NodeKind sourceKind, List<String> keys) {
        List<NodeRef> path = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            path.add(new NodeRef(i == 0 ? sourceKind : NodeKind.CAPABILITY, keys.get(i)));
        }
        return path;
    }
}
