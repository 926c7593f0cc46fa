package dev.strata.cli;

import dev.strata.ingest.LandscapeFile;
import dev.strata.ingest.LandscapeFileParses;
import dev.strata.ingest.LandscapeParser;
import dev.strata.store.ChangeProgress;
import dev.strata.ingest.Problem;
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
@Command(name = "validate",
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
    ProgressOption progress;

    ValidateCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<LandscapeFile> files = landscape.read(console);
        return server.givenServer(console) == null ? offline(files) : online(files);
    }

    private int offline(List<LandscapeFile> files) {
        ProgressReport report = progress.report(console);
        LandscapeParser.Parsed parsed = LandscapeFileParses.parse(files, files.size(), new ChangeProgress() {
            private long done;

            @Override
            public void step(Step step, long total) {
            }

            @Override
            public void advance(long units) {
                done += units;
                report.show("reading files", done, files.size(), "files", null);
            }

            @Override
            public void checkCancelled() {
            }
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
            console.out().println(problems.isEmpty() ? files.size() + " files, " + parsed.origins().size()
                    + " documents: valid (offline: every reference must be declared in these files)"
                    : PlanReport.plural(problems.size(), "problem") + " in " + PlanReport.plural(files.size(), "file"));
        }
        return problems.isEmpty() ? ExitCode.OK : ExitCode.ERROR;
    }

    private int online(List<LandscapeFile> files) throws IOException, InterruptedException {
        JsonNode result = new LandscapeTransfer(StrataServer.of(server, console), progress.report(console), console)
                .run("VALIDATE", files, false, Map.of(), PlanReport.PROBLEMS, true);
        if (server.json()) {
            console.out().println(StrataServer.JSON.writeValueAsString(result));
        } else {
            new PlanReport(console.out()).problems(result);
            if (result.get("errors").isEmpty()) {
                console.out().println(files.size() + " files, " + result.get("documents").asInt() + " documents: valid");
            }
        }
        return result.get("errors").isEmpty() ? ExitCode.OK : ExitCode.ERROR;
    }
}
