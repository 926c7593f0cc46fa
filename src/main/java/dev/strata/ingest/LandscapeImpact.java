package dev.strata.ingest;

import dev.strata.model.Landscape;
import dev.strata.model.LandscapeDiff;

import dev.strata.analytics.chains.Cycles;
import dev.strata.analytics.chains.DependencyCycle;
import dev.strata.analytics.chains.LayerViolation;
import dev.strata.analytics.chains.LayerViolations;
import dev.strata.model.InteractionMode;
import dev.strata.model.EdgeType;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.Lifecycle;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import dev.strata.model.TeamType;
import dev.strata.analytics.impact.BlastRadiusEngine;
import dev.strata.analytics.impact.BlastRadiusRequest;
import dev.strata.analytics.impact.BlastRadiusResult;
import dev.strata.analytics.impact.Scenario;
import dev.strata.analytics.load.CognitiveLoadBand;
import dev.strata.analytics.load.CognitiveLoadModel;
import dev.strata.analytics.load.SnapshotCognitiveLoad;
import dev.strata.analytics.load.TeamCognitiveLoad;
import dev.strata.model.LandscapeDiff.Action;
import dev.strata.model.LandscapeDiff.EdgeChange;
import dev.strata.model.LandscapeDiff.NodeChange;
import dev.strata.model.Landscape.Edge;
import dev.strata.model.Landscape.Node;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a change does, computed with the analytics engines on in-memory snapshots of the graph before and after it.
 *
 * @param blastRadius          per capability the change removes or changes: what depends on it today
 * @param newLayerViolations   upward dependencies the change introduces
 * @param fixedLayerViolations upward dependencies the change removes
 * @param newCycles            dependency cycles the change introduces
 * @param fixedCycles          dependency cycles the change breaks
 * @param loadChanges          teams whose cognitive-load band changes
 * @param deprecatedUse        consumers newly left on a deprecated, retired or removed capability
 */
public record LandscapeImpact(List<CapabilityImpact> blastRadius, List<LayerViolation> newLayerViolations,
                              List<LayerViolation> fixedLayerViolations, List<DependencyCycle> newCycles,
                              List<DependencyCycle> fixedCycles, List<LoadChange> loadChanges,
                              List<DeprecatedUse> deprecatedUse) {

    static final LandscapeImpact NONE = new LandscapeImpact(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of());

    static LandscapeImpact of(Landscape before, LandscapeDiff diff, CognitiveLoadModel loadModel) {
        LandscapeSnapshot snapshotBefore = LandscapeSnapshot.of(before);
        LandscapeSnapshot snapshotAfter = LandscapeSnapshot.of(diff.after());
        Map<String, TeamLoad> loadBefore = loads(snapshotBefore, loadModel);
        Map<String, TeamLoad> loadAfter = loads(snapshotAfter, loadModel);
        return new LandscapeImpact(blastRadius(snapshotBefore, diff),
                difference(LayerViolations.find(snapshotAfter).violations(),
                        LayerViolations.find(snapshotBefore).violations(), LandscapeImpact::violationKey),
                difference(LayerViolations.find(snapshotBefore).violations(),
                        LayerViolations.find(snapshotAfter).violations(), LandscapeImpact::violationKey),
                difference(Cycles.find(snapshotAfter), Cycles.find(snapshotBefore), c -> new TreeSet<>(c.members())),
                difference(Cycles.find(snapshotBefore), Cycles.find(snapshotAfter), c -> new TreeSet<>(c.members())),
                loadChanges(loadBefore, loadAfter), deprecatedUse(before, diff.after()));
    }

    private static List<CapabilityImpact> blastRadius(LandscapeSnapshot before, LandscapeDiff diff) {
        Map<String, Action> touched = new LinkedHashMap<>();
        for (NodeChange change : diff.nodeChanges()) {
            if (change.kind() == NodeKind.CAPABILITY && change.action() != Action.ADD) {
                touched.put(change.key(), change.action());
            }
        }
        for (EdgeChange change : diff.edgeChanges()) {
            if (change.type() == EdgeType.DEPENDS_ON || change.type() == EdgeType.PROVIDES) {
                touched.putIfAbsent(change.toKind() == NodeKind.CAPABILITY && change.type() == EdgeType.PROVIDES
                        ? change.toKey() : change.fromKey(), Action.CHANGE);
            }
        }
        BlastRadiusEngine engine = new BlastRadiusEngine();
        List<CapabilityImpact> impacts = new ArrayList<>();
        touched.forEach((key, action) -> {
            if (before.indexOf(NodeKind.CAPABILITY, key) < 0) {
                return;
            }
            BlastRadiusResult result = engine.analyse(before, BlastRadiusRequest.downstream(
                    new NodeRef(NodeKind.CAPABILITY, key)).withScenario(action == Action.REMOVE ? Scenario.FAIL
                    : Scenario.CHANGE).withPage(0, 0));
            impacts.add(new CapabilityImpact(key, action, result.totalCount() - 1, result.tier1Consumers(),
                    result.severity()));
        });
        impacts.sort(Comparator.comparingInt(CapabilityImpact::affected).reversed()
                .thenComparing(CapabilityImpact::capabilityKey));
        return impacts;
    }

    private static Map<String, TeamLoad> loads(LandscapeSnapshot snapshot, CognitiveLoadModel model) {
        Map<String, TeamLoad> loads = new HashMap<>();
        for (TeamCognitiveLoad load : SnapshotCognitiveLoad.allTeams(snapshot, model)) {
            loads.put(load.teamKey(), new TeamLoad(load.index(), load.band()));
        }
        return loads;
    }

    private static List<LoadChange> loadChanges(Map<String, TeamLoad> before, Map<String, TeamLoad> after) {
        Set<String> teams = new TreeSet<>(before.keySet());
        teams.addAll(after.keySet());
        List<LoadChange> changes = new ArrayList<>();
        for (String team : teams) {
            TeamLoad old = before.get(team);
            TeamLoad now = after.get(team);
            CognitiveLoadBand oldBand = old == null ? null : old.band();
            CognitiveLoadBand newBand = now == null ? null : now.band();
            if (oldBand != newBand) {
                changes.add(new LoadChange(team, oldBand, newBand, old == null ? null : old.index(),
                        now == null ? null : now.index()));
            }
        }
        return changes;
    }

    private static List<DeprecatedUse> deprecatedUse(Landscape before, Landscape after) {
        Map<String, String> stateBefore = consumptionStates(before);
        Map<String, String> stateAfter = consumptionStates(after);
        List<DeprecatedUse> uses = new ArrayList<>();
        stateAfter.forEach((pair, state) -> {
            if (!state.equals("OK") && !state.equals(stateBefore.get(pair))) {
                String[] keys = pair.split("\u0000");
                uses.add(new DeprecatedUse(keys[0], keys[1], state));
            }
        });
        for (Edge edge : before.edges().values()) {
            if (edge.id().type() == EdgeType.CONSUMES && after.nodes().containsKey(edge.id().from())
                    && !after.nodes().containsKey(edge.id().to())) {
                uses.add(new DeprecatedUse(edge.id().from().key(), edge.id().to().key(), "REMOVED"));
            }
        }
        uses.sort(Comparator.comparing(DeprecatedUse::consumerKey).thenComparing(DeprecatedUse::capabilityKey));
        return uses;
    }

    private static Map<String, String> consumptionStates(Landscape landscape) {
        Map<String, String> states = new LinkedHashMap<>();
        for (Edge edge : landscape.edges().values()) {
            if (edge.id().type() == EdgeType.CONSUMES) {
                Node capability = landscape.nodes().get(edge.id().to());
                Object lifecycle = capability == null ? null : capability.properties().get("lifecycle");
                states.put(edge.id().from().key() + "\u0000" + edge.id().to().key(),
                        "DEPRECATED".equals(lifecycle) || "RETIRED".equals(lifecycle) ? (String) lifecycle : "OK");
            }
        }
        return states;
    }

    private static <T> List<T> difference(List<T> these, List<T> those, java.util.function.Function<T, ?> key) {
        Set<?> known = those.stream().map(key).collect(Collectors.toSet());
        return these.stream().filter(t -> !known.contains(key.apply(t))).toList();
    }

    private static String violationKey(LayerViolation violation) {
        return violation.fromCapability() + "->" + violation.toCapability();
    }

    /** The blast radius of a capability the change removes or changes, measured on today's graph. */
    public record CapabilityImpact(String capabilityKey, Action action, int affected, int tier1Consumers,
                                   long severity) {
    }

    /** A team's cognitive-load index and band. */
    record TeamLoad(double index, CognitiveLoadBand band) {
    }

    /** A team whose band changes (null before: a new team; null after: a removed team). */
    public record LoadChange(String teamKey, @Nullable CognitiveLoadBand bandBefore,
                             @Nullable CognitiveLoadBand bandAfter, @Nullable Double indexBefore,
                             @Nullable Double indexAfter) {
    }

    /** A consumer that, after the change, uses a capability in state DEPRECATED, RETIRED or REMOVED. */
    public record DeprecatedUse(String consumerKey, String capabilityKey, String state) {
    }
}
