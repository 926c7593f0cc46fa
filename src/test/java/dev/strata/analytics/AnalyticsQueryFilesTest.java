package dev.strata.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under cypher/analytics/ is Browser-runnable with a header (id = file name, parameters with a
 * {@code :param} example for each one used, columns) and loads as exactly one statement.
 */
class AnalyticsQueryFilesTest {

    private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

    static Stream<Path> queryFiles() throws IOException {
        return Files.list(Path.of("cypher", "analytics"))
                .filter(p -> p.toString().endsWith(".cypher"))
                .sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryFiles")
    void hasAHeaderAndOneStatement(Path file) throws IOException {
        String id = file.getFileName().toString().replaceFirst("\\.cypher$", "");
        List<String> lines = Files.readAllLines(file);
        String text = String.join("\n", lines);

        assertThat(lines.getFirst()).isEqualTo("// id: " + id);
        assertThat(lines.get(1)).as("one-line description").startsWith("// ").hasSizeGreaterThan(10);
        assertThat(text).contains("// parameters:").contains("// columns:");

        String statement = CypherQueries.load(id);
        Matcher parameters = PARAMETER.matcher(statement);
        while (parameters.find()) {
            assertThat(text)
                    .as("a :param example for $" + parameters.group(1))
                    .containsPattern("(?m)^:param " + parameters.group(1) + " => ");
        }
    }

    @Test
    void anUnknownQueryIdIsNamed() {
        assertThatThrownBy(() -> CypherQueries.load("no-such-query"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/cypher/analytics/no-such-query.cypher");
    }
}
