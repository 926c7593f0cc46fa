package dev.strata.cli;

import dev.strata.ingest.LandscapeFile;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/**
 * What {@code plan} and {@code apply} share: the files, the policy, the diff and impact the server answers with,
 * and the exit code (1 for problems in the files, 2 for a broken policy).
 */
abstract class ChangeCommand implements Callable<Integer> {

    final Console console;

    @Mixin
    HelpOption help;

    @Mixin
    LandscapePaths landscape;

    @Mixin
    ServerOptions server;

    @Mixin
    PolicyOptions policy;

    @Mixin
    ProgressOption progress;

    @Option(names = "--prune", description = "also remove what no file declares")
    boolean prune;

    ChangeCommand(Console console) {
        this.console = console;
    }

    /** The GraphQL mutation that carries the change ({@code planLandscape}, {@code applyLandscape}). */
    abstract String mutation();

    /** The landscape operation that carries the change ({@code PLAN}, {@code APPLY}). */
    String action() {
        return mutation().equals("applyLandscape") ? "APPLY" : "PLAN";
    }

    /** Extra fields of the mutation's payload beyond problems and plan. */
    String extraFields() {
        return "";
    }

    /** Prints what only this command reports, after the plan (text format only). */
    void printOutcome(JsonNode result) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<LandscapeFile> files = landscape.read(console);
        JsonNode result = new LandscapeTransfer(StrataServer.of(server, console), progress.report(console), console)
                .run(action(), files, prune, policy.asInput(), PlanReport.PROBLEMS + " " + PlanReport.PLAN + " "
                        + extraFields(), server.json());
        if (server.json()) {
            console.out().println(StrataServer.JSON.writeValueAsString(result));
        } else {
            PlanReport report = new PlanReport(console.out());
            report.problems(result);
            if (result.get("plan") != null && !result.get("plan").isNull()) {
                report.plan(result.get("plan"));
                printOutcome(result);
            }
        }
        if (!result.get("errors").isEmpty()) {
            return ExitCode.ERROR;
        }
        return result.get("plan").get("policyViolations").isEmpty() ? ExitCode.OK : ExitCode.POLICY;
    }
}
