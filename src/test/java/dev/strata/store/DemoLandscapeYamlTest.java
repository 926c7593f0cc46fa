package dev.strata.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.ingest.LandscapeExport;
import dev.strata.ingest.LandscapeFile;
import dev.strata.ingest.LandscapeParser;
import dev.strata.ingest.LandscapeParser.Parsed;
import dev.strata.model.Landscape;
import dev.strata.model.LandscapeDiff;
import dev.strata.testsupport.Neo4jTestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The demo exists twice: as YAML (src/main/resources/landscape/demo, the format's example) and as a Cypher script for
 * Neo4j Browser users. Applying the YAML to an empty database must give exactly the graph the script gives, and
 * exporting that graph must give the YAML back, so the two cannot drift. After a deliberate change to the Cypher
 * script, regenerate the YAML with {@code -Dstrata.regenerate-demo-yaml=true} and review the diff.
 */
class DemoLandscapeYamlTest {

    private static final Path YAML = Path.of("src/main/resources/landscape/demo");
    private static final Set<String> BOOKKEEPING = Set.of("createdAt", "updatedAt", "sourceFile");

    private final LandscapeReader reader = new LandscapeReader(Neo4jClient.create(Neo4jTestServer.driver()));
    private final DiffWriter writer = new DiffWriter(
            Neo4jClient.create(Neo4jTestServer.driver()),
            StagedAdditions.never(Neo4jTestServer.driver(), Neo4jClient.create(Neo4jTestServer.driver())));

    @Test
    void applyingTheDemoYamlToAnEmptyDatabaseGivesExactlyTheGraphOfTheCypherScriptAndExportGivesTheYamlBack()
            throws IOException {
        Neo4jTestServer.load("/cypher/demo/demo-landscape.cypher");
        Set<String> fromCypher = graphContent();
        if (Boolean.getBoolean("strata.regenerate-demo-yaml")) {
            for (LandscapeFile file : LandscapeExport.files(reader.readAll())) {
                Files.writeString(YAML.resolve(file.path()), file.content(), StandardCharsets.UTF_8);
            }
        }

        Neo4jTestServer.clear();
        List<LandscapeFile> files = yamlFiles();
        assertThat(files)
                .extracting(LandscapeFile::path)
                .containsExactly(
                        "capabilities.yaml",
                        "consumers.yaml",
                        "layers.yaml",
                        "platforms.yaml",
                        "teams.yaml",
                        "value-streams.yaml");
        Parsed parsed = LandscapeParser.parse(files);
        assertThat(parsed.problemsResolvingAgainst(Set.of())).isEmpty();
        StagedAdditions never =
                StagedAdditions.never(Neo4jTestServer.driver(), Neo4jClient.create(Neo4jTestServer.driver()));
        writer.write(
                LandscapeDiff.between(new Landscape(), parsed.declared(), false),
                Map.of(),
                ChangeProgress.NONE,
                never.begin(java.time.Duration.ofMinutes(1)));

        assertThat(graphContent()).isEqualTo(fromCypher);
        assertThat(count("MATCH (n) WHERE NOT n:StrataMeta AND n.sourceFile IS NULL RETURN count(n)"))
                .isZero();
        assertThat(count("MATCH ()-[r]->() WHERE r.sourceFile IS NULL RETURN count(r)"))
                .isZero();
        assertThat(LandscapeExport.files(reader.readAll())).containsExactlyElementsOf(files);
        assertThat(LandscapeDiff.between(reader.readAll(), parsed.declared(), false)
                        .isEmpty())
                .isTrue();
    }

    /** Every node (label, properties) and relationship (type, end keys, properties), without bookkeeping. */
    private static Set<String> graphContent() {
        Set<String> content = new HashSet<>();
        try (Session session = Neo4jTestServer.driver().session()) {
            session.run("MATCH (n) WHERE NOT n:StrataMeta RETURN labels(n) AS labels, properties(n) AS p")
                    .list()
                    .forEach(r -> content.add(r.get("labels").asList() + " "
                            + withoutBookkeeping(r.get("p").asMap())));
            session.run("MATCH (a)-[r]->(b) RETURN type(r) AS type, a.key AS a, b.key AS b, properties(r) AS p")
                    .list()
                    .forEach(r -> content.add(r.get("a").asString() + " -"
                            + r.get("type").asString() + "-> " + r.get("b").asString() + " "
                            + withoutBookkeeping(r.get("p").asMap())));
        }
        assertThat(content).hasSizeGreaterThan(500);
        return content;
    }

    private static Map<String, Object> withoutBookkeeping(Map<String, Object> properties) {
        Map<String, Object> sorted = new TreeMap<>(properties);
        sorted.keySet().removeAll(BOOKKEEPING);
        return sorted;
    }

    private static long count(String cypher) {
        try (Session session = Neo4jTestServer.driver().session()) {
            return session.run(cypher).single().get(0).asLong();
        }
    }

    private static List<LandscapeFile> yamlFiles() throws IOException {
        try (Stream<Path> list = Files.list(YAML)) {
            return list.sorted()
                    .map(path -> {
                        try {
                            return new LandscapeFile(path.getFileName().toString(), Files.readString(path));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
    }
}
