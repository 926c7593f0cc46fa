package dev.strata.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.analytics.RandomLandscape;
import dev.strata.model.Landscape;
import dev.strata.model.LandscapeDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The history's compact form gives back exactly what was stored: a landscape (every property with its Java type:
 * long, double, boolean, date, list of texts) and, replayed on the landscape before it, the landscape a change left.
 */
class LandscapeCodecTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42})
    void aCheckpointDecodesToAnEqualLandscape(long seed) {
        Landscape landscape =
                RandomLandscape.generate(seed, RandomLandscape.Shape.small()).toLandscape();
        Landscape decoded = LandscapeCodec.decodeLandscape(LandscapeCodec.encode(landscape));
        assertThat(decoded.nodes()).isEqualTo(landscape.nodes());
        assertThat(decoded.edges()).isEqualTo(landscape.edges());
        assertThat(landscape.nodes()).isNotEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42})
    void aChangeReplayedOnTheLandscapeBeforeItGivesTheLandscapeAfterIt(long seed) {
        Landscape before =
                RandomLandscape.generate(seed, RandomLandscape.Shape.small()).toLandscape();
        Landscape after = before.copy();
        Random random = new Random(seed);
        List<Landscape.Node> nodes = new ArrayList<>(after.nodes().values());
        // Remove a few nodes (with their relationships), change a few, and drop a few relationships.
        for (int i = 0; i < 5; i++) {
            after.remove(nodes.get(random.nextInt(nodes.size())).id());
        }
        for (int i = 0; i < 5; i++) {
            Landscape.Node node = nodes.get(random.nextInt(nodes.size()));
            if (after.nodes().containsKey(node.id())) {
                Landscape.Node changed = new Landscape.Node(node.id(), node.properties());
                changed.properties().put("name", "renamed " + i);
                after.put(changed);
            }
        }
        List<Landscape.EdgeId> edges = new ArrayList<>(after.edges().keySet());
        for (int i = 0; i < 5; i++) {
            after.remove(edges.get(random.nextInt(edges.size())));
        }
        LandscapeDiff diff = LandscapeDiff.of(before, after);
        assertThat(diff.hasChanges()).isTrue();

        Landscape replayed = LandscapeCodec.decodeLandscape(LandscapeCodec.encode(before));
        LandscapeCodec.replay(LandscapeCodec.encode(diff), replayed);
        assertThat(replayed.nodes()).isEqualTo(after.nodes());
        assertThat(replayed.edges()).isEqualTo(after.edges());
        assertThat(replayed.nodes()).isNotEqualTo(before.nodes());
    }
}
