package dev.strata.analytics.api;

import dev.strata.analytics.collaboration.Collaborations;
import dev.strata.analytics.collaboration.LongCollaboration;
import dev.strata.analytics.collaboration.OverCollaboratingTeam;
import dev.strata.analytics.collaboration.UnagreedHandover;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.removed.LoadRemovedModel;
import dev.strata.analytics.removed.PlatformLoadRemoved;
import dev.strata.analytics.removed.SnapshotLoadRemoved;
import dev.strata.analytics.removed.TeamLoadRemoved;
import dev.strata.analytics.snapshot.AnalyticsProperties;
import dev.strata.analytics.snapshot.LandscapeSnapshots;
import dev.strata.graphql.InvalidArgumentException;
import dev.strata.graphql.LandscapeNode;
import dev.strata.model.NodeKind;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Platforms as products: the load they remove, and collaboration that lasts, from the in-memory snapshot. */
@Controller
class ProductController {

    private final LandscapeSnapshots snapshots;
    private final LoadRemovedModel model;
    private final Period maxAge;
    private final NodeBatches nodes;
    private final Clock clock = Clock.systemUTC();

    ProductController(
            LandscapeSnapshots snapshots, LoadRemovedModel model, AnalyticsProperties properties, NodeBatches nodes) {
        this.snapshots = snapshots;
        this.model = model;
        this.maxAge = properties.collaboration().maxAge();
        this.nodes = nodes;
    }

    @QueryMapping
    List<TeamLoadRemoved> teamLoadRemoved() {
        return SnapshotLoadRemoved.teams(snapshots.current(), model);
    }

    @QueryMapping
    List<PlatformLoadRemoved> platformLoadRemoved() {
        return SnapshotLoadRemoved.platforms(snapshots.current(), model);
    }

    @QueryMapping
    CollaborationReport collaboration(@Argument @Nullable LocalDate asOf, @Argument @Nullable String maxAge) {
        Period age = maxAge == null ? this.maxAge : period(maxAge);
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        LandscapeSnapshot snapshot = snapshots.current();
        return new CollaborationReport(
                day,
                age.toString(),
                Collaborations.longRunning(snapshot, day, age),
                Collaborations.overCollaborating(snapshot),
                Collaborations.unagreedHandovers(snapshot));
    }

    /** {@code CollaborationReport}: the three findings of collaboration that lasts, on a day, for a maximum age. */
    record CollaborationReport(
            LocalDate asOf,
            String maxAge,
            List<LongCollaboration> longRunning,
            List<OverCollaboratingTeam> overCollaborating,
            List<UnagreedHandover> unagreedHandovers) {}

    @BatchMapping(typeName = "TeamLoadRemoved", field = "team")
    Map<TeamLoadRemoved, LandscapeNode> team(List<TeamLoadRemoved> loads) {
        return nodes.one(loads, load -> NodeBatches.ref(NodeKind.TEAM, load.teamKey()));
    }

    @BatchMapping(typeName = "PlatformLoadRemoved", field = "platform")
    Map<PlatformLoadRemoved, LandscapeNode> platform(List<PlatformLoadRemoved> loads) {
        return nodes.one(loads, load -> NodeBatches.ref(NodeKind.PLATFORM, load.platformKey()));
    }

    private static Period period(String text) {
        try {
            Period period = Period.parse(text);
            if (period.isNegative() || period.isZero()) {
                throw new InvalidArgumentException("maxAge must be a positive ISO period such as P6M, got " + text);
            }
            return period;
        } catch (DateTimeParseException e) {
            throw new InvalidArgumentException("maxAge must be an ISO period such as P6M or P90D, got '" + text + "'");
        }
    }
}
