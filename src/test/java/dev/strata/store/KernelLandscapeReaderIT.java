package dev.strata.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.model.EdgeType;
import dev.strata.model.Landscape;
import dev.strata.model.Landscape.EdgeId;
import dev.strata.model.NodeRef;
import dev.strata.testsupport.StrataIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The kernel reader ({@link KernelLandscapeReader}) answers exactly what the Bolt reader answers: the same nodes with
 * the same property values and Java types, the same relationships, the same element ids, on the demo landscape plus
 * data written outside Strata with the awkward cases (dates, decimals, label lists, a node without a key, a
 * relationship the model does not know between these kinds, a type it does not know at all).
 */
class KernelLandscapeReaderIT extends StrataIntegrationTest {

    @Autowired
    KernelLandscapeReader kernel;

    @Autowired
    LandscapeReader reader;

    @AfterEach
    void removeTestData() {
        cleanUpTestData();
        cypher("MATCH (n:Capability) WHERE n.key IS NULL AND n.name = 't-keyless' DETACH DELETE n");
    }

    @Test
    void readsWhatTheBoltReaderReadsWithTheSameTypesAndElementIds() {
        cypher("""
                CREATE (a:Capability {key: 't-kr-a', name: 'A', lifecycle: 'GA', tier: 2, gaDate: date('2020-01-02'),
                        sloTarget: 99.5, sloAttainment: 100, compliant: true, labels: ['domain=pay', 'beta'],
                        description: 'two\\nlines', sourceFile: 'caps/a.yaml', unknownProperty: 'ignored'})
                CREATE (b:Capability {key: 't-kr-b', name: 'B', lifecycle: 'BETA', tier: 1})
                CREATE (c:Consumer {key: 't-kr-c', name: 'C', kind: 'SERVICE', tier: 3})
                CREATE (t:Team {key: 't-kr-team', name: 'T', type: 'PLATFORM', size: 5})
                CREATE (k:Capability {name: 't-keyless', lifecycle: 'GA', tier: 1})
                CREATE (a)-[:DEPENDS_ON {sourceFile: 'caps/a.yaml', mode: 'not on DEPENDS_ON'}]->(b)
                CREATE (c)-[:CONSUMES {since: date('2021-03-04'), mode: 'X_AS_A_SERVICE', sourceFile: 'c.yaml'}]->(a)
                CREATE (a)-[:DEPENDS_ON]->(k)
                CREATE (a)-[:DEPENDS_ON]->(t)
                CREATE (a)-[:UNKNOWN_TO_THE_MODEL]->(b)
                """);

        KernelLandscapeReader.Result read = kernel.read(ChangeProgress.NONE);
        StoredLandscape bolt = reader.readStored(ChangeProgress.NONE);

        Landscape landscape = read.landscape().landscape();
        assertThat(landscape.nodes()).isEqualTo(bolt.landscape().nodes());
        assertThat(List.copyOf(landscape.nodes().keySet()))
                .as("export order")
                .isEqualTo(List.copyOf(bolt.landscape().nodes().keySet()));
        assertThat(landscape.edges()).isEqualTo(bolt.landscape().edges());
        assertThat(List.copyOf(landscape.edges().keySet()))
                .isEqualTo(List.copyOf(bolt.landscape().edges().keySet()));
        assertThat(read.landscape().elementIds()).isEqualTo(bolt.elementIds());

        Map<String, Object> a =
                landscape.nodes().get(NodeRef.capability("t-kr-a")).properties();
        assertThat(a)
                .containsEntry("tier", 2L)
                .containsEntry("gaDate", LocalDate.of(2020, 1, 2))
                .containsEntry("sloTarget", 99.5)
                .containsEntry("sloAttainment", 100.0)
                .containsEntry("labels", List.of("domain=pay", "beta"))
                .containsEntry("description", "two\nlines")
                .doesNotContainKey("unknownProperty");
        NodeRef consumer = new NodeRef(dev.strata.model.NodeKind.CONSUMER, "t-kr-c");
        assertThat(landscape
                        .edges()
                        .get(new EdgeId(EdgeType.CONSUMES, consumer, NodeRef.capability("t-kr-a")))
                        .properties())
                .containsEntry("since", LocalDate.of(2021, 3, 4))
                .containsEntry("mode", "X_AS_A_SERVICE");
        assertThat(landscape
                        .edges()
                        .get(new EdgeId(
                                EdgeType.DEPENDS_ON, NodeRef.capability("t-kr-a"), NodeRef.capability("t-kr-b")))
                        .properties())
                .as("only sourceFile on a relationship other than CONSUMES")
                .isEqualTo(Map.of("sourceFile", "caps/a.yaml"));
        assertThat(landscape.edges().keySet())
                .filteredOn(id -> id.from().key().equals("t-kr-a"))
                .as("the relationships to a node without key, to a team and of an unknown type are not the model's")
                .containsExactly(
                        new EdgeId(EdgeType.DEPENDS_ON, NodeRef.capability("t-kr-a"), NodeRef.capability("t-kr-b")));
        assertThat(landscape.nodes().keySet()).extracting(NodeRef::key).doesNotContainNull();
        assertThat(landscape.nodes()).as("the demo landscape is read too").hasSizeGreaterThan(4);
    }

    @Test
    void ordersTheManyRelationshipsOfOneNodeAsTheBoltReaderDoes() {
        // More outgoing relationships of one type than the insertion sort handles, created in an order unlike the
        // keys' (t-kr-dep-9 before t-kr-dep-10).
        cypher("""
                CREATE (hub:Capability {key: 't-kr-hub', name: 'Hub', lifecycle: 'GA', tier: 1})
                WITH hub
                UNWIND range(60, 1, -1) AS i
                CREATE (hub)-[:DEPENDS_ON]->(:Capability {key: 't-kr-dep-' + i, name: 'D', lifecycle: 'GA', tier: 1})
                """);

        Landscape kernelRead = kernel.read(ChangeProgress.NONE).landscape().landscape();
        Landscape boltRead = reader.readStored(ChangeProgress.NONE).landscape();

        assertThat(List.copyOf(kernelRead.edges().keySet()))
                .isEqualTo(List.copyOf(boltRead.edges().keySet()));
        assertThat(kernelRead.edges().keySet())
                .filteredOn(id -> id.from().key().equals("t-kr-hub"))
                .hasSize(60);
    }

    @Test
    void readsTheVersionOfTheLandscapeItReturns() {
        long head = count("MATCH (h:StrataMeta {key: 'landscape-head'}) RETURN coalesce(h.version, 0)");

        assertThat(kernel.read(ChangeProgress.NONE).version()).isEqualTo(head);
    }

    @Test
    void convertsStoredValuesToTheTypesTheDriverReturns() {
        assertThat(KernelLandscapeReader.asDriverValue(7)).isEqualTo(7L);
        assertThat(KernelLandscapeReader.asDriverValue((short) 7)).isEqualTo(7L);
        assertThat(KernelLandscapeReader.asDriverValue(1.5f)).isEqualTo(1.5);
        assertThat(KernelLandscapeReader.asDriverValue('x')).isEqualTo("x");
        assertThat(KernelLandscapeReader.asDriverValue(new String[] {"a", "b"})).isEqualTo(List.of("a", "b"));
        assertThat(KernelLandscapeReader.asDriverValue(new int[] {1, 2})).isEqualTo(List.of(1L, 2L));
        assertThat(KernelLandscapeReader.asDriverValue(new byte[] {1})).isEqualTo(new byte[] {1});
    }
}
