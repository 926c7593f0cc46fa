package dev.strata.insights;

import dev.strata.analytics.risk.DeprecatedInUse;
import dev.strata.analytics.risk.HandoverPoint;
import dev.strata.analytics.risk.OwnershipAmbiguity;
import dev.strata.analytics.risk.RiskEngine;
import dev.strata.analytics.risk.SinglePointsOfFailure;
import dev.strata.analytics.risk.TierInversion;
import dev.strata.analytics.risk.UnplacedPlatform;
import dev.strata.analytics.risk.Unowned;
import dev.strata.analytics.risk.UnusedCapability;
import dev.strata.graphql.InvalidArgumentException;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Structural risks; each field of {@code StructuralRisks} runs only when the query selects it. */
@Controller
class RiskController {

    private final RiskEngine engine;
    private final LandscapeSnapshots snapshots;

    RiskController(RiskEngine engine, LandscapeSnapshots snapshots) {
        this.engine = engine;
        this.snapshots = snapshots;
    }

    @QueryMapping
    StructuralRisks structuralRisks() {
        return new StructuralRisks();
    }

    @SchemaMapping
    SinglePointsOfFailure singlePointsOfFailure(StructuralRisks risks, @Argument int first) {
        InvalidArgumentException.requireBetween("first", first, 1, 1000);
        // from the in-memory snapshot; engine.singlePointsOfFailure() (Cypher read) stays the reference it is tested against
        SinglePointsOfFailure all = RiskEngine.singlePointsOfFailure(snapshots.current());
        return new SinglePointsOfFailure(all.capabilities().stream().limit(first).toList(),
                all.platforms().stream().limit(first).toList(), all.criticalByConsumer());
    }

    @SchemaMapping
    List<Unowned> unowned(StructuralRisks risks) {
        return engine.unowned();
    }

    @SchemaMapping
    List<UnplacedPlatform> unplacedPlatforms(StructuralRisks risks) {
        return engine.unplacedPlatforms();
    }

    @SchemaMapping
    List<UnusedCapability> unusedCapabilities(StructuralRisks risks) {
        return engine.unusedCapabilities();
    }

    @SchemaMapping
    List<DeprecatedInUse> deprecatedInUse(StructuralRisks risks, @Argument int maxHops) {
        InvalidArgumentException.requireBetween("maxHops", maxHops, 1, RiskEngine.MAX_HOPS);
        return engine.deprecatedInUse(maxHops);
    }

    @SchemaMapping
    List<TierInversion> tierInversions(StructuralRisks risks, @Argument int maxHops) {
        InvalidArgumentException.requireBetween("maxHops", maxHops, 1, RiskEngine.MAX_HOPS);
        return engine.tierInversions(maxHops);
    }

    @SchemaMapping
    List<HandoverPoint> handoverPoints(StructuralRisks risks) {
        return engine.handoverPoints();
    }

    @SchemaMapping
    List<OwnershipAmbiguity> ownershipAmbiguity(StructuralRisks risks) {
        return engine.ownershipAmbiguity();
    }

    /** The parent of the risk fields; it carries nothing, each field computes its own answer. */
    record StructuralRisks() {
    }
}
