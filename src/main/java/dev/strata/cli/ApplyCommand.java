package dev.strata.cli;

import picocli.CommandLine.Command;
import tools.jackson.databind.JsonNode;

/** {@code apply}: the plan, then the change in one transaction unless the files have problems or break the policy. */
@Command(name = "apply",
        description = "apply in one transaction (all or nothing, idempotent)")
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
    void printOutcome(JsonNode result) {
        console.out().println(result.get("applied").asBoolean() ? "Applied."
                : "Not applied: the policy is violated; nothing was written.");
    }
}
