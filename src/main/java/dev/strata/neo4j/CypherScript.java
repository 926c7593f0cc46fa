package dev.strata.neo4j;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Cypher script (as kept under {@code cypher/} and pasted into Neo4j Browser) into single statements.
 * Statements end with a semicolon at the end of a line; {@code //} comment lines and Browser commands such as
 * {@code :param} are skipped, so the same file runs in the Browser and through the driver.
 */
public final class CypherScript {

    private CypherScript() {}

    public static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("//") || trimmed.startsWith(":")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                addStatement(statements, current);
            }
        }
        addStatement(statements, current);
        return List.copyOf(statements);
    }

    private static void addStatement(List<String> statements, StringBuilder current) {
        String statement = current.toString().strip();
        if (statement.endsWith(";")) {
            statement = statement.substring(0, statement.length() - 1).strip();
        }
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }
}
