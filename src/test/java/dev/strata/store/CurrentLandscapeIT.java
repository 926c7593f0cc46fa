package dev.strata.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.audit.Actor;
import dev.strata.ingest.LandscapeFile;
import dev.strata.ingest.LandscapeOutcome;
import dev.strata.ingest.LandscapeService;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import dev.strata.plan.LandscapePolicy;
import dev.strata.testsupport.QueryCountingDriver;
import dev.strata.testsupport.StrataIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The landscape kept in memory between changes ({@link CurrentLandscape}) is always the graph's: after an apply it
 * equals a fresh read, element ids included, and is answered without reading the graph; any write it did not make
 * (a Cypher statement as Neo4j Browser would send, a GraphQL edit) makes the next read go to the graph.
 */
class CurrentLandscapeIT extends StrataIntegrationTest {

    private static final String FILES = """
            apiVersion: strata.dev/v1
            kind: Platform
            metadata: {key: t-kept-platform}
            spec: {tier: 2, layer: container-platform, owner: team-mobile-banking}
            ---
            apiVersion: strata.dev/v1
            kind: Capability
            metadata: {key: t-kept-a}
            spec: {lifecycle: GA, tier: 2, platform: t-kept-platform, dependsOn: [k8s-workloads]}
            ---
            apiVersion: strata.dev/v1
            kind: Capability
            metadata: {key: t-kept-b}
            spec: {lifecycle: BETA, tier: 1, platform: t-kept-platform, dependsOn: [t-kept-a]}
            """;
    private static final Actor ACTOR = new Actor("test", "test");

    @Autowired
    CurrentLandscape currentLandscape;

    @Autowired
    LandscapeReader reader;

    @Autowired
    LandscapeService service;

    @AfterEach
    void removeTestData() {
        cleanUpTestData();
    }

    @Test
    void afterAnApplyTheKeptLandscapeIsTheGraphsAndIsAnsweredWithoutReadingIt() {
        assertThat(apply(FILES).applied()).isTrue();

        int before = QueryCountingDriver.STATEMENTS.get();
        StoredLandscape kept = currentLandscape.read(ChangeProgress.NONE);
        assertThat(QueryCountingDriver.STATEMENTS.get() - before)
                .as("statements to answer from memory")
                .isOne();

        StoredLandscape read = reader.readStored(ChangeProgress.NONE);
        assertThat(kept.landscape().nodes()).isEqualTo(read.landscape().nodes());
        assertThat(kept.landscape().edges()).isEqualTo(read.landscape().edges());
        assertThat(kept.elementIds()).isEqualTo(read.elementIds());
        assertThat(kept.landscape().nodes().keySet())
                .extracting(ref -> ref.key())
                .contains("t-kept-a", "t-kept-b");
    }

    @Test
    void aWriteOutsideStrataIsSeenByTheNextReadAndTheNextApplyRestoresTheFiles() {
        apply(FILES);
        StoredLandscape kept = currentLandscape.read(ChangeProgress.NONE);
        cypher("MATCH (c:Capability {key: 't-kept-b'}) SET c.lifecycle = 'DEPRECATED'");
        cypher("MATCH (:Capability {key: 't-kept-b'})-[r:DEPENDS_ON]->() DELETE r");

        // With the embedded database a reader outside a change reads through the kernel, not over Bolt: the sign of
        // a full read is a new landscape, not the statements sent.
        StoredLandscape read = currentLandscape.read(ChangeProgress.NONE);
        assertThat(read).as("a full read, not the kept landscape").isNotSameAs(kept);
        assertThat(read.landscape().edges())
                .isEqualTo(reader.readStored(ChangeProgress.NONE).landscape().edges());
        assertThat(read.landscape()
                        .nodes()
                        .get(dev.strata.model.NodeRef.capability("t-kept-b"))
                        .properties())
                .containsEntry("lifecycle", "DEPRECATED");

        LandscapeOutcome again = apply(FILES);
        assertThat(again.applied()).isTrue();
        assertThat(again.plan().nodesChanged()).isOne();
        assertThat(again.plan().edgesAdded()).isOne();
        assertThat(single("MATCH (c:Capability {key: 't-kept-b'}) RETURN c.lifecycle"))
                .isEqualTo("BETA");
        assertThat(count("MATCH (:Capability {key: 't-kept-b'})-[r:DEPENDS_ON]->(:Capability {key: 't-kept-a'})"
                        + " RETURN count(r)"))
                .isOne();
        assertThat(apply(FILES).plan().hasChanges())
                .as("applying the same files again")
                .isFalse();
    }

    @Test
    void anEditThroughGraphQlIsSeenByTheNextApply() {
        apply(FILES);
        graphQl.document("""
                mutation { updateCapability(input: {key: "t-kept-a", lifecycle: DEPRECATED}) { errors { message } } }
                """).executeSync();
        assertThat(single("MATCH (c:Capability {key: 't-kept-a'}) RETURN c.lifecycle"))
                .isEqualTo("DEPRECATED");

        LandscapeOutcome again = apply(FILES);
        assertThat(again.plan().nodesChanged()).isOne();
        assertThat(single("MATCH (c:Capability {key: 't-kept-a'}) RETURN c.lifecycle"))
                .isEqualTo("GA");
    }

    @Test
    void removedNodesAndRelationshipsLeaveNoTraceAndNoDuplicateRelationshipIsEverCreated() {
        apply(FILES);
        String withoutB = FILES.substring(0, FILES.lastIndexOf("---"));
        LandscapeOutcome pruned = service.apply(
                List.of(new LandscapeFile("t/kept.yaml", withoutB)), false, LandscapePolicy.NONE, ACTOR, "test");
        assertThat(pruned.plan().hasChanges()).as("b is kept without prune").isFalse();
        apply(FILES);
        assertThat(count("""
                MATCH (a)-[r]->(b) WITH a, b, type(r) AS type, count(r) AS parallel WHERE parallel > 1
                RETURN count(*)""")).isZero();
        StoredLandscape kept = currentLandscape.read(ChangeProgress.NONE);
        StoredLandscape read = reader.readStored(ChangeProgress.NONE);
        assertThat(kept.landscape().edges()).isEqualTo(read.landscape().edges());
    }

    @Test
    void aChangeThatFindsNothingKeptReadsThroughTheKernelNotOverBolt() {
        apply(FILES);
        currentLandscape.forget();
        int boltRead = NodeKind.values().length + EdgeType.endpoints().size();

        int before = QueryCountingDriver.STATEMENTS.get();
        LandscapeOutcome again = apply(FILES);

        assertThat(again.plan().hasChanges()).isFalse();
        assertThat(QueryCountingDriver.STATEMENTS.get() - before)
                .as("statements of a change that read the landscape in-process (a Bolt read sends %d alone)", boltRead)
                .isLessThan(boltRead);
    }

    private LandscapeOutcome apply(String content) {
        return service.apply(
                List.of(new LandscapeFile("t/kept.yaml", content)), false, LandscapePolicy.NONE, ACTOR, "test");
    }
}
