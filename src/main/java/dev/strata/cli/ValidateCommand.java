package dev.strata.cli;

import dev.strata.ingest.LandscapeFile;
import dev.strata.ingest.LandscapeParser;
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

    ValidateCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<LandscapeFile> files = landscape.read(console);
        return server.givenServer(console) == null ? offline(files) : online(files);
    }

    private int offline(List<LandscapeFile> files) {
        LandscapeParser.Parsed parsed = LandscapeParser.parse(files);
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
        JsonNode result = StrataServer.of(server, console).call(
                "mutation($input: ValidateLandscapeInput!) { validateLandscape(input: $input) {" + PlanReport.PROBLEMS
                        + " } }", Map.of("files", LandscapePaths.asInput(files))).get("validateLandscape");
        if (server.json()) {
            console.out().println(StrataServer.JSON.writeValueAsString(result));
        } else {
            List<Problem> problems = PlanReport.read(result).errors();
            problems.forEach(problem -> console.out().println(problem));
            if (!problems.isEmpty()) {
                console.out().println(PlanReport.plural(problems.size(), "problem"));
            } else {
                console.out().println(files.size() + " files, " + result.get("documents").asInt() + " documents: valid");
            }
        }
        return result.get("errors").isEmpty() ? ExitCode.OK : ExitCode.ERROR;
    }
}
