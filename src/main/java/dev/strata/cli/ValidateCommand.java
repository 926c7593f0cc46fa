package dev.strata.cli;

import dev.strata.ingest.LandscapeFile;
import dev.strata.ingest.LandscapeFileParses;
import dev.strata.ingest.LandscapeParser;
import dev.strata.ingest.Problem;
import dev.strata.store.ChangeProgress;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tools.jackson.databind.JsonNode;

/** {@code validate}: every problem in the files with file:line; offline, or against a server's graph. */
@Command(
        name = "validate",
        description = "check files: every problem with file:line (offline unless --server or STRATA_SERVER is given)")
final class ValidateCommand implements Callable<Integer> {

    private final Console console;

    @Mixin
    HelpOption help;

    @Mixin
    LandscapePaths landscape;

    @Mixin
    ServerOptions server;

    @Mixin
    BackstageOptions backstage;

    @Mixin
    ProgressOption progress;

    ValidateCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (backstage.enabled()) {
            return backstage();
        }
        List<LandscapeFile> files = landscape.read();
        return server.givenServer(console) == null ? offline(files) : online(files);
    }

    /**
     * A Backstage catalog: read and mapped here; offline, its problems are final (every reference must be declared
     * in the catalog or the native documents beside it), online the server checks it against its graph.
     */
    private int backstage() throws IOException, InterruptedException {
        BackstageCatalogInput catalog = BackstageCatalogInput.read(landscape, backstage, console);
        JsonNode result;
        if (server.givenServer(console) == null) {
            Map<String, Object> local = new LinkedHashMap<>();
            local.put("errors", catalog.imported().declaration().problemsResolvingAgainst(Set.of()));
            local.put("summary", catalog.imported().summary());
            local.put("warnings", catalog.imported().warnings());
            local.put("documents", catalog.imported().documents());
            result = StrataServer.JSON.valueToTree(local);
        } else {
            result = StrataServer.of(server, console)
                    .call(
                            "mutation($input: ValidateBackstageCatalogInput!) {"
                                    + " validateBackstageCatalog(input: $input) { " + BackstageReport.SELECTION
                                    + " } }",
                            Map.of("catalog", catalog.asInput()))
                    .get("validateBackstageCatalog");
        }
        if (server.json()) {
            console.out().println(StrataServer.JSON.writeValueAsString(result));
        } else {
            new BackstageReport(console.out()).print(result, backstage.listDocuments);
            printProblems(PlanReport.readCatalog(result).errors());
            if (result.get("errors").isEmpty()) {
                console.out()
                        .println("valid: the catalog can be imported"
                                + (server.givenServer(console) == null
                                        ? " (offline: every layer or value stream an annotation names must be declared beside it)"
                                        : ""));
            }
        }
        return result.get("errors").isEmpty() ? ExitCode.OK : ExitCode.ERROR;
    }

    private int offline(List<LandscapeFile> files) {
        ProgressReport report = progress.report(console);
        LandscapeParser.Parsed parsed = LandscapeFileParses.parse(files, files.size(), new ChangeProgress() {
            private long done;

            @Override
            public void step(Step step, long total) {}

            @Override
            public void advance(long units) {
                done += units;
                report.show("reading files", done, files.size(), "files", null);
            }

            @Override
            public void checkCancelled() {}
        });
        report.finish();
        List<Problem> problems = parsed.problemsResolvingAgainst(Set.of());
        if (server.json()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("errors", problems);
            result.put("documents", parsed.origins().size());
            console.out().println(StrataServer.JSON.writeValueAsString(result));
        } else {
            problems.forEach(problem -> console.out().println(problem));
            console.out()
                    .println(
                            problems.isEmpty()
                                    ? files.size() + " files, "
                                            + parsed.origins().size()
                                            + " documents: valid (offline: every reference must be declared in these files)"
                                    : PlanReport.plural(problems.size(), "problem") + " in "
                                            + PlanReport.plural(files.size(), "file"));
        }
        return problems.isEmpty() ? ExitCode.OK : ExitCode.ERROR;
    }

    private int online(List<LandscapeFile> files) throws IOException, InterruptedException {
        JsonNode result = new LandscapeTransfer(StrataServer.of(server, console), progress.report(console), console)
                .run("VALIDATE", files, false, Map.of(), PlanReport.PROBLEMS, true);
        if (server.json()) {
            console.out().println(StrataServer.JSON.writeValueAsString(result));
        } else {
            if (!printProblems(PlanReport.read(result).errors())) {
                console.out()
                        .println(files.size() + " files, "
                                + result.get("documents").asInt() + " documents: valid");
            }
        }
        return result.get("errors").isEmpty() ? ExitCode.OK : ExitCode.ERROR;
    }

    /** Prints each problem and their count; answers whether there were any. */
    private boolean printProblems(List<Problem> problems) {
        problems.forEach(problem -> console.out().println(problem));
        if (!problems.isEmpty()) {
            console.out().println(PlanReport.plural(problems.size(), "problem"));
        }
        return !problems.isEmpty();
    }
}
