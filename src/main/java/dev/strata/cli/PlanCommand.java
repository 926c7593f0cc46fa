package dev.strata.cli;

import picocli.CommandLine.Command;

/** {@code plan}: the dry run of an apply, with its diff, impact and policy verdict; writes nothing. */
@Command(name = "plan",
        description = "what applying would change, and its impact (dry run)")
final class PlanCommand extends ChangeCommand {

    PlanCommand(Console console) {
        super(console);
    }

    @Override
    String mutation() {
        return "planLandscape";
    }

    @Override
    String backstageMutation() {
        return "planBackstageCatalog";
    }
}
