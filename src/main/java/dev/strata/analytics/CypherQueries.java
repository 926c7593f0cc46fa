package dev.strata.analytics;

import dev.strata.neo4j.CypherScript;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Loads an analytics query from {@code /cypher/analytics/<id>.cypher}, the same file Neo4j Browser runs. */
public final class CypherQueries {

    private CypherQueries() {
    }

    /** The single statement of {@code cypher/analytics/<id>.cypher}, without its header comments and {@code :param} lines. */
    public static String load(String id) {
        String resource = "/cypher/analytics/" + id + ".cypher";
        try (InputStream in = CypherQueries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no analytics query on the classpath: " + resource);
            }
            List<String> statements = CypherScript.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (statements.size() != 1) {
                throw new IllegalStateException(resource + " must hold exactly one statement, found " + statements.size());
            }
            return statements.getFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
