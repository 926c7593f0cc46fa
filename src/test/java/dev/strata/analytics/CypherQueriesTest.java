package dev.strata.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CypherQueriesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "blast-radius-downstream",
                "blast-radius-upstream",
                "dependency-chains",
                "layer-violations",
                "cycles"
            })
    void everyReferenceQueryIsOneStatementWithAHeader(String id) throws IOException {
        String statement = CypherQueries.load(id);

        assertThat(statement).startsWith("MATCH").doesNotContain(";").doesNotContain("//");
        try (InputStream in = CypherQueries.class.getResourceAsStream("/cypher/analytics/" + id + ".cypher")) {
            String file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(file)
                    .startsWith("// id: " + id + "\n")
                    .contains("// description: ", "// parameters", "// columns");
            if (statement.contains("$")) {
                assertThat(file).contains(":param ");
            }
        }
    }

    @Test
    void unknownOrMalformedIdsAreRejected() {
        assertThatThrownBy(() -> CypherQueries.load("no-such-query")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CypherQueries.load("../schema/V001__constraints"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
