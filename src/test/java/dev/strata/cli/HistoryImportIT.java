package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.strata.analytics.chains.Cycles;
import dev.strata.analytics.chains.LayerViolations;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.impact.BlastRadiusEngine;
import dev.strata.analytics.impact.BlastRadiusRequest;
import dev.strata.analytics.impact.Direction;
import dev.strata.analytics.impact.Scenario;
import dev.strata.analytics.load.CognitiveLoadModel;
import dev.strata.analytics.load.SnapshotCognitiveLoad;
import dev.strata.analytics.risk.OwnershipRisks;
import dev.strata.ingest.LandscapeEvaluation;
import dev.strata.ingest.LandscapeExport;
import dev.strata.ingest.LandscapeFile;
import dev.strata.ingest.LandscapeOutcome;
import dev.strata.ingest.LandscapeParser;
import dev.strata.model.Landscape;
import dev.strata.model.NodeRef;
import dev.strata.plan.LandscapePlan;
import dev.strata.plan.LandscapePolicy;
import dev.strata.scorecard.ScorecardRulesFile;
import dev.strata.testsupport.StrataIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.test.context.TestPropertySource;

/**
 * The "done when": a Git repository with several commits of known landscape changes (one of them invalid,
 * one touching only a file outside the landscape folder) is imported with {@code strata history import}; then every
 * analytic and the export {@code asOf} each commit answer exactly what the commit's files applied alone answer (the
 * engines run on the files, offline), {@code landscapeDiff} between two commits equals the offline plan between their
 * files, and trends and delivery measures follow the known changes. Its own Spring context: no demo landscape, so the
 * history begins with the import; checkpoints every 3 versions and never by size, so that answers come both straight
 * from a checkpoint and from replaying changes after one.
 */
@TestPropertySource(
        properties = {
            "strata.demo.enabled=false",
            "strata.history.checkpoint-interval=3",
            "strata.history.checkpoint-changed-share=1000"
        })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SuppressWarnings({"rawtypes", "unchecked"})
class HistoryImportIT extends StrataIntegrationTest {

    private static final String BASE = """
            apiVersion: strata.dev/v1
            kind: ValueStream
            metadata: {key: h-vs, title: Payments}
            spec: {kind: BUSINESS}
            ---
            apiVersion: strata.dev/v1
            kind: Layer
            metadata: {key: h-infra, title: Infrastructure}
            spec: {rank: 1, crossCutting: false}
            ---
            apiVersion: strata.dev/v1
            kind: Layer
            metadata: {key: h-dev, title: Developer platform}
            spec: {rank: 2, crossCutting: false}
            ---
            apiVersion: strata.dev/v1
            kind: Team
            metadata: {key: h-platform, title: Platform team}
            spec: {type: PLATFORM, size: 4, valueStream: h-vs}
            ---
            apiVersion: strata.dev/v1
            kind: Team
            metadata: {key: h-app, title: App team}
            spec: {type: STREAM_ALIGNED, size: 5, valueStream: h-vs}
            ---
            apiVersion: strata.dev/v1
            kind: Platform
            metadata: {key: h-cloud, title: Cloud}
            spec: {tier: 1, layer: h-infra, owner: h-platform}
            ---
            apiVersion: strata.dev/v1
            kind: Platform
            metadata: {key: h-devx, title: DevX}
            spec: {tier: 2, layer: h-dev, owner: h-platform}
            """;

    private static final String CONSUMERS = """
            apiVersion: strata.dev/v1
            kind: Consumer
            metadata: {key: h-shop, title: Shop}
            spec:
              kind: SERVICE
              tier: 1
              owner: h-app
              consumes:
                - {capability: h-pipelines, since: 2025-02-15, mode: X_AS_A_SERVICE}
            """;

    /** The commit times: far enough in the past, a month apart. */
    private static final Instant[] TIMES = {
        Instant.parse("2025-01-10T10:00:00Z"),
        Instant.parse("2025-02-10T10:00:00Z"),
        Instant.parse("2025-03-10T10:00:00Z"),
        Instant.parse("2025-04-10T10:00:00Z"),
        Instant.parse("2025-05-10T10:00:00Z"),
        Instant.parse("2025-06-10T10:00:00Z")
    };

    /** The commits' landscape files, by commit: null for the invalid one and the one outside the folder. */
    private static final List<List<LandscapeFile>> COMMITTED = new ArrayList<>();

    private static String cliOutput = "";

    @TempDir
    static Path dir;

    private static String capabilities(String pipelines, String networkDependsOn) {
        return """
                apiVersion: strata.dev/v1
                kind: Capability
                metadata: {key: h-network, title: Network}
                spec: {lifecycle: GA, tier: 1, platform: h-cloud%s}
                ---
                apiVersion: strata.dev/v1
                kind: Capability
                metadata: {key: h-pipelines, title: Pipelines}
                spec: {tier: 2, platform: h-devx, dependsOn: [h-network], %s}
                """.formatted(networkDependsOn, pipelines);
    }

    @Test
    @Order(1)
    void theImportReplaysEachValidCommitAsAVersionAndReportsTheInvalidOneWithFileAndLine() throws Exception {
        Path repo = dir.resolve("repo");
        Path landscape = repo.resolve("landscape");
        Files.createDirectories(landscape);
        try (Git git =
                Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            // 1: the start: pipelines planned, nobody consumes anything.
            commit(git, 0, Map.of("base.yaml", BASE, "capabilities.yaml", capabilities("lifecycle: PLANNED", "")));
            // 2: pipelines in beta, the shop consumes it.
            commit(
                    git,
                    1,
                    Map.of("capabilities.yaml", capabilities("lifecycle: BETA", ""), "consumers.yaml", CONSUMERS));
            // 3: an invalid lifecycle: skipped, reported.
            commit(git, 2, Map.of("capabilities.yaml", capabilities("lifecycle: SOMETIMES", "")));
            // 4: pipelines GA; the network now depends on pipelines: a cycle and an upward (layer) dependency.
            commit(
                    git,
                    3,
                    Map.of(
                            "capabilities.yaml",
                            capabilities("lifecycle: GA, gaDate: 2025-04-01", ", dependsOn: [h-pipelines]")));
            // 5: only a file outside the landscape folder changes: no version.
            Files.writeString(repo.resolve("README.md"), "the landscape lives in landscape/\n");
            commitAll(git, 4);
            COMMITTED.add(null);
            // 6: pipelines deprecated, the shop gone, the cycle fixed.
            Files.delete(landscape.resolve("consumers.yaml"));
            commit(git, 5, Map.of("capabilities.yaml", capabilities("lifecycle: DEPRECATED, gaDate: 2025-04-01", "")));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new StrataCli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        Map.of())
                .run(importArguments(repo));
        cliOutput = out.toString(StandardCharsets.UTF_8);
        // What the README's worked example shows.
        System.out.println(cliOutput);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(cliOutput)
                .contains("version 1 (+9 ~0 -0 nodes")
                .contains("version 2 ")
                .contains("skipped, its files do not validate:")
                .containsPattern("capabilities\\.yaml:\\d+: spec\\.lifecycle: 'SOMETIMES' is not one of")
                .contains("version 3 ")
                .contains("version 4 ")
                .contains("Imported 4 commits; skipped 1 whose files do not validate; 1 without landscape changes;");

        ClientGraphQlResponse history = graphQl.document("""
                        { landscapeHistory { earliest { version at } latest { version at }
                            versions { version at actor via operation source nodeChanges edgeChanges } } }
                        """).executeSync();
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<Map<String, Object>> versions =
                (List) history.field("landscapeHistory.versions").toEntityList(Map.class);
        assertThat(versions).extracting(v -> v.get("version")).containsExactly(1, 2, 3, 4);
        assertThat(versions)
                .extracting(v ->
                        java.time.OffsetDateTime.parse((String) v.get("at")).toInstant())
                .containsExactly(TIMES[0], TIMES[1], TIMES[3], TIMES[5]);
        assertThat(versions).allSatisfy(v -> {
            assertThat(v.get("actor")).isEqualTo("Ann Author <ann@example.org>");
            assertThat(v.get("via")).isEqualTo("history-import");
            assertThat((String) v.get("source")).startsWith("commit ");
        });
        // Importing again finds everything recorded and changes nothing.
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        new StrataCli(new PrintStream(again, true, StandardCharsets.UTF_8), System.err, Map.of())
                .run(importArguments(repo));
        assertThat(again.toString(StandardCharsets.UTF_8)).contains("Imported 0 commits");
        assertThat(count("MATCH (c:LandscapeChange) RETURN count(c)")).isEqualTo(4);
        assertThat(count("MATCH (c:LandscapeCheckpoint) RETURN count(c)"))
                .as("a checkpoint with the first version and every 3 versions after it")
                .isEqualTo(2);
    }

    @Test
    @Order(2)
    void everyAnalyticAndTheExportAsOfEachCommitAnswerWhatTheCommitsFilesAppliedAloneAnswer() {
        int version = 0;
        for (int commit = 0; commit < TIMES.length; commit++) {
            List<LandscapeFile> files = COMMITTED.get(commit);
            if (files == null) {
                continue;
            }
            version++;
            Landscape alone = LandscapeParser.parse(files).declared();
            LandscapeSnapshot snapshot = LandscapeSnapshot.of(alone);
            for (String asOf : List.of(
                    "{version: " + version + "}",
                    "{at: \"" + TIMES[commit] + "\"}",
                    "{at: \"" + TIMES[commit].plusSeconds(86_400) + "\"}")) {
                String label = "commit " + (commit + 1) + " as of " + asOf;
                ClientGraphQlResponse answer =
                        graphQl.document("""
                                {
                                  exportLandscape(asOf: %1$s) { path content }
                                  dependencyCycles(asOf: %1$s) { members }
                                  layerViolations(asOf: %1$s) { violations { fromCapability toCapability } }
                                  cognitiveLoad(asOf: %1$s) { teamKey index band }
                                  blastRadius(input: {targets: [{kind: CAPABILITY, key: "h-network"}]}, asOf: %1$s) {
                                    totalCount
                                  }
                                  structuralRisks(asOf: %1$s) { unowned { key } }
                                  capabilityAdoption(key: "h-pipelines", asOf: %1$s) { consumers }
                                }
                                """.formatted(asOf)).executeSync();
                assertThat(answer.getErrors()).as(label).isEmpty();
                assertThat(answer.field("exportLandscape").toEntityList(Map.class))
                        .as(label)
                        .isEqualTo(LandscapeExport.files(alone).stream()
                                .map(f -> Map.of("path", f.path(), "content", f.content()))
                                .toList());
                assertThat(answer.field("dependencyCycles").toEntityList(Map.class))
                        .as(label)
                        .hasSize(Cycles.find(snapshot).size());
                assertThat(answer.field("layerViolations.violations").toEntityList(Map.class))
                        .as(label)
                        .hasSize(LayerViolations.find(snapshot).violations().size());
                Map<String, Double> loads = new TreeMap<>();
                SnapshotCognitiveLoad.allTeams(snapshot, CognitiveLoadModel.defaults())
                        .forEach(load -> loads.put(load.teamKey(), load.index()));
                Map<String, Double> answered = new TreeMap<>();
                answer.field("cognitiveLoad")
                        .toEntityList(Map.class)
                        .forEach(load ->
                                answered.put((String) load.get("teamKey"), ((Number) load.get("index")).doubleValue()));
                assertThat(answered).as(label).isEqualTo(loads);
                assertThat(answer.field("blastRadius.totalCount").toEntity(Integer.class))
                        .as(label)
                        .isEqualTo(new BlastRadiusEngine()
                                .analyse(
                                        snapshot,
                                        new BlastRadiusRequest(
                                                List.of(NodeRef.capability("h-network")),
                                                Scenario.FAIL,
                                                Direction.DOWNSTREAM,
                                                null,
                                                0,
                                                50))
                                .totalCount());
                assertThat(answer.field("structuralRisks.unowned").toEntityList(Map.class))
                        .as(label)
                        .extracting(u -> u.get("key"))
                        .containsExactlyElementsOf(OwnershipRisks.unowned(snapshot).stream()
                                .map(u -> (Object) u.key())
                                .toList());
                assertThat(answer.field("capabilityAdoption.consumers").toEntity(Integer.class))
                        .as(label)
                        .isEqualTo(commit == 1 || commit == 3 ? 1 : 0);
            }
        }
        // The known changes show: a cycle and a violation only at commit 4.
        assertThat(graphQl.document("{ dependencyCycles(asOf: {version: 3}) { members } }")
                        .executeSync()
                        .field("dependencyCycles")
                        .toEntityList(Map.class))
                .hasSize(1);
        assertThat(graphQl.document("{ dependencyCycles(asOf: {version: 4}) { members } }")
                        .executeSync()
                        .field("dependencyCycles")
                        .toEntityList(Map.class))
                .isEmpty();
    }

    @Test
    @Order(3)
    void theDiffBetweenTwoCommitsIsThePlanBetweenTheirFiles() {
        LandscapeOutcome offline = LandscapeEvaluation.between(
                COMMITTED.get(0),
                "",
                COMMITTED.get(3),
                true,
                LandscapePolicy.NONE,
                CognitiveLoadModel.defaults(),
                ScorecardRulesFile.shipped());
        LandscapePlan plan = offline.plan();
        assertThat(plan).isNotNull();
        ClientGraphQlResponse diff = graphQl.document("""
                        { landscapeDiff(from: {at: "2025-01-20T00:00:00Z"}, to: {version: 3}) {
                            from { version } to { version }
                            plan { hasChanges nodesAdded nodesChanged nodesRemoved edgesAdded edgesChanged edgesRemoved
                                   nodes { action kind key changes { field before after } }
                                   edges { action type fromKey toKey }
                                   impact { newCycles { members } newLayerViolations { fromCapability toCapability } } } } }
                        """).executeSync();
        assertThat(diff.getErrors()).isEmpty();
        assertThat(diff.field("landscapeDiff.from.version").toEntity(Integer.class))
                .isEqualTo(1);
        assertThat(diff.field("landscapeDiff.to.version").toEntity(Integer.class))
                .isEqualTo(3);
        assertThat(diff.field("landscapeDiff.plan.nodesAdded").toEntity(Integer.class))
                .isEqualTo(plan.nodesAdded())
                .isEqualTo(1);
        assertThat(diff.field("landscapeDiff.plan.nodesChanged").toEntity(Integer.class))
                .isEqualTo(plan.nodesChanged());
        assertThat(diff.field("landscapeDiff.plan.edgesAdded").toEntity(Integer.class))
                .isEqualTo(plan.edgesAdded());
        assertThat(diff.field("landscapeDiff.plan.nodes").toEntityList(Map.class))
                .extracting(n -> n.get("action") + " " + n.get("key"))
                .containsExactlyElementsOf(plan.nodes().stream()
                        .map(n -> n.action() + " " + n.key())
                        .toList());
        assertThat(diff.field("landscapeDiff.plan.impact.newCycles").toEntityList(Map.class))
                .hasSize(plan.impact().newCycles().size())
                .hasSize(1);
        assertThat(diff.field("landscapeDiff.plan.impact.newLayerViolations").toEntityList(Map.class))
                .hasSize(plan.impact().newLayerViolations().size())
                .hasSize(1);
    }

    @Test
    @Order(4)
    void timesOutsideTheHistoryAreRefusedNamingWhatItHolds() {
        ClientGraphQlResponse before = graphQl.document("{ layerViolations(asOf: {at: \"2024-12-31T00:00:00Z\"})"
                        + " { violations { fromCapability } } }")
                .executeSync();
        assertThat(before.getErrors())
                .singleElement()
                .satisfies(e -> assertThat(e.getMessage())
                        .contains("before history begins")
                        .contains("earliest recorded time is 2025-01-10T10:00:00Z (version 1)"));
        ClientGraphQlResponse future = graphQl.document(
                        "{ exportLandscape(asOf: {at: \"2099-01-01T00:00:00Z\"}) { path } }")
                .executeSync();
        assertThat(future.getErrors())
                .singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("is in the future"));
        ClientGraphQlResponse unknown = graphQl.document("{ dependencyCycles(asOf: {version: 99}) { members } }")
                .executeSync();
        assertThat(unknown.getErrors())
                .singleElement()
                .satisfies(e -> assertThat(e.getMessage())
                        .contains("asOf version 99 is not recorded: history holds versions 1"));
        ClientGraphQlResponse both = graphQl.document(
                        "{ dependencyCycles(asOf: {version: 1, at: \"2025-03-01T00:00:00Z\"}) { members } }")
                .executeSync();
        assertThat(both.getErrors())
                .singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("exactly one of version and at"));
        // An import of a commit older than the newest version is refused as a typed problem; nothing is written.
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("commit", "0123456789abcdef");
        input.put("at", "2025-03-01T00:00:00Z");
        input.put("author", "Ann Author <ann@example.org>");
        input.put(
                "files",
                COMMITTED.get(0).stream()
                        .map(f -> Map.of("path", f.path(), "content", f.content()))
                        .toList());
        ClientGraphQlResponse old =
                graphQl.document("""
                        mutation($input: ImportLandscapeCommitInput!) { importLandscapeCommit(input: $input) {
                            errors { code message } imported version } }
                        """).variable("input", input).executeSync();
        assertThat(old.field("importLandscapeCommit.errors").toEntityList(Map.class))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.get("code")).isEqualTo("HISTORY_ORDER");
                    assertThat((String) e.get("message")).contains("2025-06-10T10:00:00Z");
                });
        assertThat(count("MATCH (c:LandscapeChange) RETURN count(c)")).isEqualTo(4);
    }

    @Test
    @Order(5)
    void trendsFollowTheKnownChangesAtTheStepAsked() {
        ClientGraphQlResponse answer = graphQl.document("""
                        { landscapeTrends(input: {from: "2025-01-10T10:00:00Z", to: "2025-06-10T10:00:00Z", step: "P10D",
                              teamKeys: ["h-platform"], platformKeys: ["h-devx"],
                              blastRadiusOf: {kind: CAPABILITY, key: "h-network"}}) {
                            at version violations cycles singlePointsOfFailure unowned
                            teams { teamKey index band } platforms { platformKey adoptionRate } blastRadius } }
                        """).executeSync();
        assertThat(answer.getErrors()).isEmpty();
        List<Map> points = answer.field("landscapeTrends").toEntityList(Map.class);
        assertThat(points).hasSize(16);
        for (Map point : points) {
            Instant at =
                    java.time.OffsetDateTime.parse((String) point.get("at")).toInstant();
            int commit = -1;
            int version = 0;
            for (int i = 0; i < TIMES.length; i++) {
                if (!TIMES[i].isAfter(at) && COMMITTED.get(i) != null) {
                    commit = i;
                    version++;
                }
            }
            String label = "sample at " + at;
            assertThat(point.get("version")).as(label).isEqualTo(version);
            LandscapeSnapshot snapshot = LandscapeSnapshot.of(
                    LandscapeParser.parse(COMMITTED.get(commit)).declared());
            assertThat(point.get("cycles"))
                    .as(label)
                    .isEqualTo(Cycles.find(snapshot).size());
            assertThat(point.get("violations"))
                    .as(label)
                    .isEqualTo(LayerViolations.find(snapshot).violations().size());
            assertThat(point.get("unowned"))
                    .as(label)
                    .isEqualTo(OwnershipRisks.unowned(snapshot).size());
            assertThat(((Number) ((Map) ((List) point.get("teams")).getFirst()).get("index")).doubleValue())
                    .as(label)
                    .isEqualTo(SnapshotCognitiveLoad.team(snapshot, CognitiveLoadModel.defaults(), "h-platform")
                            .index());
            assertThat(((Number) ((Map) ((List) point.get("platforms")).getFirst()).get("adoptionRate")).doubleValue())
                    .as(label)
                    .isEqualTo(version == 2 || version == 3 ? 1.0 : 0.0);
            assertThat(point.get("blastRadius"))
                    .as(label)
                    .isEqualTo(new BlastRadiusEngine()
                            .analyse(
                                    snapshot,
                                    new BlastRadiusRequest(
                                            List.of(NodeRef.capability("h-network")),
                                            Scenario.FAIL,
                                            Direction.DOWNSTREAM,
                                            null,
                                            0,
                                            1))
                            .totalCount());
        }
        assertThat(points).extracting(p -> p.get("cycles")).contains(0, 1);
        ClientGraphQlResponse tooMany = graphQl.document("{ landscapeTrends(input: {step: \"PT1M\"}) { version } }")
                .executeSync();
        assertThat(tooMany.getErrors())
                .singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("at most 200"));
    }

    @Test
    @Order(6)
    void deliveryMeasuresFollowTheLifecycleAndConsumersOfEachPlatformsCapabilities() {
        ClientGraphQlResponse answer = graphQl.document("""
                        { deliveryMeasures { platformKey capabilities meanDaysPlannedToBeta meanDaysBetaToGa
                            meanDaysPlannedToGa plannedToGaMeasured meanDaysDeprecationToLastConsumerGone
                            deprecatedStillConsumed meanDaysToFirstUse changes changesPer30Days } }
                        """).executeSync();
        assertThat(answer.getErrors()).isEmpty();
        List<Map> measures = answer.field("deliveryMeasures").toEntityList(Map.class);
        assertThat(measures).extracting(m -> m.get("platformKey")).containsExactly("h-cloud", "h-devx");
        Map devx = measures.get(1);
        assertThat(devx.get("capabilities")).isEqualTo(1);
        assertThat(((Number) devx.get("meanDaysPlannedToBeta")).doubleValue()).isEqualTo(31.0);
        assertThat(((Number) devx.get("meanDaysBetaToGa")).doubleValue()).isEqualTo(59.0);
        assertThat(((Number) devx.get("meanDaysPlannedToGa")).doubleValue()).isEqualTo(90.0);
        assertThat(devx.get("plannedToGaMeasured")).isEqualTo(1);
        assertThat(((Number) devx.get("meanDaysDeprecationToLastConsumerGone")).doubleValue())
                .as("deprecated in the version that removed its only consumer")
                .isEqualTo(0.0);
        assertThat(devx.get("deprecatedStillConsumed")).isEqualTo(0);
        assertThat(((Number) devx.get("meanDaysToFirstUse")).doubleValue())
                .as("consumed during beta, before GA")
                .isEqualTo(0.0);
        assertThat(devx.get("changes")).isEqualTo(4);
        assertThat(((Number) devx.get("changesPer30Days")).doubleValue()).isCloseTo(4 * 30 / 151.0, within(1e-9));
        Map cloud = measures.get(0);
        assertThat(cloud.get("changes"))
                .as("declared, then its capability's dependency added and removed")
                .isEqualTo(3);
        assertThat(cloud.get("meanDaysPlannedToGa")).isNull();
    }

    @Test
    @Order(7)
    void theBrowserQueryListsTheVersionsWithTheirCheckpoints() throws Exception {
        String statement = Files.readAllLines(Path.of("cypher", "analytics", "landscape-history.cypher")).stream()
                .filter(line -> !line.startsWith("//") && !line.startsWith(":param"))
                .reduce("", (a, b) -> a + "\n" + b)
                .replaceFirst(";\\s*$", "");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("from", "2025-02-01T00:00:00Z");
        parameters.put("to", null);
        parameters.put("limit", 100);
        try (var session = driver.session()) {
            List<String> rows = session.run(statement, parameters)
                    .list(r -> r.get("version").asLong() + " "
                            + r.get("checkpoint").asBoolean() + " "
                            + r.get("actor").asString());
            assertThat(rows)
                    .containsExactly(
                            "4 true Ann Author <ann@example.org>",
                            "3 false Ann Author <ann@example.org>",
                            "2 false Ann Author <ann@example.org>");
        }
    }

    private static void commit(Git git, int index, Map<String, String> files) throws Exception {
        Path landscape = git.getRepository().getWorkTree().toPath().resolve("landscape");
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(landscape.resolve(file.getKey()), file.getValue());
        }
        commitAll(git, index);
        if (index == 2) {
            COMMITTED.add(null);
            return;
        }
        List<LandscapeFile> committed = new ArrayList<>();
        try (Stream<Path> walk = Files.list(landscape)) {
            for (Path file : walk.sorted(Comparator.comparing(Path::toString)).toList()) {
                committed.add(new LandscapeFile(file.getFileName().toString(), Files.readString(file)));
            }
        }
        COMMITTED.add(committed);
    }

    private static void commitAll(Git git, int index) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().setUpdate(true).addFilepattern(".").call();
        PersonIdent ident = new PersonIdent("Ann Author", "ann@example.org", TIMES[index], ZoneOffset.UTC);
        git.commit()
                .setMessage("change " + (index + 1))
                .setAuthor(ident)
                .setCommitter(ident)
                .setSign(false)
                .call();
    }

    /** {@code strata history import} of the test repository's landscape folder into this test's server. */
    private String[] importArguments(Path repo) {
        return new String[] {
            "history",
            "import",
            repo.toString(),
            "--path",
            "landscape",
            "--server",
            "http://127.0.0.1:" + port,
            "--token",
            ADMIN_TOKEN
        };
    }
}
