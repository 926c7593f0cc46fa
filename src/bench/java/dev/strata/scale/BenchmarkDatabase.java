package dev.strata.scale;

import dev.strata.neo4j.CypherScript;
import dev.strata.neo4j.EmbeddedNeo4jProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;

/** A fresh in-process Neo4j (Bolt only) in a temporary directory with Strata's schema, deleted on close. */
record BenchmarkDatabase(Neo4j server, Driver driver, Path directory) implements AutoCloseable {

    static BenchmarkDatabase start() {
        try {
            Path directory = Files.createTempDirectory("strata-bench");
            // The harness's own default page cache is 8 MiB, which no generated landscape fits: measure with the
            // page cache the application's embedded database has by default.
            Neo4j server = Neo4jBuilders.newInProcessBuilder(directory)
                    .withDisabledServer()
                    .withConfig(
                            GraphDatabaseSettings.pagecache_memory,
                            ByteUnit.parse(EmbeddedNeo4jProperties.DEFAULT_PAGE_CACHE))
                    .build();
            Driver driver = GraphDatabase.driver(server.boltURI(), AuthTokens.none());
            for (String script :
                    List.of("V001__constraints.cypher", "V002__indexes.cypher", "V004__landscape_versions.cypher")) {
                for (String statement : CypherScript.statements(resource("/cypher/schema/" + script))) {
                    try (Session session = driver.session()) {
                        session.run(statement).consume();
                    }
                }
            }
            return new BenchmarkDatabase(server, driver, directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.close();
        server.close();
        try (var files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }

    private static String resource(String name) {
        try (InputStream in = BenchmarkDatabase.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
