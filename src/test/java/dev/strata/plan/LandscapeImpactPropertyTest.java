package dev.strata.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.load.CognitiveLoadModel;
import dev.strata.analytics.risk.CypherRisks;
import dev.strata.ingest.LandscapeParser;
import dev.strata.model.EdgeType;
import dev.strata.model.Landscape;
import dev.strata.model.Landscape.Edge;
import dev.strata.model.Landscape.EdgeId;
import dev.strata.model.Landscape.Node;
import dev.strata.model.LandscapeDiff;
import dev.strata.model.Lifecycle;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import dev.strata.scorecard.ScorecardRulesFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plan looks again only at what relies on what a change touches. On random changes of the demo (lifecycles,
 * tiers, dependencies, consumptions, categories, platforms, capabilities added and removed), that scoped impact
 * equals the difference of the whole landscape recomputed before and after by brute force: deprecated capabilities
 * in use, tier inversions and ownership ambiguity by {@link BruteForce}, single points of failure by the Risks view's
 * whole-landscape computation.
 */
class LandscapeImpactPropertyTest {

    private static final Landscape DEMO =
            LandscapeParser.parse(DemoFiles.load().files()).declared();

    static IntStream seeds() {
        return IntStream.range(0, 60);
    }

    @Test
    void theSeedsCoverEveryKindInBothDirections() {
        List<LandscapeImpact> impacts = seeds().mapToObj(seed -> LandscapeImpact.of(
                        DEMO,
                        LandscapeDiff.of(DEMO, changed(seed, new ArrayList<>())),
                        CognitiveLoadModel.defaults(),
                        ScorecardRulesFile.shipped()))
                .toList();
        assertThat(impacts)
                .anyMatch(i -> !i.newDeprecatedUse().isEmpty())
                .anyMatch(i -> !i.fixedDeprecatedUse().isEmpty())
                .anyMatch(i -> !i.newTierInversions().isEmpty())
                .anyMatch(i -> !i.fixedTierInversions().isEmpty())
                .anyMatch(i -> !i.newSinglePointsOfFailure().isEmpty())
                .anyMatch(i -> !i.fixedSinglePointsOfFailure().isEmpty())
                .anyMatch(i -> !i.newOwnershipAmbiguity().isEmpty())
                .anyMatch(i -> !i.fixedOwnershipAmbiguity().isEmpty());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theScopedImpactEqualsTheWholeLandscapeBeforeAndAfter(int seed) {
        List<String> edits = new ArrayList<>();
        Landscape after = changed(seed, edits);
        LandscapeImpact impact = LandscapeImpact.of(
                DEMO, LandscapeDiff.of(DEMO, after), CognitiveLoadModel.defaults(), ScorecardRulesFile.shipped());
        Set<String> consumersAfter = keys(after, NodeKind.CONSUMER);

        Set<String> usesBefore = BruteForce.deprecatedUses(DEMO);
        Set<String> usesAfter = BruteForce.deprecatedUses(after);
        assertThat(lines(
                        impact.newDeprecatedUse(),
                        u -> u.consumerKey() + " " + u.capabilityKey() + " " + u.lifecycle()))
                .as("new deprecated uses after %s", edits)
                .isEqualTo(minus(usesAfter, usesBefore));
        Set<String> pairsAfter =
                new TreeSet<>(usesAfter.stream().map(BruteForce::withoutLast).toList());
        assertThat(lines(impact.fixedDeprecatedUse(), u -> u.consumerKey() + " " + u.capabilityKey()))
                .as("freed deprecated uses after %s", edits)
                .isEqualTo(new TreeSet<>(usesBefore.stream()
                        .map(BruteForce::withoutLast)
                        .filter(p -> !pairsAfter.contains(p))
                        .filter(p -> consumersAfter.contains(p.split(" ")[0]))
                        .toList()));

        Set<String> inversionsBefore = BruteForce.tierInversions(DEMO);
        Set<String> inversionsAfter = BruteForce.tierInversions(after);
        assertThat(lines(impact.newTierInversions(), t -> t.sourceKind() + " " + t.sourceKey() + " " + t.targetKey()))
                .as("new tier inversions after %s", edits)
                .isEqualTo(minus(inversionsAfter, inversionsBefore));
        assertThat(lines(impact.fixedTierInversions(), t -> t.sourceKind() + " " + t.sourceKey() + " " + t.targetKey()))
                .as("fixed tier inversions after %s", edits)
                .isEqualTo(new TreeSet<>(minus(inversionsBefore, inversionsAfter).stream()
                        .filter(line -> after.nodes()
                                .containsKey(new NodeRef(NodeKind.valueOf(line.split(" ")[0]), line.split(" ")[1])))
                        .toList()));

        Set<String> criticalBefore = critical(DEMO);
        Set<String> criticalAfter = critical(after);
        assertThat(flatten(impact.newSinglePointsOfFailure()))
                .as("new single points of failure after %s", edits)
                .isEqualTo(minus(criticalAfter, criticalBefore));
        assertThat(flatten(impact.fixedSinglePointsOfFailure()))
                .as("removed single points of failure after %s", edits)
                .isEqualTo(new TreeSet<>(minus(criticalBefore, criticalAfter).stream()
                        .filter(p -> consumersAfter.contains(p.split(" ")[1]))
                        .toList()));

        Map<String, Set<String>> offeredBefore = BruteForce.offerings(DEMO);
        Map<String, Set<String>> offeredAfter = BruteForce.offerings(after);
        Set<String> categories = new TreeSet<>(offeredBefore.keySet());
        categories.addAll(offeredAfter.keySet());
        Set<String> moreAmbiguous = new TreeSet<>();
        Set<String> lessAmbiguous = new TreeSet<>();
        for (String category : categories) {
            Set<String> then = offeredBefore.getOrDefault(category, Set.of());
            Set<String> now = offeredAfter.getOrDefault(category, Set.of());
            if (now.size() > 1 && !then.containsAll(now)) {
                moreAmbiguous.add(category);
            }
            if (then.size() > 1 && !now.containsAll(then)) {
                lessAmbiguous.add(category);
            }
        }
        assertThat(lines(impact.newOwnershipAmbiguity(), OwnershipChange::category))
                .as("after %s", edits)
                .isEqualTo(moreAmbiguous);
        assertThat(lines(impact.fixedOwnershipAmbiguity(), OwnershipChange::category))
                .as("after %s", edits)
                .isEqualTo(lessAmbiguous);
    }

    /**
     * With a list limit, every list is the first findings of the unlimited list and the totals count them all: what
     * a first apply of a million nodes reports instead of millions of findings.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aLimitedImpactListsTheFirstFindingsAndCountsThemAll(int seed) {
        Landscape after = changed(seed, new ArrayList<>());
        LandscapeDiff diff = LandscapeDiff.of(DEMO, after);
        LandscapeImpact all = LandscapeImpact.of(
                DEMO, diff, CognitiveLoadModel.defaults(), ScorecardRulesFile.shipped(), Integer.MAX_VALUE);
        int limit = 2;
        LandscapeImpact first =
                LandscapeImpact.of(DEMO, diff, CognitiveLoadModel.defaults(), ScorecardRulesFile.shipped(), limit);

        assertThat(first.totals())
                .isEqualTo(new ImpactTotals(
                        all.blastRadius().size(),
                        all.newDeprecatedUse().size(),
                        all.fixedDeprecatedUse().size(),
                        all.newSinglePointsOfFailure().size(),
                        all.fixedSinglePointsOfFailure().size(),
                        all.newLayerViolations().size(),
                        all.fixedLayerViolations().size(),
                        all.newCycles().size(),
                        all.fixedCycles().size(),
                        all.newTierInversions().size(),
                        all.fixedTierInversions().size(),
                        all.newOwnershipAmbiguity().size(),
                        all.fixedOwnershipAmbiguity().size(),
                        all.loadChanges().size()));
        assertThat(first.listLimit()).isEqualTo(limit);
        assertThat(first.affected()).isEqualTo(all.affected());
        assertThat(first.blastRadius()).isEqualTo(firstOf(all.blastRadius(), limit));
        assertThat(first.newDeprecatedUse()).isEqualTo(firstOf(all.newDeprecatedUse(), limit));
        assertThat(first.fixedDeprecatedUse()).isEqualTo(firstOf(all.fixedDeprecatedUse(), limit));
        assertThat(first.newTierInversions()).isEqualTo(firstOf(all.newTierInversions(), limit));
        assertThat(first.fixedTierInversions()).isEqualTo(firstOf(all.fixedTierInversions(), limit));
        assertThat(first.newLayerViolations()).isEqualTo(firstOf(all.newLayerViolations(), limit));
        assertThat(first.newCycles()).isEqualTo(firstOf(all.newCycles(), limit));
        assertThat(first.loadChanges()).isEqualTo(firstOf(all.loadChanges(), limit));
        assertThat(first.newSinglePointsOfFailure())
                .isEqualTo(firstOf(all.newSinglePointsOfFailure(), limit).stream()
                        .map(s -> new SinglePointChange(
                                s.capabilityKey(), s.removed(), s.consumers(), firstOf(s.consumerKeys(), limit)))
                        .toList());
        assertThat(first.fixedSinglePointsOfFailure())
                .isEqualTo(firstOf(all.fixedSinglePointsOfFailure(), limit).stream()
                        .map(s -> new SinglePointChange(
                                s.capabilityKey(), s.removed(), s.consumers(), firstOf(s.consumerKeys(), limit)))
                        .toList());
        assertThat(first.truncated())
                .isEqualTo(java.util.Arrays.stream(ImpactTotals.class.getRecordComponents())
                        .mapToInt(component -> {
                            try {
                                return (int) component.getAccessor().invoke(first.totals());
                            } catch (ReflectiveOperationException e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .anyMatch(total -> total > limit));
        assertThat(all.truncated()).isFalse();
        assertThat(first.isEmpty()).isEqualTo(all.isEmpty());
    }

    @Test
    void theSeedsListMoreFindingsThanTheLimitedImpactHolds() {
        assertThat(seeds().mapToObj(seed -> LandscapeImpact.of(
                        DEMO,
                        LandscapeDiff.of(DEMO, changed(seed, new ArrayList<>())),
                        CognitiveLoadModel.defaults(),
                        ScorecardRulesFile.shipped(),
                        2)))
                .filteredOn(LandscapeImpact::truncated)
                .extracting(i -> i.totals().newTierInversions() + i.totals().newDeprecatedUse())
                .anyMatch(n -> n > 2);
    }

    private static <T> List<T> firstOf(List<T> list, int limit) {
        return list.subList(0, Math.min(limit, list.size()));
    }

    /** The demo after one to four random edits of the seed, each described in {@code edits}. */
    private static Landscape changed(int seed, List<String> edits) {
        Random random = new Random(seed);
        Landscape after = DEMO.copy();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            edits.add(edit(after, random));
        }
        return after;
    }

    /** One random change, made in place; says what it did. */
    private static String edit(Landscape landscape, Random random) {
        List<NodeRef> capabilities = new ArrayList<>(refs(landscape, NodeKind.CAPABILITY));
        List<NodeRef> consumers = new ArrayList<>(refs(landscape, NodeKind.CONSUMER));
        List<NodeRef> platforms = new ArrayList<>(refs(landscape, NodeKind.PLATFORM));
        NodeRef capability = capabilities.get(random.nextInt(capabilities.size()));
        NodeRef other = capabilities.get(random.nextInt(capabilities.size()));
        NodeRef consumer = consumers.get(random.nextInt(consumers.size()));
        switch (random.nextInt(10)) {
            case 0 -> {
                String lifecycle = Lifecycle.values()[random.nextInt(Lifecycle.values().length)].name();
                set(landscape, capability, "lifecycle", lifecycle);
                return capability.key() + " lifecycle " + lifecycle;
            }
            case 1 -> {
                NodeRef node = random.nextBoolean() ? capability : consumer;
                long tier = 1 + random.nextInt(3);
                set(landscape, node, "tier", tier);
                return node.key() + " tier " + tier;
            }
            case 2 -> {
                if (!capability.equals(other)) {
                    landscape.put(new Edge(new EdgeId(EdgeType.DEPENDS_ON, capability, other), Map.of()));
                }
                return capability.key() + " dependsOn + " + other.key();
            }
            case 3 -> {
                EdgeId edge = pick(landscape, EdgeType.DEPENDS_ON, random);
                landscape.remove(edge);
                return edge + " removed";
            }
            case 4 -> {
                landscape.put(new Edge(
                        new EdgeId(EdgeType.CONSUMES, consumer, capability),
                        Map.of("since", LocalDate.of(2025, 1, 1), "mode", "X_AS_A_SERVICE")));
                return consumer.key() + " consumes + " + capability.key();
            }
            case 5 -> {
                EdgeId edge = pick(landscape, EdgeType.CONSUMES, random);
                landscape.remove(edge);
                return edge + " removed";
            }
            case 6 -> {
                Object category = landscape.nodes().get(other).properties().get("category");
                set(landscape, capability, "category", category);
                return capability.key() + " category " + category;
            }
            case 7 -> {
                NodeRef platform = platforms.get(random.nextInt(platforms.size()));
                landscape.edges().keySet().stream()
                        .filter(e -> e.type() == EdgeType.PROVIDES && e.to().equals(capability))
                        .toList()
                        .forEach(landscape::remove);
                landscape.put(new Edge(new EdgeId(EdgeType.PROVIDES, platform, capability), Map.of()));
                return capability.key() + " platform " + platform.key();
            }
            case 8 -> {
                landscape.remove(capability);
                return capability.key() + " removed";
            }
            default -> {
                NodeRef added = NodeRef.capability("t-added-" + random.nextInt(1000));
                landscape.put(new Node(
                        added,
                        Map.of(
                                "name",
                                added.key(),
                                "lifecycle",
                                random.nextBoolean() ? "DEPRECATED" : "GA",
                                "tier",
                                (long) (1 + random.nextInt(3)),
                                "category",
                                landscape.nodes().get(other).properties().getOrDefault("category", "x"))));
                landscape.put(new Edge(
                        new EdgeId(EdgeType.PROVIDES, platforms.get(random.nextInt(platforms.size())), added),
                        Map.of()));
                landscape.put(new Edge(new EdgeId(EdgeType.DEPENDS_ON, added, other), Map.of()));
                landscape.put(new Edge(
                        new EdgeId(EdgeType.CONSUMES, consumer, added),
                        Map.of("since", LocalDate.of(2025, 1, 1), "mode", "COLLABORATION")));
                return added.key() + " added under " + consumer.key() + ", on " + other.key();
            }
        }
    }

    private static void set(Landscape landscape, NodeRef node, String field, Object value) {
        Map<String, Object> properties =
                new LinkedHashMap<>(landscape.nodes().get(node).properties());
        if (value == null) {
            properties.remove(field);
        } else {
            properties.put(field, value);
        }
        landscape.put(new Node(node, properties));
    }

    private static EdgeId pick(Landscape landscape, EdgeType type, Random random) {
        List<EdgeId> edges = landscape.edges().keySet().stream()
                .filter(e -> e.type() == type)
                .toList();
        return edges.get(random.nextInt(edges.size()));
    }

    private static List<NodeRef> refs(Landscape landscape, NodeKind kind) {
        return landscape.nodes().keySet().stream().filter(n -> n.kind() == kind).toList();
    }

    private static Set<String> keys(Landscape landscape, NodeKind kind) {
        return new TreeSet<>(refs(landscape, kind).stream().map(NodeRef::key).toList());
    }

    /** {@code capability consumer} for every capability critical for a consumer. */
    private static Set<String> critical(Landscape landscape) {
        Set<String> pairs = new TreeSet<>();
        CypherRisks.singlePointsOfFailure(LandscapeSnapshot.of(landscape))
                .criticalByConsumer()
                .forEach((consumer, capabilities) -> capabilities.forEach(c -> pairs.add(c + " " + consumer)));
        return pairs;
    }

    private static Set<String> flatten(List<SinglePointChange> changes) {
        Set<String> pairs = new TreeSet<>();
        changes.forEach(change -> change.consumerKeys().forEach(c -> pairs.add(change.capabilityKey() + " " + c)));
        return pairs;
    }

    private static <T> Set<String> lines(List<T> items, java.util.function.Function<T, String> line) {
        List<String> all = items.stream().map(line).toList();
        assertThat(all).as("each reported once").doesNotHaveDuplicates();
        return new TreeSet<>(all);
    }

    private static Set<String> minus(Set<String> these, Set<String> those) {
        Set<String> difference = new TreeSet<>(these);
        difference.removeAll(those);
        return difference;
    }
}
