package dev.strata.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.audit.Actor;
import dev.strata.ingest.LandscapeFile;
import dev.strata.ingest.LandscapeOutcome;
import dev.strata.ingest.LandscapeService;
import dev.strata.model.NodeRef;
import dev.strata.plan.LandscapePolicy;
import dev.strata.testsupport.StrataIntegrationTest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A change whose additions are staged ({@link StagedAdditions}; the threshold is 1 here, so every addition is) is
 * still all or nothing: until its commit no reader sees any staged node or relationship, its commit makes them part
 * of the landscape with nothing of the staging left on them, a change that fails after staging leaves no staged node
 * behind, and staged nodes a dead process left are deleted at the next start.
 */
@TestPropertySource(properties = "strata.landscape.staged-write-threshold=1")
@DirtiesContext // its own embedded database; stopped after the class
class StagedApplyIT extends StrataIntegrationTest {

    private static final int CAPABILITIES = 30;
    private static final Actor ACTOR = new Actor("test", "test");
    /** Relationships of the staged types as the snapshot's probe counts them: from the label of their start node. */
    private static final String COUNTED = "RETURN COUNT { (:Capability)-[:DEPENDS_ON]->() }"
            + " + COUNT { (:Platform)-[:PROVIDES]->() } + COUNT { (:Team)-[:OWNS]->() }";

    @Autowired
    LandscapeService service;

    @Autowired
    KernelLandscapeReader kernelReader;

    @Autowired
    LandscapeReader reader;

    @Autowired
    StagedAdditions stagedAdditions;

    @AfterEach
    void removeTestData() {
        cypher("MATCH (n:StrataStaged) DETACH DELETE n");
        cleanUpTestData();
    }

    @Test
    void stagedAdditionsAreInvisibleUntilTheCommitAndPlainLandscapeAfterIt() {
        StoredLandscape before = kernelReader.read(ChangeProgress.NONE).landscape();
        AtomicReference<String> seenAtCommit = new AtomicReference<>();
        List<StoredLandscape> readAtCommit = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicLong boltProgressTotal = new AtomicLong(-1);
        ChangeProgress atCommit = new Progress() {
            @Override
            public void step(Step step, long total) {
                if (step == Step.COMMITTING) {
                    // Readers run in transactions of their own, as every reader of the application does: in-process
                    // (the kernel) and over Bolt.
                    CompletableFuture.runAsync(() -> {
                                seenAtCommit.set("staged:" + count("MATCH (n:StrataStaged) RETURN count(n)")
                                        + " counted:" + count(COUNTED));
                                readAtCommit.add(
                                        kernelReader.read(ChangeProgress.NONE).landscape());
                                readAtCommit.add(reader.readStored(new Progress() {
                                    @Override
                                    public void step(Step reading, long total) {
                                        if (reading == Step.READING_GRAPH) {
                                            boltProgressTotal.set(total);
                                        }
                                    }
                                }));
                            })
                            .join();
                }
            }
        };
        long countedBefore = count(COUNTED);

        LandscapeOutcome outcome = apply(atCommit);

        assertThat(outcome.applied()).as("%s", outcome).isTrue();
        // Nodes: a team, a platform and the capabilities; relationships between them: the platform's owner, its
        // capabilities, the chain of dependencies. The first capability's dependency on a demo node is not staged.
        int stagedNodes = 2 + CAPABILITIES;
        assertThat(seenAtCommit.get())
                .as("what a reader saw while the change was committing")
                .isEqualTo("staged:" + stagedNodes + " counted:" + countedBefore);
        assertThat(boltProgressTotal.get())
                .as("the Bolt reader's progress total at the commit step counts no staged node or relationship")
                .isEqualTo(before.landscape().nodes().size()
                        + before.landscape().edges().size());
        assertThat(readAtCommit).hasSize(2).allSatisfy(read -> {
            assertThat(read.landscape().nodes()).isEqualTo(before.landscape().nodes());
            assertThat(read.landscape().edges()).isEqualTo(before.landscape().edges());
        });

        assertThat(count("MATCH (n:StrataStaged) RETURN count(n)"))
                .as("staged nodes left")
                .isZero();
        assertThat(count("MATCH (n) WHERE n.strataStage IS NOT NULL RETURN count(n)"))
                .as("staging marks left")
                .isZero();
        assertThat(count("MATCH (c:Capability) WHERE c.key STARTS WITH 't-staged-' AND c.createdAt IS NOT NULL"
                        + " RETURN count(c)"))
                .isEqualTo(CAPABILITIES);
        assertThat(count("MATCH (:Team {key: 't-staged-team'})-[:OWNS]->(p:Platform {key: 't-staged-platform'})"
                        + "-[:PROVIDES]->(c:Capability) RETURN count(c)"))
                .isEqualTo(CAPABILITIES);
        assertThat(count("MATCH (:Capability {key: 't-staged-" + (CAPABILITIES - 1)
                        + "'})-[:DEPENDS_ON]->{" + (CAPABILITIES - 1) + "}(:Capability {key: 't-staged-0'})"
                        + "-[:DEPENDS_ON]->(:Capability {key: 'k8s-workloads'}) RETURN count(*)"))
                .as("the whole chain, down to the demo capability")
                .isOne();
        assertThat(count(COUNTED)).isEqualTo(countedBefore + CAPABILITIES + CAPABILITIES + 1);
        StoredLandscape after = kernelReader.read(ChangeProgress.NONE).landscape();
        assertThat(after.landscape().nodes()).containsKey(NodeRef.capability("t-staged-0"));
        assertThat(apply(ChangeProgress.NONE).plan().hasChanges())
                .as("applying the same files again")
                .isFalse();
    }

    @Test
    void aChangeThatFailsAfterStagingLeavesNothingBehind() {
        String before = fingerprint();
        ChangeProgress failingAtCommit = new Progress() {
            @Override
            public void step(Step step, long total) {
                if (step == Step.COMMITTING) {
                    throw new IllegalStateException("the change stops before its commit");
                }
            }
        };

        assertThatThrownBy(() -> apply(failingAtCommit)).hasMessageContaining("stops before its commit");

        assertThat(count("MATCH (n:StrataStaged) RETURN count(n)"))
                .as("staged nodes left")
                .isZero();
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(apply(ChangeProgress.NONE).applied())
                .as("the same change afterwards")
                .isTrue();
    }

    @Test
    void stagedNodesADeadProcessLeftAreDeletedAtTheNextStartAndOnlyThey() {
        String before = fingerprint();
        cypher("""
                CREATE (a:StrataStaged {key: 't-left-a', strataStage: 'a-dead-process'})
                       -[:DEPENDS_ON]->(b:StrataStaged {key: 't-left-b', strataStage: 'a-dead-process'}),
                       (:Platform {key: 't-left-platform'})-[:PROVIDES]->(a)
                """);
        // A relationship into a staged node from a landscape node is never staged; made here to show that the
        // deletion takes staged nodes with every relationship they have.
        assertThat(fingerprint()).isNotEqualTo(before);

        stagedAdditions.initialize();

        assertThat(count("MATCH (n:StrataStaged) RETURN count(n)")).isZero();
        assertThat(count("MATCH (p:Platform {key: 't-left-platform'}) WHERE NOT EXISTS { (p)--() } RETURN count(p)"))
                .as("the landscape node at the other end stays, without the relationship")
                .isOne();
        cypher("MATCH (p:Platform {key: 't-left-platform'}) DELETE p");
        assertThat(fingerprint()).isEqualTo(before);
    }

    private LandscapeOutcome apply(ChangeProgress progress) {
        StringBuilder yaml = new StringBuilder("""
                apiVersion: strata.dev/v1
                kind: Team
                metadata: {key: t-staged-team}
                spec: {type: PLATFORM, size: 4}
                ---
                apiVersion: strata.dev/v1
                kind: Platform
                metadata: {key: t-staged-platform}
                spec: {tier: 2, layer: container-platform, owner: t-staged-team}
                """);
        for (int i = 0; i < CAPABILITIES; i++) {
            yaml.append("---\napiVersion: strata.dev/v1\nkind: Capability\nmetadata: {key: t-staged-")
                    .append(i)
                    .append("}\nspec: {lifecycle: GA, tier: 2, platform: t-staged-platform, dependsOn: [")
                    .append(i == 0 ? "k8s-workloads" : "t-staged-" + (i - 1))
                    .append("]}\n");
        }
        List<LandscapeFile> files = List.of(new LandscapeFile("t/staged.yaml", yaml.toString()));
        return service.apply(files, files.size(), false, LandscapePolicy.NONE, ACTOR, "test", progress);
    }

    /** Progress nobody follows, for tests to hook into one step. */
    private abstract static class Progress implements ChangeProgress {
        @Override
        public void step(Step step, long total) {}

        @Override
        public void advance(long units) {}

        @Override
        public void checkCancelled() {}
    }
}
