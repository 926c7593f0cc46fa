package dev.strata.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The benchmark itself at scale S, trimmed (3 engine runs, 1 reference run, no MERGE baseline, a 10 s reference
 * timeout that the brute-force SPOF query file reaches and every other reference stays well under, also beside the
 * other unit tests; about a minute on the 2-core machine): every analytic has its row, every engine answers what its reference answers on the same
 * database (only the brute-force file may run out of time), and the table is written. (Timings at S are too small to compare; the runs at M and L do.) It has a database of its own and shares
 * nothing with the other unit tests, so it runs beside them (see {@code junit-platform.properties}).
 */
@Execution(ExecutionMode.CONCURRENT)
class BenchmarkSmokeTest {

    @TempDir
    Path results;

    @Test
    void atScaleSEveryAnalyticHasARowEqualToItsReferenceAndTheTableIsWritten() throws IOException {
        Benchmark.Options options =
                new Benchmark.Options(Scale.S, 42, 3, 1, Duration.ofSeconds(10), results, false, false, 10);

        Benchmark.Outcome outcome = Benchmark.run(options);

        BenchmarkReport report = outcome.report();
        assertThat(report.allEqual()).as(report.markdown()).isTrue();
        List<String> questions =
                report.rows().stream().map(BenchmarkReport.Row::question).toList();
        for (String analytic : List.of(
                "bulk load",
                "snapshot load",
                "snapshot update after one change",
                "snapshot update after a 1,000-change apply",
                "blast radius of the 10 biggest hubs",
                "layer violations",
                "dependency cycles",
                "cognitive load",
                "single points of failure",
                "unowned",
                "unused capabilities",
                "handover points",
                "ownership ambiguity",
                "deprecated in use: first page",
                "deprecated in use: count",
                "deprecated in use: all rows",
                "tier inversions: first page",
                "tier inversions: count",
                "tier inversions: all rows",
                "hotspots, cold",
                "hotspots, warm",
                "adoption",
                "export",
                "plan")) {
            assertThat(questions).as(analytic).anySatisfy(q -> assertThat(q).startsWith(analytic));
        }
        for (BenchmarkReport.Row row : report.rows()) {
            if (row.question().startsWith("single points of failure vs the brute-force query file")) {
                assertThat(row.check()).as(row.question()).matches("equal.*|reference stopped at its 10 s timeout.*");
            } else if (!row.question().startsWith("bulk load")
                    && !row.question().startsWith("hotspots, warm")) {
                assertThat(row.check()).as(row.question()).matches("equal.*|every .*|planned .*|n/a.*");
            }
            assertThat(row.engine().median()).as(row.question()).isPositive();
        }
        assertThat(outcome.file()).exists().hasParent(results);
        assertThat(outcome.file().getFileName().toString()).matches("S-\\d{8}-\\d{6}\\.md");
        String written = Files.readString(outcome.file());
        assertThat(written)
                .contains(
                        "cores",
                        "JDK",
                        "Neo4j Kernel",
                        "| blast radius of the 10 biggest hubs",
                        "| dependency cycles |",
                        "target (issue 19)");
    }
}
