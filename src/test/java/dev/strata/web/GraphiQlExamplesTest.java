package dev.strata.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GraphiQL's tabs are the README's example operations: every GraphQL operation in the README is a tab, and every tab
 * is in the README (formatting, comments and the tabs' operation names aside), so neither drifts from the other.
 */
class GraphiQlExamplesTest {

    private static final Path EXAMPLES = Path.of("src", "main", "resources", "static", "graphiql", "examples.graphql");

    @Test
    void theTabsAreExactlyTheReadmesExampleOperations() throws IOException {
        List<String> readme = new ArrayList<>();
        for (String block : blocks(Files.readString(Path.of("README.md")))) {
            operations(block).forEach(operation -> readme.add(normalise(operation)));
        }
        List<String> tabs = Arrays.stream(Files.readString(EXAMPLES).split("(?m)^### .*$"))
                .filter(tab -> !tab.isBlank())
                .map(GraphiQlExamplesTest::normalise)
                .toList();
        assertThat(readme).hasSizeGreaterThanOrEqualTo(10);
        assertThat(tabs).containsExactlyInAnyOrderElementsOf(readme);
    }

    @Test
    void operationsAreSplitAtTheirOwnBracesNotAtThoseInStringsOrComments() {
        assertThat(operations("# a { comment\n{ a(x: \"}\") { b } }\nmutation { c }\n"))
                .containsExactly("{ a(x: \"}\") { b } }", "mutation { c }");
    }

    private static List<String> blocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        String[] parts = markdown.split("```graphql\n");
        for (int i = 1; i < parts.length; i++) {
            blocks.add(parts[i].substring(0, parts[i].indexOf("```")));
        }
        return blocks;
    }

    /** The top-level operations of a document: from their first token to the brace that closes them. */
    static List<String> operations(String document) {
        List<String> operations = new ArrayList<>();
        int depth = 0;
        int start = -1;
        boolean inString = false;
        for (int i = 0; i < document.length(); i++) {
            char c = document.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '#') {
                while (i < document.length() && document.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (start < 0 && !Character.isWhitespace(c)) {
                start = i;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                operations.add(document.substring(start, i + 1));
                start = -1;
            }
        }
        return operations;
    }

    /** Without comments, names of operations and formatting: what the operation asks. */
    private static String normalise(String operation) {
        String text = String.join(
                "\n",
                operation.lines().map(line -> line.startsWith("#") ? "" : line).toList());
        text = text.replaceAll("\\s+", " ").strip();
        text = text.replaceAll("^query \\w+ ", "").replaceAll("^mutation \\w+ ", "mutation ");
        return text.replaceAll(" ?([{}()\\[\\]:,]) ?", "$1");
    }
}
