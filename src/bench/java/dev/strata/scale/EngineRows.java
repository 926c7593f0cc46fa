package dev.strata.scale;

import dev.strata.analytics.CypherQueries;
import dev.strata.analytics.chains.Cycles;
import dev.strata.analytics.chains.DependencyCycle;
import dev.strata.analytics.chains.LayerViolation;
import dev.strata.analytics.chains.LayerViolations;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.impact.AffectedNode;
import dev.strata.analytics.impact.BlastRadiusEngine;
import dev.strata.analytics.impact.BlastRadiusRequest;
import dev.strata.analytics.impact.BlastRadiusResult;
import dev.strata.analytics.load.CognitiveLoadModel;
import dev.strata.analytics.load.SnapshotCognitiveLoad;
import dev.strata.analytics.load.TeamCognitiveLoad;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/** Blast radius, layer violations, cycles and cognitive load: each engine against its reference query. */
final class EngineRows {

    /** Plain Cypher's fastest form of the same traversal (pruning BFS), for a ratio where the reference is too slow. */
    static final String REACHABLE_CAPABILITIES = """
            MATCH (:Capability {key: $key})<-[:DEPENDS_ON*0..20]-(affected:Capability)
            RETURN count(DISTINCT affected) AS capabilities
            """;

    private final Measurements m;
    private final LandscapeSnapshot snapshot;

    EngineRows(Measurements measurements, LandscapeSnapshot snapshot) {
        this.m = measurements;
        this.snapshot = snapshot;
    }

    /** The capabilities with the most direct dependents. */
    List<NodeRef> hubs() {
        int[] capabilities = snapshot.nodes(NodeKind.CAPABILITY);
        return IntStream.of(capabilities)
                .boxed()
                .sorted(Comparator.comparingInt(
                                (Integer c) -> -snapshot.in(EdgeType.DEPENDS_ON).degree(c))
                        .thenComparing(snapshot::key))
                .limit(m.options.hubs())
                .map(snapshot::ref)
                .toList();
    }

    void all(List<NodeRef> hubs) {
        blastRadius(hubs);
        reachability(hubs);
        violationsAndCycles();
        cognitiveLoad();
    }

    private void blastRadius(List<NodeRef> hubs) {
        BlastRadiusEngine engine = new BlastRadiusEngine();
        String reference = CypherQueries.load("blast-radius-downstream");
        Timings engineTimes = Timings.of();
        Timings cypherTimes = Timings.of();
        List<String> problems = new ArrayList<>();
        int smallest = Integer.MAX_VALUE;
        int largest = 0;
        boolean cypherStopped = false;
        for (NodeRef hub : hubs) {
            BlastRadiusRequest page = BlastRadiusRequest.downstream(hub).withPage(0, 100);
            engineTimes = engineTimes.plus(Timings.measure(
                    Math.min(5, m.options.runs()), m.options.runs(), () -> engine.analyse(snapshot, page)));
            BlastRadiusResult all = engine.analyse(snapshot, BlastRadiusRequest.downstream(hub));
            smallest = Math.min(smallest, all.totalCount());
            largest = Math.max(largest, all.totalCount());
            Set<String> expected = new TreeSet<>();
            for (AffectedNode node : all.items()) {
                expected.add(node.kind() + ":" + node.key() + ":" + node.depth());
            }
            if (cypherStopped) {
                continue;
            }
            Measurements.Reference ref = m.reference(
                    reference,
                    Map.of("key", hub.key()),
                    r -> r.get("kind").asString() + ":" + r.get("key").asString() + ":"
                            + r.get("depth").asInt());
            if (ref.timings() == null) {
                // One timeout is enough: the remaining hubs are as big, each would cost another timeout.
                problems.add(hub.key() + ": " + ref.failure() + "; not tried for the hubs after it");
                cypherStopped = true;
                continue;
            }
            cypherTimes = cypherTimes.plus(ref.timings());
            if (!new TreeSet<>(ref.rows()).equals(expected)) {
                problems.add("DIFFERENT for " + hub.key() + ": engine " + expected.size() + " nodes, reference "
                        + ref.rows().size());
            }
        }
        String check = problems.isEmpty()
                ? "equal (" + hubs.size() + " hubs, kind+key+depth)"
                : problems.stream().anyMatch(p -> p.startsWith("DIFFERENT"))
                        ? "DIFFERENT: " + problems
                        : "equal where answered; " + problems;
        m.report.add(new BenchmarkReport.Row(
                "blast radius of the " + hubs.size()
                        + " biggest hubs (downstream, full depth; summary + first 100 with paths)",
                engineTimes,
                cypherTimes.runs() == 0 ? null : cypherTimes,
                check,
                "hubs %s .. %s; %,d to %,d affected nodes each; reference: blast-radius-downstream.cypher (all rows)"
                        .formatted(hubs.getFirst().key(), hubs.getLast().key(), smallest, largest),
                m.target("median", 5, Double.NaN)));
    }

    private void reachability(List<NodeRef> hubs) {
        BlastRadiusEngine engine = new BlastRadiusEngine();
        Timings engineTimes = Timings.of();
        Timings cypherTimes = Timings.of();
        List<String> problems = new ArrayList<>();
        boolean cypherStopped = false;
        for (NodeRef hub : hubs) {
            BlastRadiusRequest summary = BlastRadiusRequest.downstream(hub).withPage(0, 0);
            engineTimes = engineTimes.plus(Timings.measure(
                    Math.min(5, m.options.runs()), m.options.runs(), () -> engine.analyse(snapshot, summary)));
            long expected = engine.analyse(snapshot, summary).totals().byKind().stream()
                    .filter(t -> t.key().equals(NodeKind.CAPABILITY.name()))
                    .mapToLong(t -> t.count())
                    .sum();
            if (cypherStopped) {
                continue;
            }
            Measurements.Reference ref = m.reference(
                    REACHABLE_CAPABILITIES,
                    Map.of("key", hub.key()),
                    r -> String.valueOf(r.get("capabilities").asLong()));
            if (ref.timings() == null) {
                // as above: the hubs after it are as big, each would cost another timeout
                problems.add(hub.key() + ": " + ref.failure() + "; not tried for the hubs after it");
                cypherStopped = true;
                continue;
            }
            cypherTimes = cypherTimes.plus(ref.timings());
            if (!ref.rows().equals(List.of(String.valueOf(expected)))) {
                problems.add("DIFFERENT for " + hub.key() + ": engine " + expected + ", reference " + ref.rows());
            }
        }
        m.report.add(new BenchmarkReport.Row(
                "blast radius summary of the same hubs vs the fastest plain Cypher "
                        + "(count(DISTINCT) reachable capabilities)",
                engineTimes,
                cypherTimes.runs() == 0 ? null : cypherTimes,
                problems.isEmpty()
                        ? "equal (" + hubs.size() + " hubs, capability count)"
                        : (problems.stream().anyMatch(p -> p.startsWith("DIFFERENT")) ? "DIFFERENT: " : "") + problems,
                "engine: full summary (totals, severity, depth), no items; reference: a pruning BFS that answers "
                        + "only the count, no depths, paths, consumers or teams"));
    }

    private void violationsAndCycles() {
        Timings violations = m.measure(() -> LayerViolations.find(snapshot));
        Set<String> expectedViolations = new TreeSet<>();
        for (LayerViolation v : LayerViolations.find(snapshot).violations()) {
            expectedViolations.add(v.fromCapability() + "->" + v.toCapability());
        }
        Measurements.Reference violationsRef = m.reference(
                CypherQueries.load("layer-violations"),
                Map.of(),
                r -> r.get("fromCapability").asString() + "->"
                        + r.get("toCapability").asString());
        m.report.add(Measurements.row(
                "layer violations",
                violations,
                violationsRef,
                expectedViolations,
                expectedViolations.size() + " violations; layer-violations.cypher"));

        Timings cycles = m.measure(() -> Cycles.find(snapshot));
        Set<String> expectedCycles = new TreeSet<>();
        for (DependencyCycle cycle : Cycles.find(snapshot)) {
            expectedCycles.add(String.join(",", cycle.members()));
        }
        Measurements.Reference cyclesRef = m.reference(
                CypherQueries.load("cycles"),
                Map.of(),
                r -> String.join(",", r.get("members").asList(v -> v.asString())));
        m.report.add(Measurements.row(
                "dependency cycles",
                cycles,
                cyclesRef,
                expectedCycles,
                expectedCycles.size() + " cycles; cycles.cypher"));
    }

    private void cognitiveLoad() {
        CognitiveLoadModel model = CognitiveLoadModel.defaults();
        Timings timings = m.measure(() -> SnapshotCognitiveLoad.allTeams(snapshot, model));
        Set<String> expected = new TreeSet<>();
        for (TeamCognitiveLoad load : SnapshotCognitiveLoad.allTeams(snapshot, model)) {
            expected.add(load.teamKey() + "=" + Measurements.round(load.index()));
        }
        Map<String, Object> parameters = new HashMap<>(model.parameters());
        parameters.put("teamKey", null);
        Measurements.Reference ref = m.reference(
                CypherQueries.load("team-cognitive-load"),
                parameters,
                r -> r.get("teamKey").asString() + "="
                        + Measurements.round(r.get("index").asDouble()));
        m.report.add(Measurements.row(
                        "cognitive load, all teams (SnapshotCognitiveLoad)",
                        timings,
                        ref,
                        expected,
                        expected.size()
                                + " teams; team-cognitive-load.cypher (what CypherCognitiveLoad runs, the reference)")
                .withTarget(m.target("median", 100, Double.NaN)));
    }
}
