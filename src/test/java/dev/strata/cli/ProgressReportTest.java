package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Progress as a person on a terminal sees it (one bar redrawn in place) and as a CI log keeps it (lines). */
class ProgressReportTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void onATerminalOneBarPerStepIsRedrawnInPlaceWithCountsPercentAndEstimate() {
        ProgressReport report = report(ProgressReport.Mode.AUTO, true);
        report.show("writing", 250_000, 1_000_000, "changes", 95.0);
        report.show("committing", 0, 0, "", null);
        report.finish();
        assertThat(text())
                .isEqualTo("\rwriting          [######------------------]  25%  250,000/1,000,000 changes"
                        + "  ~1:35 min left\n\rcommitting       ...\n");
    }

    @Test
    void withoutATerminalEachStepIsALineAndRepeatsWithinAStepAreThrottled() {
        ProgressReport report = report(ProgressReport.Mode.AUTO, false);
        report.show("uploading", 10, 100, "KB", 12.4);
        report.show("uploading", 20, 100, "KB", 10.0);
        report.show("writing", 5, 0, "changes", null);
        report.finish();
        assertThat(text())
                .isEqualTo(
                        "strata: uploading: 10 of 100 KB (10 %), about 12 s left\n" + "strata: writing: 5 changes\n");
    }

    @Test
    void offShowsNothing() {
        ProgressReport report = report(ProgressReport.Mode.OFF, true);
        report.show("writing", 1, 2, "changes", null);
        report.finish();
        assertThat(text()).isEmpty();
    }

    private ProgressReport report(ProgressReport.Mode mode, boolean terminal) {
        return new ProgressReport(new PrintStream(err, true, StandardCharsets.UTF_8), mode, terminal, 60_000);
    }

    private String text() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
