package dev.strata.cli;

import dev.strata.ingest.LandscapeOutcome;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/**
 * What {@code plan} and {@code apply} share: the files, the policy, the diff and impact the server answers with,
 * and the exit code (1 for problems in the files, 2 for a broken policy). {@link PlanReport} prints the outcome.
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
    BackstageOptions backstage;

    @Mixin
    ProgressOption progress;

    @Option(names = "--prune", description = "also remove what no file declares")
    boolean prune;

    ChangeCommand(Console console) {
        this.console = console;
    }

    /** The GraphQL mutation that carries the change ({@code planLandscape}, {@code applyLandscape}). */
    abstract String mutation();

    /** The same for a Backstage catalog ({@code planBackstageCatalog}, {@code applyBackstageCatalog}). */
    abstract String backstageMutation();

    /** The landscape operation that carries the change through the upload path ({@code PLAN}, {@code APPLY}). */
    String action() {
        return mutation().equals("applyLandscape") ? "APPLY" : "PLAN";
    }

    /** Extra fields of the mutation's payload beyond problems and plan. */
    String extraFields() {
        return "";
    }

    /** Prints what only this command reports, after the plan (text and markdown). */
    void printOutcome(LandscapeOutcome outcome) {}

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!backstage.enabled()) {
            // Native files go through the upload path whatever their size: one GraphQL request is bounded.
            LandscapeTransfer transfer =
                    new LandscapeTransfer(StrataServer.of(server, console), progress.report(console), console);
            JsonNode result = transfer.run(
                    action(),
                    landscape.read(),
                    prune,
                    policy.asInput(),
                    PlanReport.PROBLEMS + " " + PlanReport.PLAN + " " + extraFields(),
                    server.json());
            LandscapeOutcome outcome = PlanReport.read(result);
            if (!transfer.summarized()) {
                return report(outcome);
            }
            // Too large to list: the counts and verdict only (a first apply of scale M has 559,366 changes).
            LandscapeTransfer.summaryLines(result.get("plan")).forEach(console.out()::println);
            printOutcome(outcome);
            return exitCode(outcome);
        }
        Map<String, Object> input = new LinkedHashMap<>();
        String mutation;
        String selection;
        if (backstage.enabled()) {
            input.put(
                    "catalog",
                    BackstageCatalogInput.read(landscape, backstage, console).asInput());
            mutation = backstageMutation();
            selection = "mutation($input: ChangeBackstageCatalogInput!) { " + mutation + "(input: $input) { "
                    + BackstageReport.SELECTION;
        } else {
            input.put("files", LandscapePaths.asInput(landscape.read()));
            mutation = mutation();
            selection = "mutation($input: ChangeLandscapeInput!) { " + mutation + "(input: $input) { "
                    + PlanReport.PROBLEMS;
        }
        input.put("prune", prune);
        input.put("policy", policy.asInput());
        JsonNode result = StrataServer.of(server, console)
                .call(selection + " " + PlanReport.PLAN + " " + extraFields() + " } }", input)
                .get(mutation);
        if (!backstage.enabled()) {
            return report(PlanReport.read(result));
        }
        LandscapeOutcome outcome = PlanReport.readCatalog(result);
        if (server.json()) {
            // The catalog's own report (summary, warnings, documents) is part of what a script wants to read.
            console.out().println(StrataServer.JSON.writeValueAsString(result));
            return exitCode(outcome);
        }
        new BackstageReport(console.out()).print(result, backstage.listDocuments);
        return report(outcome);
    }

    /** Prints the outcome in the format asked for and answers the exit code. */
    int report(LandscapeOutcome outcome) {
        PlanReport.print(console.out(), server.format, outcome);
        if (server.format != OutputFormat.JSON && outcome.plan() != null) {
            printOutcome(outcome);
        }
        return exitCode(outcome);
    }

    private static int exitCode(LandscapeOutcome outcome) {
        if (!outcome.errors().isEmpty()) {
            return ExitCode.ERROR;
        }
        return outcome.plan() == null || outcome.plan().policyViolations().isEmpty() ? ExitCode.OK : ExitCode.POLICY;
    }
}
