package dev.strata.ingest;

import dev.strata.analytics.load.CognitiveLoadModel;
import dev.strata.analytics.scorecard.ScorecardRules;
import dev.strata.ingest.LandscapeParser.Parsed;
import dev.strata.model.Landscape;
import dev.strata.model.LandscapeDiff;
import dev.strata.model.NodeRef;
import dev.strata.plan.LandscapeImpact;
import dev.strata.plan.LandscapePlan;
import dev.strata.plan.LandscapePolicy;
import dev.strata.store.ChangeProgress;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one computation behind plan and apply, in plain Java: parsed files against a current landscape give either
 * every problem, or the semantic diff with its impact and policy verdict. The server runs it on the graph it reads;
 * the CLI's offline plan ({@code plan --base}) on the landscape of other files, so both answer the same.
 */
public final class LandscapeEvaluation {

    private LandscapeEvaluation() {}

    /**
     * Evaluates parsed files against the current landscape. References resolve against the files and, unless
     * {@code prune} is on, the current landscape.
     *
     * @param apply whether the caller writes the diff when the policy holds (sets {@code applied})
     */
    public static Result evaluate(
            Parsed parsed,
            Landscape current,
            boolean prune,
            LandscapePolicy policy,
            CognitiveLoadModel loadModel,
            ScorecardRules scorecards,
            boolean apply) {
        return evaluate(parsed, current, prune, policy, loadModel, scorecards, apply, ChangeProgress.NONE);
    }

    /**
     * As {@link #evaluate(Parsed, Landscape, boolean, LandscapePolicy, CognitiveLoadModel, ScorecardRules, boolean)},
     * reporting its steps.
     */
    static Result evaluate(
            Parsed parsed,
            Landscape current,
            boolean prune,
            LandscapePolicy policy,
            CognitiveLoadModel loadModel,
            ScorecardRules scorecards,
            boolean apply,
            ChangeProgress progress) {
        progress.step(ChangeProgress.Step.COMPARING, 0);
        List<Problem> problems = parsed.problemsResolvingAgainst(
                prune ? Set.of() : current.nodes().keySet());
        if (!problems.isEmpty()) {
            return new Result(new LandscapeOutcome(problems, parsed.origins().size(), null, false), null);
        }
        LandscapeDiff diff = LandscapeDiff.between(current, parsed.declared(), prune);
        int undeclared = prune
                ? 0
                : (int) current.nodes().keySet().stream()
                        .filter(id -> !parsed.declared().nodes().containsKey(id))
                        .count();
        progress.checkCancelled();
        progress.step(ChangeProgress.Step.ASSESSING_IMPACT, 0);
        LandscapeImpact impact = LandscapeImpact.of(current, diff, loadModel, scorecards);
        progress.checkCancelled();
        List<String> violations = policy.violations(impact);
        LandscapePlan plan = LandscapePlan.of(diff, impact, violations, undeclared);
        boolean applied = apply && violations.isEmpty();
        return new Result(new LandscapeOutcome(List.of(), parsed.origins().size(), plan, applied), diff);
    }

    /**
     * The plan of going from one set of files (the base, e.g. the target branch) to another, without a server. The
     * base must be valid on its own; its problems are reported with {@code baseLabel} before each file name, and
     * nothing is planned. A file both sets hold unchanged is parsed once.
     */
    public static LandscapeOutcome between(
            List<LandscapeFile> base,
            String baseLabel,
            List<LandscapeFile> files,
            boolean prune,
            LandscapePolicy policy,
            CognitiveLoadModel loadModel,
            ScorecardRules scorecards) {
        ParseCache parser = new ParseCache();
        Parsed parsedBase = parser.parse(base);
        List<Problem> baseProblems = parsedBase.problemsResolvingAgainst(Set.<NodeRef>of());
        if (!baseProblems.isEmpty()) {
            return new LandscapeOutcome(
                    baseProblems.stream()
                            .map(p -> new Problem(p.code(), baseLabel + p.file(), p.line(), p.field(), p.message()))
                            .toList(),
                    parsedBase.origins().size(),
                    null,
                    false);
        }
        return evaluate(parser.parse(files), parsedBase.declared(), prune, policy, loadModel, scorecards, false)
                .outcome();
    }

    /** The outcome, and the diff to write (null when there are problems). */
    public record Result(LandscapeOutcome outcome, @Nullable LandscapeDiff diff) {}
}
