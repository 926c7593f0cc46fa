package dev.strata.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark itself at scale S, trimmed to stay well under a minute (3 engine runs, 1 Cypher run, no MERGE
 * baseline, a 10 s Cypher timeout that the brute-force SPOF reference may hit): every engine answers what its
 * reference Cypher answers on the same database, and the table is written.
 */
class BenchmarkSmokeTest {

    @TempDir
    Path results;

    @Test
    void atScaleSEveryEngineAnswersLikeItsReferenceCypherAndTheTableIsWritten() throws IOException {
        Benchmark.Options options = new Benchmark.Options(Scale.S, 42, 3, 1, Duration.ofSeconds(10), results,
                false, false, 10);

        Benchmark.Outcome outcome = Benchmark.run(options);

        BenchmarkReport report = outcome.report();
        assertThat(report.allEqual()).as(report.markdown()).isTrue();
        assertThat(report.rows()).extracting(BenchmarkReport.Row::question).anySatisfy(q -> assertThat(q)
                .startsWith("blast radius of the 10 biggest hubs"));
        for (BenchmarkReport.Row row : report.rows()) {
            if (row.question().startsWith("blast radius") || row.question().startsWith("layer violations")
                    || row.question().startsWith("dependency cycles") || row.question().startsWith("cognitive load")
                    || row.question().startsWith("adoption")) {
                assertThat(row.check()).as(row.question()).startsWith("equal");
                assertThat(row.cypher()).as(row.question()).isNotNull();
            }
            if (row.question().startsWith("single points of failure")) {
                assertThat(row.check()).as(row.question()).matches("equal.*|Cypher stopped at its 10 s timeout.*");
            }
            assertThat(row.engine().median()).as(row.question()).isPositive();
        }
        assertThat(report.rows()).hasSize(9);
        assertThat(outcome.file()).exists().hasParent(results);
        assertThat(outcome.file().getFileName().toString()).matches("S-\\d{8}-\\d{6}\\.md");
        String written = Files.readString(outcome.file());
        assertThat(written).contains("cores", "JDK", "Neo4j Kernel", "| blast radius of the 10 biggest hubs",
                "| dependency cycles |");
    }
}
