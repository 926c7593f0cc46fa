package dev.strata.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.analytics.adoption.CapabilityAdoption;
import dev.strata.analytics.adoption.SnapshotAdoption;
import dev.strata.analytics.chains.ChainsResult;
import dev.strata.analytics.chains.Cycles;
import dev.strata.analytics.chains.DependencyChains;
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
import dev.strata.analytics.risk.OwnershipRisks;
import dev.strata.analytics.risk.ReachRisks;
import dev.strata.analytics.risk.SinglePointsOfFailure;
import dev.strata.analytics.risk.SinglePointsOfFailureAnalysis;
import dev.strata.model.NodeKind;
import dev.strata.model.NodeRef;
import dev.strata.neo4j.CypherScript;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

/**
 * Every analytics document under {@code src/docs/analytics/} has its example as a test: the docs show the example
 * graphs, the real reference queries, and result tables that this test renders from the live reference query and
 * engine results (seven documents, seven tests).
 */
class DocsTest {

    @Test
    void blastRadiusDocShowsTheExampleTheQueryAndTheRealResults() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        String doc = doc("blast-radius");
        LandscapeSnapshot landscape = load(doc, "landscape-example");
        softly.assertThat(doc).contains(CypherQueries.load("blast-radius-downstream"));
        softly.assertThat(doc).contains(CypherQueries.load("blast-radius-upstream"));

        softly.assertThat(doc)
                .contains(table(
                        Fixtures.reference("blast-radius-downstream", Map.of("key", "network")),
                        List.of("kind", "key", "name", "depth", "total")));
        BlastRadiusResult result = new BlastRadiusEngine()
                .analyse(landscape, BlastRadiusRequest.downstream(NodeRef.capability("network")));
        softly.assertThat(doc)
                .contains(table(
                        result.items(),
                        List.of("kind", "key", "depth", "path"),
                        item -> List.of(item.kind().name(), item.key(), Integer.toString(item.depth()), path(item))));
        softly.assertThat(doc)
                .contains("severity " + result.severity() + ", " + result.tier1Consumers() + " tier-1 consumer, "
                        + result.totalCount() + " affected nodes");
        softly.assertThat(doc)
                .contains(table(
                        Fixtures.reference("blast-radius-upstream", Map.of("key", "ci")),
                        List.of("kind", "key", "name", "depth", "total")));
        softly.assertAll();
    }

    @Test
    void chainsDocShowsTheExampleTheQueryAndTheRealResults() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        String doc = doc("chains");
        LandscapeSnapshot landscape = load(doc, "landscape-example");
        softly.assertThat(doc).contains(CypherQueries.load("dependency-chains"));

        softly.assertThat(doc)
                .contains(table(
                        Fixtures.reference("dependency-chains", Map.of("key", "deploy", "maxChains", 100)),
                        List.of("capabilities", "layers", "hops")));
        ChainsResult result = DependencyChains.chainsFrom(landscape, NodeKind.CONSUMER, "checkout", 10);
        softly.assertThat(doc)
                .contains(table(
                        result.chains(),
                        List.of("capabilities", "layers", "end"),
                        chain -> List.of(
                                chain.capabilities().toString(),
                                chain.layers().toString(),
                                chain.end().name())));
        softly.assertAll();
    }

    @Test
    void layerViolationsDocShowsTheExampleTheQueryAndTheRealResults() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        String doc = doc("layer-violations");
        LandscapeSnapshot landscape = load(doc, "layer-violations-example");
        softly.assertThat(doc).contains(CypherQueries.load("layer-violations"));

        List<String> columns = List.of(
                "fromCapability", "toCapability", "fromLayer", "fromRank", "toLayer", "toRank", "fromTeam", "toTeam");
        softly.assertThat(doc).contains(table(Fixtures.reference("layer-violations", Map.of()), columns));
        softly.assertThat(doc)
                .contains(table(LayerViolations.find(landscape).skippedLayers(), columns, DocsTest::cells));
        softly.assertAll();
    }

    @Test
    void cyclesDocShowsTheExampleTheQueryAndTheRealResults() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        String doc = doc("cycles");
        LandscapeSnapshot cyclic = load(doc, "cycles-example");
        softly.assertThat(doc).contains(CypherQueries.load("cycles"));

        softly.assertThat(doc).contains(table(Fixtures.reference("cycles", Map.of()), List.of("members", "cycle")));
        softly.assertThat(doc)
                .contains(table(
                        Cycles.find(cyclic),
                        List.of("members", "path"),
                        (DependencyCycle cycle) ->
                                List.of(cycle.members().toString(), cycle.path().toString())));
        softly.assertAll();
    }

    @Test
    void cognitiveLoadDocShowsTheExampleAndTheRealResults() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        String doc = doc("cognitive-load");
        softly.assertThat(doc).contains("src/test/resources/fixtures/metrics-cognitive-load.cypher");
        List<TeamCognitiveLoad> loads =
                SnapshotCognitiveLoad.allTeams(Fixtures.yaml("metrics-cognitive-load"), CognitiveLoadModel.defaults());
        softly.assertThat(doc)
                .contains(table(
                        loads,
                        List.of(
                                "teamKey",
                                "size",
                                "consumingTeams",
                                "consumers",
                                "weightedFanIn",
                                "platforms",
                                "capabilities",
                                "layers",
                                "handovers",
                                "index",
                                "band"),
                        l -> List.of(
                                l.teamKey(),
                                str(l.size()),
                                str(l.consumingTeams()),
                                str(l.consumers()),
                                str(l.weightedFanIn()),
                                str(l.platforms()),
                                str(l.capabilities()),
                                str(l.layers()),
                                str(l.handovers()),
                                str(l.index()),
                                l.band().name())));
        TeamCognitiveLoad onePerson = loads.stream()
                .filter(l -> l.teamKey().equals("ai-enablement"))
                .findFirst()
                .orElseThrow();
        softly.assertThat(doc)
                .contains(table(
                        onePerson.contributions(),
                        List.of("name", "rawValue", "weight", "points"),
                        c -> List.of(c.name(), str(c.rawValue()), str(c.weight()), str(c.points()))));
        softly.assertAll();
    }

    @Test
    void risksDocShowsTheExampleAndTheRealResults() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        String doc = doc("risks");
        softly.assertThat(doc).contains("src/test/resources/fixtures/metrics-risks.cypher");
        LandscapeSnapshot risky = Fixtures.yaml("metrics-risks");
        SinglePointsOfFailure spof = SinglePointsOfFailureAnalysis.of(risky).complete();
        softly.assertThat(doc)
                .contains(table(
                        spof.capabilities(),
                        List.of("capabilityKey", "capabilityName", "platformKey", "consumers", "consumerKeys"),
                        c -> List.of(
                                c.capabilityKey(),
                                str(c.capabilityName()),
                                str(c.platformKey()),
                                str(c.consumers()),
                                c.consumerKeys().toString())));
        softly.assertThat(doc)
                .contains(table(
                        spof.platforms(),
                        List.of("platform", "consumers", "consumerKeys", "capabilityKeys"),
                        p -> List.of(
                                p.platformKey(),
                                str(p.consumers()),
                                p.consumerKeys().toString(),
                                p.capabilityKeys().toString())));
        softly.assertThat(doc)
                .contains(table(
                        OwnershipRisks.unowned(risky),
                        List.of("kind", "key", "name", "reason", "platformKey"),
                        u -> List.of(u.kind(), u.key(), str(u.name()), u.reason(), str(u.platformKey()))));
        softly.assertThat(doc)
                .contains(table(
                        OwnershipRisks.unusedCapabilities(risky),
                        List.of("capabilityKey", "capabilityName", "lifecycle", "platformKey"),
                        u -> List.of(
                                u.capabilityKey(), str(u.capabilityName()), str(u.lifecycle()), str(u.platformKey()))));
        softly.assertThat(doc)
                .contains(table(
                        ReachRisks.deprecatedInUse(risky, ReachRisks.MAX_HOPS),
                        List.of("consumerKey", "capabilityKey", "lifecycle", "hops", "path"),
                        d -> List.of(
                                d.consumerKey(),
                                d.capabilityKey(),
                                d.lifecycle(),
                                str(d.hops()),
                                d.path().toString())));
        softly.assertThat(doc)
                .contains(table(
                        ReachRisks.tierInversions(risky, ReachRisks.MAX_HOPS),
                        List.of("sourceKind", "sourceKey", "sourceTier", "targetKey", "targetTier", "hops", "path"),
                        t -> List.of(
                                t.sourceKind(),
                                t.sourceKey(),
                                str(t.sourceTier()),
                                t.targetKey(),
                                str(t.targetTier()),
                                str(t.hops()),
                                t.path().toString())));
        softly.assertThat(doc)
                .contains(table(
                        OwnershipRisks.handoverPoints(risky),
                        List.of("fromTeamKey", "toTeamKey", "dependsOnEdges", "consumesEdges", "edges"),
                        h -> List.of(
                                h.fromTeamKey(),
                                h.toTeamKey(),
                                str(h.dependsOnEdges()),
                                str(h.consumesEdges()),
                                str(h.edges()))));
        softly.assertThat(doc)
                .contains(table(
                        OwnershipRisks.ownershipAmbiguity(risky),
                        List.of("category", "platforms", "teams", "offerings"),
                        a -> List.of(
                                a.category(),
                                str(a.platforms()),
                                str(a.teams()),
                                String.join(
                                        "; ",
                                        a.offerings().stream()
                                                .map(o -> o.platformKey() + " / " + o.teamKey() + " "
                                                        + o.capabilityKeys() + " " + o.consumers())
                                                .toList()))));
        softly.assertAll();
    }

    @Test
    void adoptionDocShowsTheExampleAndTheRealResults() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        String doc = doc("adoption");
        softly.assertThat(doc).contains("src/test/resources/fixtures/metrics-adoption.cypher");
        LandscapeSnapshot adoption = Fixtures.yaml("metrics-adoption");
        List<CapabilityAdoption> capabilities = SnapshotAdoption.capabilities(adoption);
        softly.assertThat(doc)
                .contains(table(
                        capabilities,
                        List.of(
                                "capabilityKey",
                                "consumers",
                                "adoptingTeams",
                                "adoptionRate",
                                "gaDate",
                                "firstUse",
                                "daysToFirstUse",
                                "deprecatedButUsed",
                                "sloMet",
                                "compliant"),
                        c -> List.of(
                                c.capabilityKey(),
                                str(c.consumers()),
                                str(c.adoptingTeams()),
                                str(c.adoptionRate()),
                                str(c.gaDate()),
                                str(c.firstUse()),
                                str(c.daysToFirstUse()),
                                str(c.deprecatedButUsed()),
                                str(c.sloMet()),
                                str(c.compliant()))));
        CapabilityAdoption runtime = SnapshotAdoption.capability(adoption, "k8s-runtime");
        softly.assertThat(doc)
                .contains(table(
                        runtime.trend(),
                        List.of("period", "adoptingTeams", "adoptionRate", "consumers"),
                        p -> List.of(p.period(), str(p.adoptingTeams()), str(p.adoptionRate()), str(p.consumers()))));
        softly.assertThat(doc)
                .contains(table(
                        SnapshotAdoption.platforms(adoption),
                        List.of(
                                "platformKey",
                                "capabilities",
                                "consumers",
                                "adoptingTeams",
                                "adoptionRate",
                                "firstUse",
                                "meanDaysToFirstUse",
                                "deprecatedButUsed",
                                "sloMetShare",
                                "compliantShare"),
                        p -> List.of(
                                p.platformKey(),
                                str(p.capabilities()),
                                str(p.consumers()),
                                str(p.adoptingTeams()),
                                str(p.adoptionRate()),
                                str(p.firstUse()),
                                rounded(p.meanDaysToFirstUse()),
                                str(p.deprecatedButUsed()),
                                rounded(p.sloMetShare()),
                                rounded(p.compliantShare()))));
        softly.assertThat(doc)
                .contains(table(
                        SnapshotAdoption.platformTeams(adoption),
                        List.of(
                                "teamKey",
                                "platforms",
                                "capabilities",
                                "consumers",
                                "adoptingTeams",
                                "adoptionRate",
                                "meanDaysToFirstUse",
                                "deprecatedButUsed",
                                "sloMetShare",
                                "compliantShare"),
                        t -> List.of(
                                t.teamKey(),
                                str(t.platforms()),
                                str(t.capabilities()),
                                str(t.consumers()),
                                str(t.adoptingTeams()),
                                str(t.adoptionRate()),
                                rounded(t.meanDaysToFirstUse()),
                                str(t.deprecatedButUsed()),
                                rounded(t.sloMetShare()),
                                rounded(t.compliantShare()))));
        softly.assertAll();
    }

    private static String str(Object value) {
        return String.valueOf(value);
    }

    /** Two decimals, as the doc shows means and shares. */
    private static String rounded(Double value) {
        return value == null ? "null" : String.format(java.util.Locale.ROOT, "%.2f", value);
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
        return List.of(
                v.fromCapability(),
                v.toCapability(),
                v.fromLayer(),
                Integer.toString(v.fromRank()),
                v.toLayer(),
                Integer.toString(v.toRank()),
                String.valueOf(v.fromTeam()),
                String.valueOf(v.toTeam()));
    }

    static String table(List<Record> records, List<String> columns) {
        return table(
                records, columns, r -> columns.stream().map(c -> cell(r.get(c))).toList());
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
