package dev.strata.cli;

import dev.strata.ingest.LandscapeOutcome;
import dev.strata.ingest.Problem;
import dev.strata.plan.LandscapePlan;
import java.util.List;

/**
 * A plan as a pull-request comment (GitHub and GitLab Markdown): the summary, the changes as a {@code diff} block
 * (added lines green, removed red), the impact as lists whose items beyond the first few are folded in a
 * {@code <details>} element, then the broken policy rules. Long change lists are folded as a whole.
 */
final class PlanMarkdown {

    /** Items shown per impact section before the rest is folded. */
    static final int ITEMS = 5;
    /** Changed documents shown before the change list is folded. */
    static final int DOCUMENTS = 20;

    private final LandscapeOutcome outcome;
    private final StringBuilder text = new StringBuilder();

    PlanMarkdown(LandscapeOutcome outcome) {
        this.outcome = outcome;
    }

    String render() {
        line("### Strata plan");
        line("");
        if (!outcome.errors().isEmpty()) {
            line("**" + PlanReport.plural(outcome.errors().size(), "problem")
                    + " in the landscape files; nothing was planned.**");
            line("");
            line("```");
            outcome.errors().stream().map(Problem::toString).forEach(this::line);
            line("```");
        }
        LandscapePlan plan = outcome.plan();
        if (plan == null) {
            return text.toString();
        }
        if (!plan.hasChanges()) {
            line("No changes.");
            return text.toString();
        }
        PlanDigest changes = new PlanDigest(plan, key -> key);
        PlanDigest impact = new PlanDigest(plan, key -> "`" + key + "`");
        line("**Plan:** " + changes.summary() + "  ");
        line("**Impact:** " + impact.impactSummary() + "  ");
        line("**Policy:** "
                + (plan.policyViolations().isEmpty()
                        ? "holds"
                        : PlanReport.plural(plan.policyViolations().size(), "violation")));
        line("");
        line("#### Changes");
        line("");
        List<PlanDigest.Document> documents = changes.documents();
        if (documents.size() > DOCUMENTS) {
            line("<details><summary>" + documents.size() + " changed documents</summary>");
            line("");
        }
        line("```diff");
        for (PlanDigest.Document document : documents) {
            line(marked(document.heading(), " "));
            document.lines().forEach(change -> line(marked(change, "     ")));
        }
        line("```");
        if (documents.size() > DOCUMENTS) {
            line("");
            line("</details>");
        }
        List<PlanDigest.Section> sections = impact.impact();
        if (!sections.isEmpty()) {
            line("");
            line("#### Impact");
            for (PlanDigest.Section section : sections) {
                line("");
                line("**" + section.title() + "**");
                line("");
                section.items().stream().limit(ITEMS).forEach(item -> line("- " + item));
                if (section.items().size() > ITEMS) {
                    line("");
                    line("<details><summary>" + (section.items().size() - ITEMS) + " more</summary>");
                    line("");
                    section.items().stream().skip(ITEMS).forEach(item -> line("- " + item));
                    line("");
                    line("</details>");
                }
            }
        }
        if (!plan.policyViolations().isEmpty()) {
            line("");
            line("#### Policy violations");
            line("");
            plan.policyViolations().forEach(violation -> line("- " + violation));
        }
        return text.toString();
    }

    /**
     * A line in a diff block with its marker first, where diff colouring looks for it: + added, - removed, ! changed.
     */
    private static String marked(String line, String indent) {
        char first = line.charAt(0);
        String marker = first == '~' ? "!" : String.valueOf(first);
        return first == '+' || first == '-' || first == '~' ? marker + indent + line.substring(2) : " " + indent + line;
    }

    private void line(String line) {
        text.append(line).append('\n');
    }
}
