package dev.strata.analytics;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.snapshot.LandscapeSnapshotLoader;
import dev.strata.ingest.LandscapeFile;
import dev.strata.ingest.LandscapeParser;
import dev.strata.testsupport.Neo4jTestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * The example landscapes: as Cypher fixtures loaded into the shared test Neo4j (for the reference queries and the
 * snapshot loader), or as landscape files parsed into an in-memory snapshot (for engine tests that need no database).
 */
public final class Fixtures {

    private Fixtures() {}

    /** Clears the database, runs {@code src/test/resources/fixtures/<name>.cypher} and snapshots the result. */
    public static LandscapeSnapshot load(String name) {
        Neo4jTestServer.load("/fixtures/" + name + ".cypher");
        return snapshot();
    }

    public static LandscapeSnapshot snapshot() {
        return new LandscapeSnapshotLoader(Neo4jTestServer.driver(), Duration.ofSeconds(60)).load();
    }

    /**
     * The example landscape {@code src/test/resources/landscapes/<name>/*.yaml} (the same graph as the Cypher fixture
     * of that name, see {@code FixtureFilesTest}) as a snapshot built in memory: no database.
     *
     * @throws IllegalStateException with the parser's problems when the files do not parse
     */
    public static LandscapeSnapshot yaml(String name) {
        LandscapeParser.Parsed parsed = LandscapeParser.parse(files(name));
        if (!parsed.problems().isEmpty()) {
            throw new IllegalStateException("landscapes/" + name + " does not parse: " + parsed.problems());
        }
        return LandscapeSnapshot.of(parsed.declared());
    }

    /** The files of an example landscape, as {@code <name>/<file>.yaml}. */
    public static List<LandscapeFile> files(String name) {
        Path directory = Path.of("src/test/resources/landscapes", name);
        try (Stream<Path> paths = Files.list(directory)) {
            return paths.sorted()
                    .map(path -> new LandscapeFile(name + "/" + path.getFileName(), read(path)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the Cypher fixture, then runs the reference query {@code cypher/analytics/<id>.cypher} on it. */
    public static List<Record> referenceOn(String fixture, String id, Map<String, Object> parameters) {
        Neo4jTestServer.load("/fixtures/" + fixture + ".cypher");
        return reference(id, parameters);
    }

    /** Runs the reference query {@code cypher/analytics/<id>.cypher} with parameters. */
    public static List<Record> reference(String id, Map<String, Object> parameters) {
        try (Session session = Neo4jTestServer.driver().session()) {
            return session.run(CypherQueries.load(id), parameters).list();
        }
    }
}
