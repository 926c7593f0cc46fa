package dev.strata.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.ingest.LandscapeFile;
import dev.strata.plan.DemoFiles;
import dev.strata.testsupport.OwnProcessTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The CI recipes of src/docs/plan.md as a CI runner runs them: their {@code java -jar strata.jar} commands, read from
 * the recipes' YAML as written, run with the packaged jar in a repository laid out like a checkout of a pull request
 * (the demo's files on main, a change on top), the CI variables set as GitHub and GitLab set them. A change within
 * the policy exits 0 with a Markdown comment; one that adds a cycle exits 2 and says why.
 */
@OwnProcessTest
class PlanRecipesIT {

    private static final Path DOC = Path.of("src", "docs", "plan.md");

    @TempDir
    Path repo;

    @Test
    void theGitHubActionsRecipesCommandsRunAsWritten() throws Exception {
        List<String> commands = githubCommands();
        assertThat(commands).hasSize(2);
        runRecipe(commands, Map.of("${{ github.event.pull_request.base.sha }}", ""));
    }

    @Test
    void theGitLabRecipesCommandsRunAsWritten() throws Exception {
        List<String> commands = gitlabCommands();
        assertThat(commands).hasSize(2);
        runRecipe(commands, Map.of("$CI_MERGE_REQUEST_DIFF_BASE_SHA", ""));
    }

    /** Runs validate and plan of the recipe on a change within the policy, then on one that breaks it. */
    private void runRecipe(List<String> commands, Map<String, String> baseVariable) throws Exception {
        String base = checkout(DemoFiles.load(), DemoFiles.twoLineChange());
        String variable = baseVariable.keySet().iterator().next();
        assertThat(commands.get(0)).isEqualTo("java -jar strata.jar validate landscape/");
        assertThat(commands.get(1))
                .startsWith("java -jar strata.jar plan landscape/ --base " + variable + " --format markdown")
                .endsWith("> plan.md");
        assertThat(run(commands.get(0), variable, base)).isZero();

        PackagedStrata plan = launch(commands.get(1), variable, base);
        assertThat(plan.awaitExit(Duration.ofSeconds(120))).as(plan.console()).isZero();
        assertThat(plan.console())
                .startsWith("### Strata plan\n\n**Plan:** 1 capability changed (2 changes)")
                .contains(
                        "```diff\n! Capability llm-gateway (capabilities.yaml)\n!     lifecycle: BETA -> GA\n"
                                + "+     dependsOn: managed-oracle\n```",
                        "**Policy:** holds");

        base = checkout(
                DemoFiles.load(),
                DemoFiles.twoLineChange()
                        .edit(
                                "capabilities.yaml",
                                "  sloAttainment: 99.7\n  compliant: false\n  platform: data-services\n  dependsOn:\n",
                                "  sloAttainment: 99.7\n  compliant: false\n  platform: data-services\n  dependsOn:\n  - llm-gateway\n"));
        PackagedStrata broken = launch(commands.get(1), variable, base);
        assertThat(broken.awaitExit(Duration.ofSeconds(120)))
                .as(broken.console())
                .isEqualTo(2);
        assertThat(broken.console())
                .contains(
                        "**Policy:** 2 violations",
                        "#### Policy violations",
                        "- new layer violation: managed-oracle (infrastructure) depends on llm-gateway (ai-toolbox)",
                        "- new dependency cycle: llm-gateway -> managed-oracle -> llm-gateway");
    }

    /** Commits the base on main, the change on a branch, and leaves the change checked out; answers the base's id. */
    private String checkout(DemoFiles main, DemoFiles change) throws Exception {
        try (Git git =
                Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            if (git.getRepository().resolve("HEAD") != null) {
                git.checkout().setName("main").call();
            }
            write(main);
            git.add().addFilepattern("landscape").call();
            RevCommit base = git.commit()
                    .setMessage("base")
                    .setAuthor("ci", "ci@example.org")
                    .setSign(false)
                    .setAllowEmpty(true)
                    .call();
            git.checkout()
                    .setCreateBranch(true)
                    .setName("change-" + base.getName().substring(0, 8))
                    .call();
            write(change);
            git.add().addFilepattern("landscape").call();
            git.commit()
                    .setMessage("change")
                    .setAuthor("ci", "ci@example.org")
                    .setSign(false)
                    .call();
            return base.getName();
        }
    }

    private int run(String command, String variable, String base) throws Exception {
        PackagedStrata jar = launch(command, variable, base);
        int exit = jar.awaitExit(Duration.ofSeconds(120));
        assertThat(exit).as(jar.console()).isZero();
        return exit;
    }

    /** The recipe's command with the CI variable set, {@code strata.jar} the packaged one, stdout to the console. */
    private PackagedStrata launch(String command, String variable, String base) throws Exception {
        String line = command.replace(variable, base).replaceAll("\\s*>\\s*plan\\.md$", "");
        List<String> words = new ArrayList<>(Arrays.asList(line.split("\\s+")));
        assertThat(words.subList(0, 3)).containsExactly("java", "-jar", "strata.jar");
        Files.deleteIfExists(repo.resolve("console.log"));
        return PackagedStrata.launch(repo, Map.of(), List.of(), words.subList(3, words.size()));
    }

    private void write(DemoFiles files) throws Exception {
        for (LandscapeFile file : files.files()) {
            Path path = repo.resolve("landscape").resolve(file.path());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.content());
        }
    }

    /** The {@code java -jar strata.jar} lines of the GitHub Actions workflow's {@code run} steps. */
    @SuppressWarnings("unchecked")
    static List<String> githubCommands() throws Exception {
        Map<String, Object> workflow = new Yaml().load(block("### GitHub Actions"));
        List<Map<String, Object>> steps = (List<Map<String, Object>>)
                ((Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get("plan")).get("steps");
        List<String> commands = new ArrayList<>();
        for (Map<String, Object> step : steps) {
            if (step.get("run") instanceof String run) {
                run.lines()
                        .map(String::strip)
                        .filter(l -> l.startsWith("java -jar strata.jar"))
                        .forEach(commands::add);
            }
        }
        return commands;
    }

    /** The {@code java -jar strata.jar} commands of the GitLab job's {@code script}. */
    @SuppressWarnings("unchecked")
    static List<String> gitlabCommands() throws Exception {
        Map<String, Object> pipeline = new Yaml().load(block("### GitLab CI"));
        List<String> script = (List<String>) ((Map<String, Object>) pipeline.get("landscape-plan")).get("script");
        List<String> commands = new ArrayList<>();
        for (String line : script) {
            Arrays.stream(line.split(";"))
                    .map(String::strip)
                    .filter(c -> c.startsWith("java -jar strata.jar"))
                    .forEach(commands::add);
        }
        return commands;
    }

    /** The first {@code ```yaml} block after the heading. */
    private static String block(String heading) throws Exception {
        String doc = Files.readString(DOC);
        int section = doc.indexOf("\n" + heading + "\n");
        assertThat(section).as(heading + " in " + DOC).isNotNegative();
        int start = doc.indexOf("```yaml\n", section) + "```yaml\n".length();
        return doc.substring(start, doc.indexOf("\n```", start));
    }
}
