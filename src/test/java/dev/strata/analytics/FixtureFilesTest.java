package dev.strata.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.analytics.graph.SnapshotDescription;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every example landscape exists twice: as a Cypher fixture (pasted into Neo4j Browser by the docs, run by the
 * reference queries) and as landscape files (parsed into an in-memory snapshot by the engine tests). Both must be the
 * same graph, node by node, attribute by attribute, relationship by relationship. (The cycles example is Cypher only:
 * its one-letter keys are shorter than a landscape file's keys may be.)
 */
class FixtureFilesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "landscape-example",
                "layer-violations-example",
                "metrics-risks",
                "metrics-cognitive-load",
                "metrics-adoption",
                "products-example"
            })
    void theLandscapeFilesAreTheSameGraphAsTheCypherFixture(String name) {
        assertThat(SnapshotDescription.of(Fixtures.yaml(name)))
                .isNotEmpty()
                .containsExactlyElementsOf(SnapshotDescription.of(Fixtures.load(name)));
    }
}
