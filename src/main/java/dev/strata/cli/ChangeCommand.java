package dev.strata.cli;

import dev.strata.ingest.LandscapeFile;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    BackstageOptions backstage;

    @Option(names = "--prune", description = "also remove what no file declares")
    boolean prune;

    ChangeCommand(Console console) {
        this.console = console;
    }

    /** The GraphQL mutation that carries the change ({@code planLandscape}, {@code applyLandscape}). */
    abstract String mutation();

    /** The same for a Backstage catalog ({@code planBackstageCatalog}, {@code applyBackstageCatalog}). */
    abstract String backstageMutation();

    /** Extra fields of the mutation's payload beyond problems and plan. */
    String extraFields() {
        return "";
    }

    /** Prints what only this command reports, after the plan (text format only). */
    void printOutcome(JsonNode result) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Map<String, Object> input = new LinkedHashMap<>();
        String mutation;
        String selection;
        if (backstage.enabled()) {
            input.put("catalog", BackstageCatalogInput.read(landscape, backstage, console).asInput());
            mutation = backstageMutation();
            selection = "mutation($input: ChangeBackstageCatalogInput!) { " + mutation + "(input: $input) { "
                    + BackstageReport.SELECTION;
        } else {
            List<LandscapeFile> files = landscape.read();
            input.put("files", LandscapePaths.asInput(files));
            mutation = mutation();
            selection = "mutation($input: ChangeLandscapeInput!) { " + mutation + "(input: $input) { "
                    + PlanReport.PROBLEMS;
        }
        input.put("prune", prune);
        input.put("policy", policy.asInput());
        JsonNode result = StrataServer.of(server, console).call(selection + " " + PlanReport.PLAN + " "
                + extraFields() + " } }", input).get(mutation);
        if (server.json()) {
            console.out().println(StrataServer.JSON.writeValueAsString(result));
        } else {
            if (backstage.enabled()) {
                new BackstageReport(console.out()).print(result, backstage.listDocuments);
            }
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
