package dev.strata.backstage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.strata.ingest.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Thousands of mutated catalogs (the test catalog cut, byte-flipped, spliced with control characters, aliases,
 * wrong types, hostile globs and paths): reading and mapping never throw, and every problem and finding names a
 * file and says why. An import never ends in a stack trace.
 */
class BackstageFuzzTest {

    private static final List<String> SPLICES = List.of(
            "\u0000",
            "\u001b[2J",
            "'}) MATCH (n) DETACH DELETE n //",
            "[".repeat(3000),
            "{".repeat(3000),
            "&anchor [*anchor]",
            "!!java.lang.Runtime {}",
            "tier: tier-x",
            "kind: Spaceship",
            "- - - -",
            "\t\t",
            "name: " + "x".repeat(20_000),
            ": :",
            "apiVersion: v1",
            "%YAML 9.9",
            "\uD800",
            "owner: [a, {b: c}]",
            "targets: ['[', '**/{', './../../../../etc/passwd']",
            "spec: [1, 2]",
            "metadata: {name: {x: 1}}",
            "annotations: {strata.dev/tier: [1]}",
            "dependsOn: 'component:'",
            "memberOf: ':/'",
            "providesApis: [{}]",
            "children: [acme, acme, acme]",
            "parent: team-a",
            "subcomponentOf: self",
            "namespace: Bad_NS");

    private static final int CASES = 150;

    @Test
    void mutatedCatalogsNeverCrashAndEveryProblemAndFindingIsLocated() {
        Map<String, String> catalog = MusicCatalog.files();
        List<String> paths = List.copyOf(catalog.keySet());
        Random random = new Random(20);
        int withProblems = 0;
        for (int i = 0; i < CASES; i++) {
            Map<String, String> files = new LinkedHashMap<>(catalog);
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                String path = paths.get(random.nextInt(paths.size()));
                files.put(path, mutate(files.get(path), random));
            }
            String label = "case " + i;
            BackstageImport[] imported = new BackstageImport[1];
            assertThatCode(() -> imported[0] = CatalogMapping.map(CatalogReader.read(
                            CatalogSource.of(files), List.of(random.nextBoolean() ? "" : "catalog-info.yaml"), null)))
                    .as(label)
                    .doesNotThrowAnyException();
            List<Problem> problems = imported[0].declaration().problemsResolvingAgainst(Set.of());
            assertThat(problems).as(label).allSatisfy(problem -> {
                assertThat(files).containsKey(problem.file());
                assertThat(problem.message()).isNotBlank();
            });
            assertThat(imported[0].findings()).as(label).allSatisfy(finding -> {
                assertThat(finding.file()).isNotBlank();
                assertThat(finding.message()).isNotBlank();
            });
            // the catalog has gaps, so every case reports something: findings, or the problems that stopped it
            assertThat(imported[0].findings().isEmpty() && problems.isEmpty())
                    .as(label)
                    .isFalse();
            if (!problems.isEmpty()) {
                withProblems++;
            }
        }
        assertThat(withProblems).as("mutations that broke the catalog").isGreaterThan(CASES / 4);
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
