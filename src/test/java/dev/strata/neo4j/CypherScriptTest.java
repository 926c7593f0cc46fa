package dev.strata.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CypherScriptTest {

    @Test
    void splitsOnSemicolonsAtLineEndsAndSkipsCommentsAndBrowserCommands() {
        String script = """
                // header comment
                :param key => 'kubernetes'
                MATCH (n {key: $key})
                RETURN n;
                CREATE (:A {text: 'a;b'});

                RETURN 1
                """;

        assertThat(CypherScript.statements(script))
                .containsExactly("MATCH (n {key: $key})\nRETURN n", "CREATE (:A {text: 'a;b'})", "RETURN 1");
    }
}
