package dev.strata.cli;

import dev.strata.ingest.LandscapeOutcome;
import dev.strata.plan.LandscapePlan;
import picocli.CommandLine.Command;

/** {@code apply}: the plan, then the change in one transaction unless the files have problems or break the policy. */
@Command(name = "apply", description = "apply in one transaction (all or nothing, idempotent)")
final class ApplyCommand extends ChangeCommand {

    ApplyCommand(Console console) {
        super(console);
    }

    @Override
    String mutation() {
        return "applyLandscape";
    }

    @Override
    String backstageMutation() {
        return "applyBackstageCatalog";
    }

    @Override
    String extraFields() {
        return "applied";
    }

    @Override
    void printOutcome(LandscapeOutcome outcome) {
        LandscapePlan plan = outcome.plan();
        if (plan != null && !plan.hasChanges()) {
            if (outcome.applied() && plan.relocated() > 0) {
                console.out()
                        .println("Recorded the files that declare " + plan.relocated()
                                + " nodes and relationships now (bookkeeping: no change to the landscape).");
            }
            return;
        }
        console.out()
                .println(outcome.applied() ? "Applied." : "Not applied: the policy is violated; nothing was written.");
    }
}
