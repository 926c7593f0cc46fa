package dev.strata.analytics;

import dev.strata.neo4j.CypherScript;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Loads the reference analytics queries kept as Browser-runnable files under {@code cypher/analytics/<id>.cypher}
 * (on the classpath as {@code /cypher/analytics/<id>.cypher}). Each file holds exactly one statement after its
 * {@code //} header and {@code :param} example lines. Loaded once per id.
 */
public final class CypherQueries {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Map<String, String> LOADED = new ConcurrentHashMap<>();

    private CypherQueries() {}

    /**
     * The single statement of {@code cypher/analytics/<id>.cypher}, without the trailing semicolon.
     *
     * @throws IllegalArgumentException if the id is malformed, the file is missing or it does not hold exactly one
     *                                  statement
     */
    public static String load(String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not an analytics query id: '" + id + "'");
        }
        return LOADED.computeIfAbsent(id, CypherQueries::read);
    }

    private static String read(String id) {
        String resource = "/cypher/analytics/" + id + ".cypher";
        List<String> statements = CypherScript.statements(text(resource));
        if (statements.size() != 1) {
            throw new IllegalArgumentException(
                    resource + " holds " + statements.size() + " statements, expected exactly one");
        }
        return statements.getFirst();
    }

    private static String text(String resource) {
        try (InputStream in = CypherQueries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no analytics query " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
