package dev.strata.cli;

import dev.strata.ingest.LandscapeOutcome;
import dev.strata.ingest.Problem;
import dev.strata.plan.LandscapePlan;
import java.util.List;

/**
 * A plan for people at a terminal or in a CI log: a short summary first, then only the real changes grouped per
 * document in kind order, then the impact, each list cut after a few items (JSON has them all), then the broken
 * policy rules. A change that changes nothing prints {@code No changes.}
 */
final class PlanText {

    /** Items shown per impact section; the rest is counted. */
    static final int ITEMS = 5;

    private final LandscapeOutcome outcome;
    private final StringBuilder text = new StringBuilder();

    PlanText(LandscapeOutcome outcome) {
        this.outcome = outcome;
    }

    String render() {
        for (Problem problem : outcome.errors()) {
            line(problem.toString());
        }
        if (!outcome.errors().isEmpty()) {
            line(PlanReport.plural(outcome.errors().size(), "problem") + "; nothing was planned or written");
        }
        LandscapePlan plan = outcome.plan();
        if (plan == null) {
            return text.toString();
        }
        if (!plan.hasChanges()) {
            line("No changes.");
            undeclared(plan);
            return text.toString();
        }
        PlanDigest digest = new PlanDigest(plan, key -> key);
        line("Plan: " + digest.summary());
        line("Impact: " + digest.impactSummary());
        if (!plan.policyViolations().isEmpty()) {
            line("Policy: " + PlanReport.plural(plan.policyViolations().size(), "violation"));
        }
        line("");
        line("Changes");
        for (PlanDigest.Document document : digest.documents()) {
            line("  " + document.heading());
            document.lines().forEach(change -> line("      " + change));
        }
        List<PlanDigest.Section> sections = digest.impact();
        if (!sections.isEmpty()) {
            line("");
            line("Impact");
            for (PlanDigest.Section section : sections) {
                line("  " + section.title());
                section.items().stream().limit(ITEMS).forEach(item -> line("    " + item));
                if (section.items().size() > ITEMS) {
                    line("    ... and " + (section.items().size() - ITEMS) + " more (--format json lists all)");
                }
            }
        }
        if (!plan.policyViolations().isEmpty()) {
            line("");
            line("Policy violations");
            plan.policyViolations().forEach(violation -> line("  " + violation));
        }
        undeclared(plan);
        return text.toString();
    }

    private void undeclared(LandscapePlan plan) {
        if (plan.undeclaredKept() > 0) {
            line("(" + PlanReport.plural(plan.undeclaredKept(), "node") + " of the current landscape "
                    + (plan.undeclaredKept() == 1 ? "is" : "are") + " not declared in these files and kept;"
                    + " --prune removes them)");
        }
    }

    private void line(String line) {
        text.append(line).append('\n');
    }
}
