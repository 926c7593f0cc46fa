package dev.strata.scale;

import dev.strata.analytics.CypherQueries;
import dev.strata.analytics.adoption.CapabilityAdoption;
import dev.strata.analytics.adoption.CypherAdoption;
import dev.strata.analytics.adoption.SnapshotAdoption;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.hotspots.Hotspot;
import dev.strata.analytics.hotspots.HotspotEngine;
import dev.strata.analytics.hotspots.Hotspots;
import dev.strata.analytics.impact.BlastRadiusEngine;
import dev.strata.analytics.impact.BlastRadiusRequest;
import dev.strata.analytics.impact.BlastRadiusResult;
import dev.strata.analytics.impact.Total;
import dev.strata.analytics.risk.CypherRisks;
import dev.strata.analytics.risk.DeprecatedInUse;
import dev.strata.analytics.risk.OwnershipRisks;
import dev.strata.analytics.risk.ReachRisks;
import dev.strata.analytics.risk.SearchCounts;
import dev.strata.analytics.risk.SinglePointsOfFailureAnalysis;
import dev.strata.analytics.risk.TierInversion;
import dev.strata.model.NodeKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.neo4j.driver.exceptions.Neo4jException;

/** Single points of failure, the other structural risks, hotspots and adoption: engines against references. */
final class RiskRows {

    /** More rows than this are counted but not materialised as objects (tens of millions do not fit the heap). */
    private static final long MATERIALISE_AT_MOST = 3_000_000;

    private final Measurements m;
    private final LandscapeSnapshot snapshot;
    private final CypherRisks cypher;

    RiskRows(Measurements measurements, LandscapeSnapshot snapshot) {
        this.m = measurements;
        this.snapshot = snapshot;
        this.cypher = new CypherRisks(measurements.driver(), measurements.options.cypherTimeout());
    }

    void all() {
        singlePointsOfFailure();
        ownership();
        reach(
                "deprecated in use",
                ReachRisks.countDeprecatedInUse(snapshot, ReachRisks.MAX_HOPS),
                () -> ReachRisks.deprecatedInUse(snapshot, ReachRisks.MAX_HOPS, null, 100)
                        .items(),
                () -> ReachRisks.deprecatedInUse(snapshot, ReachRisks.MAX_HOPS),
                () -> cypher.deprecatedInUse(ReachRisks.MAX_HOPS),
                RiskRows::deprecated,
                "deprecated-in-use.cypher");
        reach(
                "tier inversions",
                ReachRisks.countTierInversions(snapshot, ReachRisks.MAX_HOPS),
                () -> ReachRisks.tierInversions(snapshot, ReachRisks.MAX_HOPS, null, 100)
                        .items(),
                () -> ReachRisks.tierInversions(snapshot, ReachRisks.MAX_HOPS),
                () -> cypher.tierInversions(ReachRisks.MAX_HOPS),
                RiskRows::inversion,
                "tier-inversions.cypher");
        hotspots();
        adoption();
    }

    private void singlePointsOfFailure() {
        Timings timings = m.measure(() -> {
            SinglePointsOfFailureAnalysis analysis = SinglePointsOfFailureAnalysis.of(snapshot);
            return analysis.capabilities(20).size() + analysis.platforms(20).size();
        });
        SinglePointsOfFailureAnalysis analysis = SinglePointsOfFailureAnalysis.of(snapshot);
        Set<String> expected = new TreeSet<>();
        for (int capability : snapshot.nodes(NodeKind.CAPABILITY)) {
            if (analysis.consumersOf(capability) > 0) {
                expected.add(snapshot.key(capability) + "=" + analysis.consumersOf(capability));
            }
        }
        // The per-consumer reference costs consumers x reachable subgraph: minutes at M's tenfold, and it cannot be
        // stopped at a timeout (plain Java); at L it is not run (the last attempt was still running after 7 minutes).
        Measurements.Reference perConsumer = m.scale() == Scale.L
                ? new Measurements.Reference(
                        List.of(),
                        null,
                        "n/a at L: the per-consumer reference (consumers x "
                                + "reachable subgraph) is not run; it was still running after 7 minutes in an earlier run")
                : m.reference(
                        () -> CypherRisks.singlePointsOfFailure(snapshot),
                        spof -> spof.capabilities().stream()
                                .map(c -> c.capabilityKey() + "=" + c.consumers())
                                .toList());
        m.report.add(Measurements.row(
                        "single points of failure (one dominator tree; top 20 capabilities and "
                                + "platforms, as GraphQL)",
                        timings,
                        perConsumer,
                        expected,
                        expected.size()
                                + " capabilities are SPOFs for some consumer; reference: the per-consumer dominators of CypherRisks "
                                + "over the same snapshot (the previous engine)")
                .withTarget(m.target("median", 100, 2_000)));
        if (m.scale() == Scale.S) {
            Measurements.Reference file = m.reference(
                    CypherQueries.load("single-points-of-failure"),
                    Map.of(),
                    r -> r.get("capabilityKey").asString() + "="
                            + r.get("consumers").asInt());
            m.report.add(Measurements.row(
                    "single points of failure vs the brute-force query file",
                    timings,
                    file,
                    expected,
                    "single-points-of-failure.cypher (Browser-sized graphs only: tried at S)"));
        }
    }

    private void ownership() {
        ownershipRow(
                "unowned platforms and capabilities",
                () -> OwnershipRisks.unowned(snapshot),
                cypher::unowned,
                "unowned.cypher");
        ownershipRow(
                "unused capabilities",
                () -> OwnershipRisks.unusedCapabilities(snapshot),
                cypher::unusedCapabilities,
                "unused-capabilities.cypher");
        ownershipRow(
                "handover points",
                () -> OwnershipRisks.handoverPoints(snapshot),
                cypher::handoverPoints,
                "handover-points.cypher");
        ownershipRow(
                "ownership ambiguity",
                () -> OwnershipRisks.ownershipAmbiguity(snapshot),
                cypher::ownershipAmbiguity,
                "ownership-ambiguity.cypher");
    }

    private void ownershipRow(
            String question, Supplier<? extends List<?>> engine, Supplier<? extends List<?>> reference, String file) {
        Timings timings = m.measure(engine);
        List<?> rows = engine.get();
        Set<String> expected = strings(rows);
        m.report.add(Measurements.row(
                        question,
                        timings,
                        javaReference(reference, RiskRows::strings),
                        expected,
                        rows.size() + " rows; " + file + " (run by CypherRisks)")
                .withTarget(m.target("median", 100, Double.NaN)));
    }

    private <T> void reach(
            String question,
            long count,
            Supplier<List<T>> page,
            Supplier<List<T>> all,
            Supplier<List<T>> reference,
            Function<T, String> withoutPath,
            String file) {
        Timings pageTimings = m.measure(page);
        List<T> first = page.get();
        Timings countTimings = m.measure(() -> question.startsWith("deprecated")
                ? ReachRisks.countDeprecatedInUse(snapshot, ReachRisks.MAX_HOPS)
                : ReachRisks.countTierInversions(snapshot, ReachRisks.MAX_HOPS));
        if (count > MATERIALISE_AT_MOST) {
            m.report.add(new BenchmarkReport.Row(
                    question + ": first page of 100 (GraphQL "
                            + (question.startsWith("deprecated") ? "deprecatedInUsePage" : "tierInversionPage") + ")",
                    pageTimings,
                    null,
                    "n/a (" + String.format("%,d", count) + " rows: the reference is not run)",
                    file,
                    m.target("median", 100, Double.NaN)));
            if (question.startsWith("deprecated")) {
                // Where the rows are too many to list, the bit-set closure does not fit either (L): the count is then
                // the same search per consumer a reference would run.
                m.report.add(new BenchmarkReport.Row(
                        question + ": count of all rows (totalCount)",
                        countTimings,
                        null,
                        "n/a",
                        String.format("%,d rows; one bounded search per consumer (the closure would not fit)", count),
                        m.target("median", 100, Double.NaN)));
                return;
            }
            // Too many rows to list: the reference is the count of one search per source, the search the listed
            // rows come from.
            Supplier<Long> searched = () -> SearchCounts.tierInversions(snapshot, ReachRisks.MAX_HOPS);
            Timings searchTimings = Measurements.measureAdaptive(0, 1, searched);
            long searchCount = searched.get();
            m.report.add(new BenchmarkReport.Row(
                    question + ": count of all rows (totalCount)",
                    countTimings,
                    searchTimings,
                    count == searchCount
                            ? "equal to one search per source (" + String.format("%,d", count) + ")"
                            : "DIFFERENT: " + count + " counted, " + searchCount + " by one search per source",
                    String.format(
                            "%,d rows; reference: one bounded breadth-first search per source (HopSearch, the"
                                    + " search the listed rows come from), counting what it reaches",
                            count),
                    m.target("median", 100, Double.NaN)));
            return;
        }
        Timings allTimings = Measurements.measureAdaptive(1, Math.min(m.options.runs(), 5), all);
        List<T> rows = all.get();
        Set<String> expected = new TreeSet<>(rows.stream().map(withoutPath).toList());
        Measurements.Reference ref =
                javaReference(reference, list -> list.stream().map(withoutPath).toList());
        String pageCheck = rows.subList(0, Math.min(100, rows.size())).equals(first)
                ? "equal to the first 100 of all"
                : "DIFFERENT from the first 100 of all";
        m.report.add(new BenchmarkReport.Row(
                question + ": first page of 100 (GraphQL "
                        + (question.startsWith("deprecated") ? "deprecatedInUsePage" : "tierInversionPage") + ")",
                pageTimings,
                null,
                pageCheck,
                "searches only from the sources on the page",
                m.target("median", 100, Double.NaN)));
        m.report.add(new BenchmarkReport.Row(
                question + ": count of all rows (totalCount)",
                countTimings,
                null,
                count == rows.size()
                        ? "equal to all rows (" + count + ")"
                        : "DIFFERENT: " + count + " counted, " + rows.size() + " listed",
                "no rows built: deprecated uses from a bounded closure of bit sets where it fits, tier inversions by"
                        + " bit-parallel searches, 64 sources at a time",
                m.target("median", 100, Double.NaN)));
        m.report.add(Measurements.row(
                question + ": all rows with paths",
                allTimings,
                ref,
                expected,
                String.format(
                        "%,d rows; %s (compared without the path: several shortest paths can exist)", count, file)));
    }

    private void hotspots() {
        Timings cold =
                Measurements.measureAdaptive(1, Math.min(m.options.runs(), 5), () -> HotspotEngine.compute(snapshot));
        Hotspots ranking = HotspotEngine.compute(snapshot);
        Timings warm = m.measure(() -> ranking.top(10));
        List<Hotspot> all = ranking.all();
        // the reference: one blast radius per node, for every node at S, for the top 100 and a random sample above
        List<Hotspot> checked = new ArrayList<>(all.subList(0, Math.min(100, all.size())));
        Random random = new Random(m.options.seed());
        int sample = all.size() <= 5_000 ? all.size() : 1_000;
        if (sample == all.size()) {
            checked = all;
        } else {
            for (int i = 0; i < sample; i++) {
                checked.add(all.get(100 + random.nextInt(all.size() - 100)));
            }
        }
        List<Hotspot> toCheck = checked;
        Measurements.Reference ref = m.reference(() -> bruteForce(toCheck), list -> list);
        Set<String> expected = strings(toCheck);
        String scope = sample == all.size()
                ? "every capability and platform"
                : "the top 100 and " + sample + " random others of " + all.size();
        m.report.add(new BenchmarkReport.Row(
                "hotspots, cold: the ranking of every capability and platform (one per " + "snapshot version)",
                cold,
                null,
                Measurements.row("", cold, ref, expected, "").check() + " (" + scope
                        + " against one blast radius each)",
                "HotspotEngine; the reference (one blast radius "
                        + "per node) took "
                        + BenchmarkReport.ms(
                                ref.timings() == null
                                        ? Double.NaN
                                        : ref.timings().median())
                        + " ms for the nodes checked",
                m.target("median", 2_000, Double.NaN)));
        m.report.add(new BenchmarkReport.Row(
                "hotspots, warm: the first 10 of the cached ranking",
                warm,
                null,
                "n/a",
                "what a request costs once the ranking of the version is complete",
                m.target("median", 5, Double.NaN)));
    }

    private List<String> bruteForce(List<Hotspot> nodes) {
        BlastRadiusEngine engine = new BlastRadiusEngine();
        List<String> rows = new ArrayList<>();
        for (Hotspot hotspot : nodes) {
            BlastRadiusResult result = engine.analyse(
                    snapshot, BlastRadiusRequest.downstream(hotspot.ref()).withPage(0, 0));
            int consumers = result.totals().byKind().stream()
                    .filter(t -> t.key().equals("CONSUMER"))
                    .mapToInt(Total::count)
                    .sum();
            rows.add(new Hotspot(
                            hotspot.kind(),
                            hotspot.key(),
                            hotspot.name(),
                            result.totalCount(),
                            consumers,
                            result.tier1Consumers(),
                            result.severity())
                    .toString());
        }
        return rows;
    }

    private void adoption() {
        Timings timings = m.measure(() -> SnapshotAdoption.capabilities(snapshot));
        Set<String> expected = new TreeSet<>();
        for (CapabilityAdoption adoption : SnapshotAdoption.capabilities(snapshot)) {
            expected.add(adoption(adoption));
        }
        CypherAdoption reference = new CypherAdoption(m.driver(), m.options.cypherTimeout());
        Measurements.Reference ref = javaReference(
                reference::capabilities,
                list -> list.stream().map(RiskRows::adoption).toList());
        m.report.add(Measurements.row(
                        "adoption, all capabilities with trends (SnapshotAdoption)",
                        timings,
                        ref,
                        expected,
                        expected.size() + " capabilities; reference: CypherAdoption (capability-adoption.cypher and "
                                + "adoption-events.cypher for the trends); compared: consumers, adopting teams, rate, first "
                                + "use, days to first use, trend")
                .withTarget(m.target("ratio", 10, Double.NaN)));
    }

    private static String adoption(CapabilityAdoption a) {
        return a.capabilityKey() + "=" + a.consumers() + "/" + a.adoptingTeams() + "/"
                + Measurements.round(a.adoptionRate()) + "/" + a.firstUse() + "/" + a.daysToFirstUse() + "/"
                + a.trend();
    }

    private static String deprecated(DeprecatedInUse d) {
        return d.consumerKey() + "->" + d.capabilityKey() + ":" + d.hops();
    }

    private static String inversion(TierInversion t) {
        return t.sourceKind() + ":" + t.sourceKey() + "->" + t.targetKey() + ":" + t.hops();
    }

    /** A reference in Java over the database (the Cypher files run by a reference class), timed, or its timeout. */
    private <T> Measurements.Reference javaReference(Supplier<T> run, Function<T, ? extends Collection<String>> rows) {
        try {
            return m.reference(run, rows);
        } catch (Neo4jException e) {
            return new Measurements.Reference(
                    List.of(),
                    null,
                    "reference stopped at its " + m.options.cypherTimeout().toSeconds() + " s timeout (" + e.code()
                            + ")");
        }
    }

    private static Set<String> strings(Collection<?> rows) {
        Set<String> strings = new TreeSet<>();
        rows.forEach(row -> strings.add(String.valueOf(row)));
        return strings;
    }
}
