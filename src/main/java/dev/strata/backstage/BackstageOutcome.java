package dev.strata.backstage;

import dev.strata.backstage.BackstageImport.Summary;
import dev.strata.ingest.LandscapeOutcome;
import dev.strata.ingest.Problem;
import dev.strata.plan.LandscapePlan;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer to validating, planning or applying a Backstage catalog: the landscape service's answer (problems,
 * plan, whether it was written) and the import's own (counts, warnings, what became of every document).
 *
 * @param errors    every problem; when not empty nothing was planned or written
 * @param summary   counts of documents and of what the catalog declares
 * @param warnings  one per category of finding, with counts and every located finding
 * @param documents every document read, accounted for
 * @param plan      the plan (null for validate and when there are errors)
 * @param applied   whether the change was written
 */
public record BackstageOutcome(
        List<Problem> errors,
        Summary summary,
        List<Warning> warnings,
        List<DocumentOutcome> documents,
        @Nullable LandscapePlan plan,
        boolean applied) {

    static BackstageOutcome of(BackstageImport imported, LandscapeOutcome outcome) {
        return new BackstageOutcome(
                outcome.errors(),
                imported.summary(),
                imported.warnings(),
                imported.documents(),
                outcome.plan(),
                outcome.applied());
    }
}
