package dev.strata.cli;

import dev.strata.analytics.load.CognitiveLoadModel;
import dev.strata.ingest.LandscapeEvaluation;
import dev.strata.ingest.LandscapeFile;
import dev.strata.scorecard.ScorecardRulesFile;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code plan}: the dry run of an apply, with its diff, impact and policy verdict; writes nothing. Against a server,
 * or with {@code --base} offline: the same diff and impact computed in this process from two sets of files (a
 * folder, or a git ref of the repository holding the files), so a CI job needs no running Strata.
 */
@Command(name = "plan", description = "what applying would change, and its impact (dry run); offline with --base")
final class PlanCommand extends ChangeCommand {

    @Option(
            names = "--base",
            paramLabel = "<folder|git-ref>",
            description = "plan offline against these files instead of a server: a folder, or a git ref (main,"
                    + " origin/main, HEAD~1, a commit) of the repository holding the files")
    @Nullable
    String base;

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

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (base == null) {
            return super.call();
        }
        if (server.server != null || server.token != null) {
            throw new IOException("--base plans offline, without a server: leave out --server and --token");
        }
        if (backstage.enabled()) {
            throw new IOException("--base plans native landscape files; plan a Backstage catalog against a server"
                    + " (--server) instead");
        }
        List<LandscapeFile> files = landscape.read();
        BaseFiles baseFiles = BaseFiles.read(base, landscape.paths);
        return report(LandscapeEvaluation.between(
                baseFiles.files(),
                baseFiles.label(),
                files,
                prune,
                policy.asPolicy(),
                CognitiveLoadModel.defaults(),
                ScorecardRulesFile.shipped()));
    }
}
