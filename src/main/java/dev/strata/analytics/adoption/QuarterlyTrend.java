package dev.strata.analytics.adoption;

import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import dev.strata.model.TeamType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Cumulative quarterly adoption of a set of capabilities from the dated {@code CONSUMES} relationships into them:
 * quarters from the first use to the quarter of the latest {@code since} in the whole graph, each counting the
 * consumers and STREAM_ALIGNED teams whose first use falls in it or before (adoption-events.cypher and the series the
 * Cypher-based reference built from its rows). Undated relationships are left out. Not thread-safe: stamp arrays.
 */
final class QuarterlyTrend {

    private static final int NONE = Integer.MIN_VALUE;

    private final LandscapeSnapshot s;
    private final Adjacency consumedBy;
    private final int latestQuarter;
    private final int streamAlignedTeams;
    private final int[] seen;
    private final int[] firstQuarter;
    private final int[] touched;
    private int stamp;

    QuarterlyTrend(LandscapeSnapshot snapshot, int latestSinceDay, int streamAlignedTeams) {
        this.s = snapshot;
        this.consumedBy = snapshot.in(EdgeType.CONSUMES);
        this.latestQuarter = latestSinceDay == NONE ? NONE : quarter(latestSinceDay);
        this.streamAlignedTeams = streamAlignedTeams;
        int n = snapshot.nodeCount();
        seen = new int[n];
        firstQuarter = new int[n];
        touched = new int[n];
    }

    /** The trend of the given distinct capabilities; empty without dated use. */
    List<AdoptionPoint> of(int[] capabilities) {
        if (latestQuarter == NONE) {
            return List.of();
        }
        stamp++;
        int count = 0;
        int first = Integer.MAX_VALUE;
        for (int capability : capabilities) {
            for (int p = consumedBy.start(capability), end = consumedBy.end(capability); p < end; p++) {
                int day = s.consumedSinceDay(consumedBy.edge(p));
                if (day == NONE) {
                    continue;
                }
                int quarter = quarter(day);
                first = Math.min(first, quarter);
                int consumer = consumedBy.target(p);
                count = note(consumer, quarter, count);
                int team = s.ownerOf(consumer);
                if (team >= 0 && s.teamType(team) == TeamType.STREAM_ALIGNED) {
                    count = note(team, quarter, count);
                }
            }
        }
        if (count == 0) {
            return List.of();
        }
        int last = Math.max(first, latestQuarter);
        int[] newConsumers = new int[last - first + 1];
        int[] newTeams = new int[last - first + 1];
        for (int i = 0; i < count; i++) {
            int node = touched[i];
            int[] series = s.is(node, NodeKind.TEAM) ? newTeams : newConsumers;
            series[firstQuarter[node] - first]++;
        }
        List<AdoptionPoint> points = new ArrayList<>(newConsumers.length);
        int consumers = 0;
        int teams = 0;
        for (int i = 0; i < newConsumers.length; i++) {
            consumers += newConsumers[i];
            teams += newTeams[i];
            int year = Math.floorDiv(first + i, 4);
            int quarter = Math.floorMod(first + i, 4) + 1;
            points.add(new AdoptionPoint(
                    year + "-Q" + quarter,
                    year,
                    quarter,
                    teams,
                    SnapshotAdoption.rate(teams, streamAlignedTeams),
                    consumers));
        }
        return points;
    }

    private int note(int node, int quarter, int count) {
        if (seen[node] != stamp) {
            seen[node] = stamp;
            firstQuarter[node] = quarter;
            touched[count] = node;
            return count + 1;
        }
        if (quarter < firstQuarter[node]) {
            firstQuarter[node] = quarter;
        }
        return count;
    }

    private static int quarter(int epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        return date.getYear() * 4 + (date.getMonthValue() - 1) / 3;
    }
}
