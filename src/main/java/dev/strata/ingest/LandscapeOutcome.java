package dev.strata.ingest;

import dev.strata.plan.LandscapePlan;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer to validate, plan and apply.
 *
 * @param errors    every problem in the files; when not empty nothing was planned or written
 * @param documents documents read
 * @param plan      the plan (null for validate and when there are errors)
 * @param applied   whether the change was written (apply only; false on errors or a broken policy)
 */
public record LandscapeOutcome(
        List<Problem> errors, int documents, @Nullable LandscapePlan plan, boolean applied) {}
