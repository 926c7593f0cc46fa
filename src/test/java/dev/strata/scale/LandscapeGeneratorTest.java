package dev.strata.scale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.analytics.chains.Cycles;
import dev.strata.analytics.chains.LayerViolations;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.EdgeType;
import dev.strata.model.InteractionMode;
import dev.strata.model.Lifecycle;
import dev.strata.model.NodeKind;
import dev.strata.model.TeamType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LandscapeGeneratorTest {

    private final SyntheticLandscape s = LandscapeGenerator.generate(Scale.S, 42);

    @Test
    void theSameSeedGivesTheSameLandscapeAndAnotherSeedAnotherOne() {
        assertThat(LandscapeGenerator.generate(Scale.S, 42)).isEqualTo(s);
        assertThat(LandscapeGenerator.generate(Scale.S, 43).dependencies()).isNotEqualTo(s.dependencies());
    }

    @Test
    void scaleSHasAboutAThousandNodesOnTheDemosLayers() {
        assertThat(s.nodeCount()).isBetween(900L, 1_100L);
        assertThat(s.relationshipCount()).isGreaterThan(3 * s.nodeCount());
        assertThat(s.layers())
                .extracting(SyntheticLandscape.Layer::key)
                .containsExactly(
                        "infrastructure",
                        "container-platform",
                        "developer-platform",
                        "ai-toolbox",
                        "ai-use-cases",
                        "observability",
                        "security",
                        "secrets",
                        "siem");
        assertThat(s.platforms())
                .extracting(SyntheticLandscape.Platform::layer)
                .containsAll(
                        s.layers().stream().map(SyntheticLandscape.Layer::key).toList());
    }

    @Test
    void teamsHaveRealisticSizesAndOwnPlatformsAndConsumers() {
        assertThat(s.teams()).allSatisfy(t -> assertThat(t.size()).isBetween(3, 9));
        Set<String> teams = s.teams().stream().map(SyntheticLandscape.Team::key).collect(Collectors.toSet());
        assertThat(s.consumers()).allSatisfy(c -> assertThat(teams).contains(c.owner()));
        assertThat(s.platforms().stream().filter(p -> p.owner() != null))
                .allSatisfy(p -> assertThat(teams).contains(p.owner()));
        assertThat(s.consumers().stream()
                        .map(SyntheticLandscape.Consumer::owner)
                        .distinct()
                        .count())
                .isGreaterThan(10);
    }

    @Test
    void aFewHubsCarryMostDirectDependents() {
        LandscapeSnapshot snapshot = snapshot(s);
        int[] fanIn = Arrays.stream(snapshot.nodes(NodeKind.CAPABILITY))
                .map(c -> snapshot.in(EdgeType.DEPENDS_ON).degree(c))
                .sorted()
                .toArray();
        int top5 = Arrays.stream(fanIn, fanIn.length - 5, fanIn.length).sum();
        assertThat(top5)
                .as("fan-in of the 5 biggest hubs vs all DEPENDS_ON")
                .isGreaterThan(s.dependencies().size() / 5);
        assertThat(fanIn[fanIn.length / 2]).as("median fan-in").isLessThanOrEqualTo(2);
        int biggest = Arrays.stream(snapshot.nodes(NodeKind.CAPABILITY))
                .boxed()
                .max(java.util.Comparator.comparingInt(
                        c -> snapshot.in(EdgeType.DEPENDS_ON).degree(c)))
                .orElseThrow();
        assertThat(snapshot.key(biggest)).isEqualTo("cloud-network-1");
    }

    @Test
    void consumptionsSpreadOverYearsAndThereAreAFewCyclesAndViolations() {
        assertThat(s.consumptions().stream()
                        .map(c -> c.since().getYear())
                        .distinct()
                        .count())
                .isGreaterThanOrEqualTo(6);
        LandscapeSnapshot snapshot = snapshot(s);
        assertThat(Cycles.find(snapshot)).hasSizeBetween(1, 10);
        assertThat(LayerViolations.find(snapshot).violations()).hasSizeBetween(1, 20);
    }

    @Test
    void everyReferenceResolvesAndNoDependencyIsDuplicatedOrSelf() {
        Set<String> capabilities = s.capabilities().stream()
                .map(SyntheticLandscape.Capability::key)
                .collect(Collectors.toSet());
        assertThat(capabilities).hasSize(s.capabilities().size());
        assertThat(s.dependencies()).allSatisfy(d -> {
            assertThat(capabilities).contains(d.from(), d.to());
            assertThat(d.from()).isNotEqualTo(d.to());
        });
        assertThat(new HashSet<>(s.dependencies())).hasSize(s.dependencies().size());
        assertThat(s.consumptions()).allSatisfy(c -> assertThat(capabilities).contains(c.capability()));
    }

    static LandscapeSnapshot snapshot(SyntheticLandscape landscape) {
        dev.strata.analytics.graph.SnapshotBuilder b = LandscapeSnapshot.builder();
        for (var l : landscape.layers()) {
            b.layer(b.addNode(NodeKind.LAYER, l.key(), l.name()), l.rank(), l.crossCutting());
        }
        for (var v : landscape.valueStreams()) {
            b.addNode(NodeKind.VALUE_STREAM, v.key(), v.name());
        }
        for (var t : landscape.teams()) {
            b.team(b.addNode(NodeKind.TEAM, t.key(), t.name()), TeamType.valueOf(t.type()), t.size());
        }
        for (var p : landscape.platforms()) {
            b.tier(b.addNode(NodeKind.PLATFORM, p.key(), p.name()), p.tier());
        }
        for (var c : landscape.capabilities()) {
            int node = b.addNode(NodeKind.CAPABILITY, c.key(), c.name());
            b.tier(node, c.tier()).lifecycle(node, Lifecycle.valueOf(c.lifecycle()));
        }
        for (var c : landscape.consumers()) {
            b.tier(b.addNode(NodeKind.CONSUMER, c.key(), c.name()), c.tier());
        }
        for (var t : landscape.teams()) {
            if (t.valueStream() != null) {
                b.addEdge(
                        EdgeType.ALIGNED_TO,
                        b.indexOf(NodeKind.TEAM, t.key()),
                        b.indexOf(NodeKind.VALUE_STREAM, t.valueStream()));
            }
        }
        for (var p : landscape.platforms()) {
            int platform = b.indexOf(NodeKind.PLATFORM, p.key());
            b.addEdge(EdgeType.IN_LAYER, platform, b.indexOf(NodeKind.LAYER, p.layer()));
            if (p.owner() != null) {
                b.addEdge(EdgeType.OWNS, b.indexOf(NodeKind.TEAM, p.owner()), platform);
            }
        }
        for (var c : landscape.capabilities()) {
            b.addEdge(
                    EdgeType.PROVIDES,
                    b.indexOf(NodeKind.PLATFORM, c.platform()),
                    b.indexOf(NodeKind.CAPABILITY, c.key()));
        }
        for (var c : landscape.consumers()) {
            b.addEdge(EdgeType.OWNS, b.indexOf(NodeKind.TEAM, c.owner()), b.indexOf(NodeKind.CONSUMER, c.key()));
        }
        for (var d : landscape.dependencies()) {
            b.addEdge(
                    EdgeType.DEPENDS_ON,
                    b.indexOf(NodeKind.CAPABILITY, d.from()),
                    b.indexOf(NodeKind.CAPABILITY, d.to()));
        }
        for (var c : landscape.consumptions()) {
            b.addConsumes(
                    b.indexOf(NodeKind.CONSUMER, c.consumer()),
                    b.indexOf(NodeKind.CAPABILITY, c.capability()),
                    InteractionMode.valueOf(c.mode()),
                    c.since());
        }
        return b.build();
    }
}
