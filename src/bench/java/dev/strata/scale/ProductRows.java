package dev.strata.scale;

import dev.strata.analytics.CypherQueries;
import dev.strata.analytics.collaboration.Collaborations;
import dev.strata.analytics.collaboration.LongCollaboration;
import dev.strata.analytics.collaboration.OverCollaboratingTeam;
import dev.strata.analytics.collaboration.UnagreedHandover;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.removed.LoadRemovedModel;
import dev.strata.analytics.removed.PlatformLoadRemoved;
import dev.strata.analytics.removed.SnapshotLoadRemoved;
import dev.strata.analytics.removed.TeamLoadRemoved;
import dev.strata.analytics.scorecard.PlatformScorecard;
import dev.strata.analytics.scorecard.ScorecardRules;
import dev.strata.analytics.scorecard.Scorecards;
import dev.strata.scorecard.ScorecardRulesFile;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Platforms as products (issue #14): scorecards, load removed and collaboration, each engine against its reference. */
final class ProductRows {

    /** The day collaboration ages are measured on: fixed, so reports compare. */
    static final LocalDate AS_OF = LocalDate.parse("2026-12-04");

    private final Measurements m;
    private final LandscapeSnapshot snapshot;

    ProductRows(Measurements measurements, LandscapeSnapshot snapshot) {
        this.m = measurements;
        this.snapshot = snapshot;
    }

    void all() {
        scorecards();
        teamLoadRemoved();
        platformLoadRemoved();
        collaboration();
    }

    private void scorecards() {
        ScorecardRules rules = ScorecardRulesFile.shipped();
        Timings timings = m.measure(() -> Scorecards.all(snapshot, rules));
        Map<String, Integer> levels = new TreeMap<>();
        for (PlatformScorecard card : Scorecards.all(snapshot, rules)) {
            levels.merge(String.valueOf(card.level()), 1, Integer::sum);
        }
        m.report.add(new BenchmarkReport.Row(
                        "product scorecards of every platform, shipped rules (Scorecards)",
                        timings,
                        null,
                        "n/a: no Cypher reference; checked by ScorecardsTest and DemoProductsTest",
                        snapshot.nodes(dev.strata.model.NodeKind.PLATFORM).length + " platforms; levels " + levels
                                + " (the generator declares no documentation, support or on-call)")
                .withTarget(m.target("median", 100, Double.NaN)));
    }

    private void teamLoadRemoved() {
        LoadRemovedModel model = LoadRemovedModel.defaults();
        Timings timings = m.measure(() -> SnapshotLoadRemoved.teams(snapshot, model));
        Set<String> expected = new TreeSet<>();
        for (TeamLoadRemoved t : SnapshotLoadRemoved.teams(snapshot, model)) {
            expected.add(t.teamKey() + "=" + Measurements.round(t.handledLoad()) + "/" + t.hiddenCapabilities());
        }
        Measurements.Reference ref = m.reference(
                CypherQueries.load("team-load-removed"),
                new HashMap<>(model.parameters()),
                r -> r.get("teamKey").asString() + "="
                        + Measurements.round(r.get("handledLoad").asDouble()) + "/"
                        + r.get("hiddenCapabilities").asInt());
        m.report.add(Measurements.row(
                        "load removed, every consuming team (SnapshotLoadRemoved.teams)",
                        timings,
                        ref,
                        expected,
                        expected.size() + " teams; team-load-removed.cypher")
                .withTarget(m.target("median", 100, Double.NaN)));
    }

    private void platformLoadRemoved() {
        LoadRemovedModel model = LoadRemovedModel.defaults();
        Timings timings = m.measure(() -> SnapshotLoadRemoved.platforms(snapshot, model));
        Set<String> expected = new TreeSet<>();
        for (PlatformLoadRemoved p : SnapshotLoadRemoved.platforms(snapshot, model)) {
            expected.add(p.platformKey() + "=" + Measurements.round(p.netLoad()));
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("weights", model.parameters().get("weights"));
        Measurements.Reference ref = m.reference(
                CypherQueries.load("platform-load-removed"),
                parameters,
                r -> r.get("platformKey").asString() + "="
                        + Measurements.round(r.get("netLoad").asDouble()));
        m.report.add(Measurements.row(
                        "load removed, every platform (SnapshotLoadRemoved.platforms)",
                        timings,
                        ref,
                        expected,
                        expected.size() + " platforms; platform-load-removed.cypher")
                .withTarget(m.target("median", 100, Double.NaN)));
    }

    private void collaboration() {
        Period maxAge = Period.ofMonths(6);
        Timings timings = m.measure(() -> {
            Collaborations.longRunning(snapshot, AS_OF, maxAge);
            Collaborations.overCollaborating(snapshot);
            return Collaborations.unagreedHandovers(snapshot);
        });
        Set<String> expected = new TreeSet<>();
        for (LongCollaboration c : Collaborations.longRunning(snapshot, AS_OF, maxAge)) {
            expected.add("long " + c.consumerKey() + "->" + c.capabilityKey());
        }
        for (OverCollaboratingTeam t : Collaborations.overCollaborating(snapshot)) {
            expected.add("over " + t.teamKey() + "=" + t.collaborations());
        }
        for (UnagreedHandover h : Collaborations.unagreedHandovers(snapshot)) {
            expected.add(
                    "unagreed " + h.fromTeamKey() + "->" + h.toTeamKey() + ":" + h.capabilityKey() + "=" + h.edges());
        }
        Measurements.Reference longRef = m.reference(
                CypherQueries.load("long-collaborations"),
                Map.of("asOf", AS_OF.toString(), "maxAge", maxAge.toString()),
                r -> "long " + r.get("consumerKey").asString() + "->"
                        + r.get("capabilityKey").asString());
        Measurements.Reference overRef = m.reference(
                CypherQueries.load("over-collaborating-teams"),
                Map.of(),
                r -> "over " + r.get("teamKey").asString() + "="
                        + r.get("collaborations").asInt());
        Measurements.Reference unagreedRef = m.reference(
                CypherQueries.load("unagreed-handovers"),
                Map.of(),
                r -> "unagreed " + r.get("fromTeamKey").asString() + "->"
                        + r.get("toTeamKey").asString() + ":"
                        + r.get("capabilityKey").asString() + "="
                        + r.get("edges").asInt());
        Measurements.Reference ref;
        if (longRef.timings() == null || overRef.timings() == null || unagreedRef.timings() == null) {
            ref = new Measurements.Reference(
                    java.util.List.of(), null, longRef.failure() + overRef.failure() + unagreedRef.failure());
        } else {
            java.util.List<String> rows = new java.util.ArrayList<>(longRef.rows());
            rows.addAll(overRef.rows());
            rows.addAll(unagreedRef.rows());
            ref = new Measurements.Reference(
                    rows,
                    Timings.of(longRef.timings().median()
                            + overRef.timings().median()
                            + unagreedRef.timings().median()),
                    "");
        }
        m.report.add(Measurements.row(
                        "collaboration that lasts: long-running (6 months), over-collaborating teams, handovers without"
                                + " an SLO (Collaborations)",
                        timings,
                        ref,
                        expected,
                        expected.size() + " findings as of " + AS_OF + "; long-collaborations.cypher,"
                                + " over-collaborating-teams.cypher, unagreed-handovers.cypher (reference: sum of the"
                                + " three medians)")
                .withTarget(m.target("median", 100, Double.NaN)));
    }
}
