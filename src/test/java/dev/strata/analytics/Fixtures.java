package dev.strata.analytics;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.analytics.snapshot.LandscapeSnapshotLoader;
import dev.strata.testsupport.Neo4jTestServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/** Loads fixture graphs into the shared test Neo4j and reads them back as snapshots or reference-query rows. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Clears the database, runs {@code src/test/resources/fixtures/<name>.cypher} and snapshots the result. */
    public static LandscapeSnapshot load(String name) {
        Neo4jTestServer.load("/fixtures/" + name + ".cypher");
        return snapshot();
    }

    public static LandscapeSnapshot snapshot() {
        return new LandscapeSnapshotLoader(Neo4jTestServer.driver(), Duration.ofSeconds(60)).load();
    }

    /** Runs the reference query {@code cypher/analytics/<id>.cypher} with parameters. */
    public static List<Record> reference(String id, Map<String, Object> parameters) {
        try (Session session = Neo4jTestServer.driver().session()) {
            return session.run(CypherQueries.load(id), parameters).list();
        }
    }
}
