package dev.strata.testsupport;

import dev.strata.neo4j.CypherScript;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One real, in-process Neo4j (Bolt only) shared by every plain (non-Spring) data test of a JVM: starting a server
 * costs about six seconds, clearing it costs milliseconds.
 */
public final class Neo4jTestServer {

    private static Neo4j server;
    private static Driver driver;

    private Neo4jTestServer() {}

    public static synchronized Driver driver() {
        if (server == null) {
            server = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
            driver = GraphDatabase.driver(server.boltURI(), AuthTokens.none());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                driver.close();
                server.close();
            }));
            runResource("/cypher/schema/V001__constraints.cypher");
            runResource("/cypher/schema/V002__indexes.cypher");
        }
        return driver;
    }

    /** The database in this process, for readers that use its kernel rather than Bolt. */
    public static GraphDatabaseService database() {
        driver();
        return server.defaultDatabaseService();
    }

    /** Removes every node and relationship; the schema stays. */
    public static void clear() {
        run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
    }

    /** Clears the database, then runs a Cypher script from the test or main classpath (e.g. a fixture graph). */
    public static void load(String classpathResource) {
        clear();
        runResource(classpathResource);
    }

    public static void runResource(String classpathResource) {
        for (String statement : CypherScript.statements(read(classpathResource))) {
            run(statement);
        }
    }

    public static void run(String statement) {
        try (Session session = driver().session()) {
            session.run(statement).consume();
        }
    }

    private static String read(String classpathResource) {
        try (InputStream in = Neo4jTestServer.class.getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalArgumentException("no such classpath resource: " + classpathResource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
