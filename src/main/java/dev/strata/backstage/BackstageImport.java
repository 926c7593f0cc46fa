package dev.strata.backstage;

import dev.strata.backstage.DocumentOutcome.Outcome;
import dev.strata.ingest.LandscapeParser.Parsed;
import java.util.List;

/**
 * A catalog read and mapped: the declaration the landscape service validates, plans and applies like native files,
 * what became of every document, and the findings (warnings).
 *
 * @param declaration the nodes and relationships, their origins (descriptor file and line), the problems found
 *                    while reading and mapping, and the references left to resolve against the graph (layers and
 *                    value streams named by annotations)
 * @param documents   every document read, accounted for
 * @param findings    every warning, located, in a fixed order
 * @param files       files read
 */
public record BackstageImport(Parsed declaration, List<DocumentOutcome> documents, List<Finding> findings, int files) {

    /** One warning per category, with counts. */
    public List<Warning> warnings() {
        return Findings.summarise(findings);
    }

    /** How many documents had each outcome, and what the declaration holds. */
    public Summary summary() {
        return new Summary(
                files,
                documents.size(),
                (int) documents.stream()
                        .filter(d -> d.ref() != null && d.outcome() != Outcome.FOLLOWED)
                        .count(),
                count(Outcome.MAPPED),
                count(Outcome.MERGED),
                count(Outcome.FOLLOWED),
                count(Outcome.NATIVE),
                count(Outcome.SKIPPED),
                declaration.declared().nodes().size(),
                declaration.declared().edges().size());
    }

    private int count(Outcome outcome) {
        return (int) documents.stream().filter(d -> d.outcome() == outcome).count();
    }

    /**
     * Counts of an import.
     *
     * @param entities entities read (Locations not counted: they are followed)
     * @param skipped  documents skipped: entities Strata does not map and documents that are no entity
     */
    public record Summary(
            int files,
            int documents,
            int entities,
            int mapped,
            int merged,
            int locations,
            int nativeDocuments,
            int skipped,
            int nodes,
            int relationships) {}
}
