package dev.strata.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.scale.Benchmark.Options;
import dev.strata.scale.Benchmark.Rows;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The benchmark's command line, as the README and scale.md write it. */
class BenchmarkOptionsTest {

    @Test
    void theDocumentedCommandLinesParse() {
        Options options = Options.parse(
                new String[] {"L", "--no-baseline", "--cypher-timeout=30", "--cypher-runs=1", "--runs=5", "--graphql"});
        assertThat(options.scale()).isEqualTo(Scale.L);
        assertThat(options.baseline()).isFalse();
        assertThat(options.cypherTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.cypherRuns()).isEqualTo(1);
        assertThat(options.runs()).isEqualTo(5);
        assertThat(options.graphQl()).isTrue();
        assertThat(options.only()).isEqualTo(EnumSet.allOf(Rows.class));
        assertThat(options.results()).isEqualTo(Path.of("src/bench/results"));
    }

    @Test
    void onlySelectsRowGroupsInAnyCase() {
        Options options = Options.parse(new String[] {"m", "--only=export,PLAN"});
        assertThat(options.scale()).isEqualTo(Scale.M);
        assertThat(options.only()).containsExactlyInAnyOrder(Rows.EXPORT, Rows.PLAN);
        assertThat(options.runs(Rows.ENGINES)).isFalse();
    }

    @Test
    void aBadOptionNamesItselfAndShowsTheUsage() {
        assertThatThrownBy(() -> Options.parse(new String[] {"M", "--graph-ql"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--graph-ql")
                .hasMessageContaining("--only=<rows>");
        assertThatThrownBy(() -> Options.parse(new String[] {"M", "--only=exports"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exports");
        assertThatThrownBy(() -> Options.parse(new String[] {"XL"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("XL");
    }
}
