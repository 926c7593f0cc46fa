package dev.strata.history;

import dev.strata.analytics.adoption.PlatformAdoption;
import dev.strata.analytics.adoption.SnapshotAdoption;
import dev.strata.analytics.chains.Cycles;
import dev.strata.analytics.chains.LayerViolations;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.impact.BlastRadiusEngine;
import dev.strata.analytics.impact.BlastRadiusRequest;
import dev.strata.analytics.impact.Direction;
import dev.strata.analytics.impact.Scenario;
import dev.strata.analytics.load.CognitiveLoadBand;
import dev.strata.analytics.load.CognitiveLoadModel;
import dev.strata.analytics.load.SnapshotCognitiveLoad;
import dev.strata.analytics.load.TeamCognitiveLoad;
import dev.strata.analytics.risk.OwnershipRisks;
import dev.strata.analytics.risk.SinglePointsOfFailure;
import dev.strata.analytics.risk.SinglePointsOfFailureAnalysis;
import dev.strata.graphql.InvalidArgumentException;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Time series of the measures people track, sampled at a step the caller chooses: each sample is the landscape in
 * force at that time (the newest version at or before it), its analytics computed by the same engines the queries use.
 * Samples that fall on the same version share one computation; consecutive versions are rebuilt by replaying forward
 * from the one before (the history's LRU), so a series costs one pass over the history plus one snapshot per distinct
 * version sampled.
 */
@Component
public class LandscapeTrends {

    /** Most samples in one series: each can cost a snapshot build. */
    public static final int MAX_SAMPLES = 200;

    private final LandscapeHistory history;
    private final HistoricalSnapshots snapshots;
    private final CognitiveLoadModel loadModel;
    private final BlastRadiusEngine blastRadius = new BlastRadiusEngine();
    private final Clock clock = Clock.systemUTC();

    LandscapeTrends(LandscapeHistory history, HistoricalSnapshots snapshots, CognitiveLoadModel loadModel) {
        this.history = history;
        this.snapshots = snapshots;
        this.loadModel = loadModel;
    }

    /** What to sample: the window (either end open), the step, and what to follow besides the landscape totals. */
    public record Request(
            @Nullable Instant from,
            @Nullable Instant to,
            Duration step,
            List<String> teamKeys,
            List<String> platformKeys,
            @Nullable NodeRef blastRadiusOf) {}

    /** One sample. */
    public record Point(
            Instant at,
            long version,
            int violations,
            int cycles,
            int singlePointsOfFailure,
            int unowned,
            List<TeamLoad> teams,
            List<PlatformUse> platforms,
            @Nullable Integer blastRadius) {}

    /** A team's load at a sample. */
    public record TeamLoad(String teamKey, double index, CognitiveLoadBand band) {}

    /** A platform's adoption at a sample. */
    public record PlatformUse(
            String platformKey,
            double adoptionRate,
            @Nullable Double meanDaysToFirstUse) {}

    public List<Point> series(Request request) {
        if (request.step().isNegative() || request.step().isZero()) {
            throw new InvalidArgumentException("step must be a positive duration such as P7D, was " + request.step());
        }
        LandscapeHistory.Version earliest = history.earliest()
                .orElseThrow(() -> new InvalidArgumentException("no landscape history is recorded yet"));
        Instant now = clock.instant();
        Instant from = request.from() == null ? earliest.at() : request.from();
        Instant to = request.to() == null ? now : request.to();
        if (from.isBefore(earliest.at())) {
            throw new InvalidArgumentException("from " + from + " is before history begins: the earliest recorded time"
                    + " is " + earliest.at() + " (version " + earliest.version() + ")");
        }
        if (to.isAfter(now)) {
            throw new InvalidArgumentException("to " + to + " is in the future (now " + now + ")");
        }
        if (to.isBefore(from)) {
            throw new InvalidArgumentException("to " + to + " is before from " + from);
        }
        long samples = Duration.between(from, to).dividedBy(request.step()) + 1;
        if (samples > MAX_SAMPLES) {
            throw new InvalidArgumentException("from " + from + " to " + to + " in steps of " + request.step() + " is "
                    + samples + " samples; at most " + MAX_SAMPLES + " (choose a longer step or a shorter window)");
        }
        List<LandscapeHistory.Version> versions = history.versions(null, to, Integer.MAX_VALUE);
        Map<Long, Point> byVersion = new HashMap<>();
        List<Point> points = new ArrayList<>();
        int next = 0;
        LandscapeHistory.Version inForce = null;
        for (Instant at = from; !at.isAfter(to); at = at.plus(request.step())) {
            while (next < versions.size() && !versions.get(next).at().isAfter(at)) {
                inForce = versions.get(next++);
            }
            if (inForce == null) {
                continue;
            }
            long version = inForce.version();
            Point measured = byVersion.computeIfAbsent(version, v -> measure(v, request));
            points.add(new Point(
                    at,
                    version,
                    measured.violations(),
                    measured.cycles(),
                    measured.singlePointsOfFailure(),
                    measured.unowned(),
                    measured.teams(),
                    measured.platforms(),
                    measured.blastRadius()));
        }
        return points;
    }

    private Point measure(long version, Request request) {
        LandscapeSnapshot snapshot = snapshots.snapshot(version);
        SinglePointsOfFailure spof = SinglePointsOfFailureAnalysis.of(snapshot).complete();
        List<TeamLoad> teams = new ArrayList<>();
        for (String team : request.teamKeys()) {
            if (snapshot.indexOf(NodeKind.TEAM, team) >= 0) {
                TeamCognitiveLoad load = SnapshotCognitiveLoad.team(snapshot, loadModel, team);
                teams.add(new TeamLoad(team, load.index(), load.band()));
            }
        }
        List<PlatformUse> platforms = new ArrayList<>();
        for (String platform : request.platformKeys()) {
            if (snapshot.indexOf(NodeKind.PLATFORM, platform) >= 0) {
                PlatformAdoption adoption = SnapshotAdoption.platform(snapshot, platform);
                platforms.add(new PlatformUse(platform, adoption.adoptionRate(), adoption.meanDaysToFirstUse()));
            }
        }
        Integer blast = null;
        NodeRef target = request.blastRadiusOf();
        if (target != null && snapshot.indexOf(target) >= 0) {
            blast = blastRadius
                    .analyse(
                            snapshot,
                            new BlastRadiusRequest(List.of(target), Scenario.FAIL, Direction.DOWNSTREAM, null, 0, 1))
                    .totalCount();
        }
        return new Point(
                Instant.EPOCH,
                version,
                LayerViolations.find(snapshot).violations().size(),
                Cycles.find(snapshot).size(),
                spof.capabilities().size() + spof.platforms().size(),
                OwnershipRisks.unowned(snapshot).size(),
                teams,
                platforms,
                blast);
    }
}
