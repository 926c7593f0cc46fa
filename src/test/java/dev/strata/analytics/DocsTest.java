package dev.strata.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.SoftAssertions;

import dev.strata.analytics.chains.ChainsResult;
import dev.strata.analytics.chains.Cycles;
import dev.strata.analytics.chains.DependencyChains;
import dev.strata.analytics.chains.DependencyCycle;
import dev.strata.analytics.chains.LayerViolation;
import dev.strata.analytics.chains.LayerViolations;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import dev.strata.analytics.impact.AffectedNode;
import dev.strata.analytics.impact.BlastRadiusEngine;
import dev.strata.analytics.impact.BlastRadiusRequest;
import dev.strata.analytics.impact.BlastRadiusResult;
import dev.strata.neo4j.CypherScript;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

/**
 * The documentation under {@code src/docs/analytics/} shows the tested example graphs, the real reference queries, and
 * result tables that this test renders from the live reference query and engine results.
 */
class DocsTest {

    @Test
    void blastRadiusDocShowsTheExampleTheQueryAndTheRealResults() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        String doc = doc("blast-radius");
        LandscapeSnapshot landscape = load(doc, "landscape-example");
        softly.assertThat(doc).contains(CypherQueries.load("blast-radius-downstream"));
        softly.assertThat(doc).contains(CypherQueries.load("blast-radius-upstream"));

        softly.assertThat(doc).contains(table(Fixtures.reference("blast-radius-downstream", Map.of("key", "network")),
                List.of("kind", "key", "name", "depth", "total")));
        BlastRadiusResult result = new BlastRadiusEngine().analyse(landscape,
                BlastRadiusRequest.downstream(NodeRef.capability("network")));
        softly.assertThat(doc).contains(table(result.items(), List.of("kind", "key", "depth", "path"),
                item -> List.of(item.kind().name(), item.key(), Integer.toString(item.depth()), path(item))));
        softly.assertThat(doc).contains("severity " + result.severity() + ", " + result.tier1Consumers()
                + " tier-1 consumer, " + result.totalCount() + " affected nodes");
        softly.assertThat(doc).contains(table(Fixtures.reference("blast-radius-upstream", Map.of("key", "ci")),
                List.of("kind", "key", "name", "depth", "total")));
        softly.assertAll();
    }

    @Test
    void chainsDocShowsTheExampleTheQueryAndTheRealResults() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        String doc = doc("chains");
        LandscapeSnapshot landscape = load(doc, "landscape-example");
        softly.assertThat(doc).contains(CypherQueries.load("dependency-chains"));

        softly.assertThat(doc).contains(table(Fixtures.reference("dependency-chains",
                Map.of("key", "deploy", "maxChains", 100)), List.of("capabilities", "layers", "hops")));
        ChainsResult result = DependencyChains.chainsFrom(landscape, NodeKind.CONSUMER, "checkout", 10);
        softly.assertThat(doc).contains(table(result.chains(), List.of("capabilities", "layers", "end"),
                chain -> List.of(chain.capabilities().toString(), chain.layers().toString(), chain.end().name())));
        softly.assertAll();
    }

    @Test
    void layerViolationsDocShowsTheExampleTheQueryAndTheRealResults() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        String doc = doc("layer-violations");
        LandscapeSnapshot landscape = load(doc, "layer-violations-example");
        softly.assertThat(doc).contains(CypherQueries.load("layer-violations"));

        List<String> columns = List.of("fromCapability", "toCapability", "fromLayer", "fromRank", "toLayer",
                "toRank", "fromTeam", "toTeam");
        softly.assertThat(doc).contains(table(Fixtures.reference("layer-violations", Map.of()), columns));
        softly.assertThat(doc).contains(table(LayerViolations.find(landscape).skippedLayers(), columns, DocsTest::cells));
        softly.assertAll();
    }

    @Test
    void cyclesDocShowsTheExampleTheQueryAndTheRealResults() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        String doc = doc("cycles");
        LandscapeSnapshot cyclic = load(doc, "cycles-example");
        softly.assertThat(doc).contains(CypherQueries.load("cycles"));

        softly.assertThat(doc).contains(table(Fixtures.reference("cycles", Map.of()), List.of("members", "cycle")));
        softly.assertThat(doc).contains(table(Cycles.find(cyclic), List.of("members", "path"),
                (DependencyCycle cycle) -> List.of(cycle.members().toString(), cycle.path().toString())));
        softly.assertAll();
    }

    /** The doc without blank lines (statements of a Cypher script are compared without theirs). */
    private static String doc(String name) throws IOException {
        return Files.readString(Path.of("src/docs/analytics/" + name + ".md")).replaceAll("\\n\\s*\\n", "\n");
    }

    /** Every statement of the fixture is in the doc, verbatim; then the fixture is loaded. */
    private static LandscapeSnapshot load(String doc, String fixture) throws IOException {
        try (InputStream in = DocsTest.class.getResourceAsStream("/fixtures/" + fixture + ".cypher")) {
            for (String statement : CypherScript.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                assertThat(doc).as("doc shows fixture %s", fixture).contains(statement);
            }
        }
        return Fixtures.load(fixture);
    }

    private static String path(AffectedNode item) {
        return String.join(" → ", item.pathKeys());
    }

    private static List<String> cells(LayerViolation v) {
        return List.of(v.fromCapability(), v.toCapability(), v.fromLayer(), Integer.toString(v.fromRank()),
                v.toLayer(), Integer.toString(v.toRank()), String.valueOf(v.fromTeam()), String.valueOf(v.toTeam()));
    }

    static String table(List<Record> records, List<String> columns) {
        return table(records, columns, r -> columns.stream().map(c -> cell(r.get(c))).toList());
    }

    static <T> String table(List<T> rows, List<String> columns, Function<T, List<String>> cells) {
        StringBuilder table = new StringBuilder();
        table.append("| ").append(String.join(" | ", columns)).append(" |\n");
        table.append("|").append(" --- |".repeat(columns.size())).append('\n');
        for (T row : rows) {
            table.append("| ").append(String.join(" | ", cells.apply(row))).append(" |\n");
        }
        String rendered = table.toString();
        return rendered;
    }

    private static String cell(Value value) {
        if (value.isNull()) {
            return "null";
        }
        if (value.hasType(TypeSystem.getDefault().LIST())) {
            return value.asList(Value::asString).toString();
        }
        return value.hasType(TypeSystem.getDefault().STRING()) ? value.asString() : value.toString();
    }
}
