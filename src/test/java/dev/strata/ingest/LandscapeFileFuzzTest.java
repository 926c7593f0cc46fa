package dev.strata.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Thousands of mutated landscape files (cut, byte-flipped, spliced with control characters, Cypher fragments, deep
 * nesting, huge scalars, wrong types): the parser never throws, and every problem it reports names a file, a line
 * and a field. Writes are proven empty for problem files by the integration tests of validate/apply.
 */
class LandscapeFileFuzzTest {

    private static final List<String> SPLICES = List.of(
            "\u0000",
            "\u001b[2J",
            "'}) MATCH (n) DETACH DELETE n //",
            "[".repeat(5000),
            "{".repeat(5000),
            "&anchor [*anchor]",
            "!!java.lang.Runtime {}",
            "size: seven",
            "kind: Spaceship",
            "- - - -",
            "\t\t",
            "key: " + "x".repeat(100_000),
            ": :",
            "apiVersion: strata.dev/v99",
            "%YAML 9.9",
            "\uD800");

    @Test
    void mutatedLandscapeFilesNeverCrashTheParserAndEveryProblemIsLocated() throws IOException {
        String teams = Files.readString(Path.of("src/main/resources/landscape/demo/teams.yaml"));
        String capabilities = Files.readString(Path.of("src/main/resources/landscape/demo/capabilities.yaml"));
        Random random = new Random(42);
        int withProblems = 0;
        for (int i = 0; i < 2000; i++) {
            String source = random.nextBoolean() ? teams : capabilities;
            String mutated =
                    mutate(source.substring(0, Math.min(source.length(), 3000 + random.nextInt(3000))), random);
            String name = "fuzz-" + i + ".yaml";
            List<LandscapeFile> files = List.of(new LandscapeFile(name, mutated));
            String label = "case " + i + ": " + mutated.substring(0, Math.min(120, mutated.length()));
            assertThatCode(() -> LandscapeParser.parse(files)).as(label).doesNotThrowAnyException();
            List<Problem> problems = LandscapeParser.parse(files).problemsResolvingAgainst(Set.of());
            if (!problems.isEmpty()) {
                withProblems++;
            }
            assertThat(problems).as(label).allSatisfy(problem -> {
                assertThat(problem.file()).isEqualTo(name);
                assertThat(problem.line()).isPositive();
                assertThat(problem.message()).isNotBlank();
            });
        }
        assertThat(withProblems).isGreaterThan(1500);
    }

    private static String mutate(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            int at = random.nextInt(out.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> out.insert(at, SPLICES.get(random.nextInt(SPLICES.size())));
                case 1 -> out.setLength(Math.max(0, at));
                case 2 -> {
                    if (at < out.length()) {
                        out.setCharAt(at, (char) random.nextInt(128));
                    }
                }
                default -> out.insert(at, "\n" + SPLICES.get(random.nextInt(SPLICES.size())) + "\n");
            }
        }
        return out.toString();
    }
}
