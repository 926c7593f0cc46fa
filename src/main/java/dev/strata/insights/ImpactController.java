package dev.strata.insights;

import dev.strata.analytics.chains.ChainsResult;
import dev.strata.analytics.chains.Cycles;
import dev.strata.analytics.chains.DependencyChains;
import dev.strata.analytics.chains.DependencyCycle;
import dev.strata.analytics.chains.LayerViolationReport;
import dev.strata.analytics.chains.LayerViolations;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import dev.strata.analytics.impact.AffectedNode;
import dev.strata.analytics.impact.BlastRadiusEngine;
import dev.strata.analytics.impact.BlastRadiusRequest;
import dev.strata.analytics.impact.BlastRadiusResult;
import dev.strata.analytics.impact.Direction;
import dev.strata.analytics.impact.Scenario;
import dev.strata.analytics.impact.Totals;
import dev.strata.graphql.Connection;
import dev.strata.graphql.InvalidArgumentException;
import dev.strata.graphql.Paging;
import dev.strata.graphql.RequestDeadline;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Blast radius, dependency chains, layer violations and cycles, answered from the in-memory snapshot. */
@Controller
class ImpactController {

    private static final Set<NodeKind> CHAIN_STARTS = EnumSet.of(NodeKind.CONSUMER, NodeKind.CAPABILITY, NodeKind.PLATFORM);

    private final LandscapeSnapshots snapshots;
    private final BlastRadiusEngine engine = new BlastRadiusEngine();

    ImpactController(LandscapeSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @QueryMapping
    BlastRadius blastRadius(@Argument BlastRadiusInput input) {
        if (input.targets().isEmpty()) {
            throw new InvalidArgumentException("targets must name at least one capability, platform, team, consumer or layer");
        }
        for (NodeRef target : input.targets()) {
            if (!BlastRadiusRequest.TARGET_KINDS.contains(target.kind())) {
                throw new InvalidArgumentException("a blast-radius target cannot be a " + target.kind() + " (" + target.key() + ")");
            }
        }
        if (input.maxDepth() != null && input.maxDepth() < 0) {
            throw new InvalidArgumentException("maxDepth must not be negative, was " + input.maxDepth());
        }
        Paging paging = Paging.of(input.first(), input.after());
        BlastRadiusResult result = engine.analyse(snapshots.current(), new BlastRadiusRequest(input.targets(),
                input.scenario(), input.direction(), input.maxDepth(), paging.offset(), paging.limit()));
        Connection<AffectedNode> page = Connection.of(result.items(), paging, result.totalCount());
        return new BlastRadius(result.targets(), result.direction(), result.scenario(), result.maxDepth(),
                result.totalCount(), result.tier1Consumers(), result.severity(), result.deepest(), result.totals(),
                result.items(), page.pageInfo());
    }

    @QueryMapping
    ChainsResult dependencyChains(@Argument NodeKind kind, @Argument String key, @Argument int maxChains,
            @Argument int maxDepth) {
        if (!CHAIN_STARTS.contains(kind)) {
            throw new InvalidArgumentException("chains start from a CONSUMER, CAPABILITY or PLATFORM, not a " + kind);
        }
        InvalidArgumentException.requireBetween("maxChains", maxChains, 1, 1000);
        InvalidArgumentException.requireBetween("maxDepth", maxDepth, 1, DependencyChains.MAX_DEPTH);
        return DependencyChains.chainsFrom(snapshots.current(), kind, key, maxChains, maxDepth);
    }

    @QueryMapping
    LayerViolationReport layerViolations() {
        return LayerViolations.find(snapshots.current());
    }

    @QueryMapping
    List<DependencyCycle> dependencyCycles() {
        return Cycles.find(snapshots.current());
    }

    /**
     * One downstream blast radius per capability and platform: linear in (nodes x radius), seconds at scale M, so the
     * loop stops when the request passes its deadline.
     */
    @QueryMapping
    List<Hotspot> hotspots(@Argument int first,
            @ContextValue(name = RequestDeadline.KEY, required = false) @Nullable RequestDeadline deadline) {
        InvalidArgumentException.requireBetween("first", first, 1, 100);
        LandscapeSnapshot snapshot = snapshots.current();
        List<Hotspot> all = new java.util.ArrayList<>();
        for (NodeKind kind : List.of(NodeKind.CAPABILITY, NodeKind.PLATFORM)) {
            for (int node : snapshot.nodes(kind)) {
                if (deadline != null) {
                    deadline.check("hotspots");
                }
                BlastRadiusResult result = engine.analyse(snapshot, new BlastRadiusRequest(List.of(snapshot.ref(node)),
                        Scenario.FAIL, Direction.DOWNSTREAM, null, 0, 0));
                int consumers = result.totals().byKind().stream().filter(t -> t.key().equals(NodeKind.CONSUMER.name()))
                        .mapToInt(dev.strata.analytics.impact.Total::count).sum();
                all.add(new Hotspot(kind, snapshot.key(node), snapshot.name(node), result.totalCount(), consumers,
                        result.tier1Consumers(), result.severity()));
            }
        }
        all.sort(java.util.Comparator.comparingLong(Hotspot::severity).thenComparingInt(Hotspot::affected).reversed()
                .thenComparing(Hotspot::key));
        return all.subList(0, Math.min(first, all.size()));
    }

    @MutationMapping
    RefreshAnalyticsPayload refreshAnalytics() {
        LandscapeSnapshots.Loaded loaded = snapshots.refresh();
        return new RefreshAnalyticsPayload(loaded.snapshot().nodeCount(), loaded.checkedAt().atOffset(java.time.ZoneOffset.UTC));
    }

    record BlastRadiusInput(List<NodeRef> targets, Scenario scenario, Direction direction, @Nullable Integer maxDepth,
            @Nullable Integer first, @Nullable String after) {
    }

    record BlastRadius(List<NodeRef> targets, Direction direction, Scenario scenario, @Nullable Integer maxDepth,
            int totalCount, int tier1Consumers, long severity, int deepest, Totals totals, List<AffectedNode> items,
            Connection.PageInfo pageInfo) {
    }

    record Hotspot(NodeKind kind, String key, String name, int affected, int consumers, int tier1Consumers,
            long severity) {
    }

    record RefreshAnalyticsPayload(int nodes, java.time.OffsetDateTime loadedAt) {

        public List<dev.strata.graphql.UserError> errors() {
            return List.of();
        }
    }
}
