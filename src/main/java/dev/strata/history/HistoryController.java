package dev.strata.history;

import dev.strata.analytics.load.CognitiveLoadModel;
import dev.strata.analytics.scorecard.ScorecardRules;
import dev.strata.graphql.InvalidArgumentException;
import dev.strata.model.Landscape;
import dev.strata.model.LandscapeDiff;
import dev.strata.plan.LandscapeImpact;
import dev.strata.plan.LandscapePlan;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.landscapeHistory} (the versions: what a time slider needs, no replay) and {@code Query.landscapeDiff}
 * (two points of history compared and the impact measured as a plan measures a change).
 */
@Controller
class HistoryController {

    private final LandscapeHistory history;
    private final CognitiveLoadModel loadModel;
    private final ScorecardRules scorecards;

    HistoryController(LandscapeHistory history, CognitiveLoadModel loadModel, ScorecardRules scorecards) {
        this.scorecards = scorecards;
        this.history = history;
        this.loadModel = loadModel;
    }

    @QueryMapping
    History landscapeHistory(
            @Argument @Nullable OffsetDateTime from,
            @Argument @Nullable OffsetDateTime to,
            @Argument int first,
            @Argument boolean spread) {
        InvalidArgumentException.requireBetween("first", first, 1, 10_000);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidArgumentException("from (" + from + ") is after to (" + to + ")");
        }
        return new History(
                history.earliest().orElse(null),
                history.latest().orElse(null),
                spread
                        ? history.versionsSpread(instant(from), instant(to), first)
                        : history.versions(instant(from), instant(to), first));
    }

    @QueryMapping
    DiffResult landscapeDiff(@Argument AsOf from, @Argument @Nullable AsOf to) {
        LandscapeHistory.Version start = history.resolve(from);
        LandscapeHistory.Version end = to == null
                ? history.latest()
                        .orElseThrow(() -> new InvalidArgumentException("no landscape history is recorded yet"))
                : history.resolve(to);
        if (start.version() > end.version()) {
            throw new InvalidArgumentException("from (version " + start.version() + ", " + start.at()
                    + ") is after to (version " + end.version() + ", " + end.at() + ")");
        }
        Landscape before = history.landscape(start.version());
        LandscapeDiff diff = LandscapeDiff.of(before, history.landscape(end.version()));
        LandscapePlan plan =
                LandscapePlan.of(diff, LandscapeImpact.of(before, diff, loadModel, scorecards), List.of(), 0);
        return new DiffResult(start, end, plan);
    }

    @SchemaMapping(typeName = "LandscapeVersion", field = "at")
    OffsetDateTime at(LandscapeHistory.Version version) {
        return version.at().atOffset(ZoneOffset.UTC);
    }

    @SchemaMapping(typeName = "LandscapeVersion", field = "version")
    int version(LandscapeHistory.Version version) {
        return Math.toIntExact(version.version());
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    record History(
            LandscapeHistory.@Nullable Version earliest,
            LandscapeHistory.@Nullable Version latest,
            List<LandscapeHistory.Version> versions) {}

    record DiffResult(LandscapeHistory.Version from, LandscapeHistory.Version to, LandscapePlan plan) {}
}
