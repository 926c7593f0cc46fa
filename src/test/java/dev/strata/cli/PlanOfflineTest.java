package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.ingest.LandscapeFile;
import dev.strata.plan.DemoFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code plan --base} without a server: the base from a folder or from a git ref of a temporary repository (made with
 * JGit, as a CI checkout holds it), the two-line change of the issue printed in about a page, a no-op printing
 * {@code No changes.} under every policy flag, and bad input reported with file:line and exit 1.
 */
class PlanOfflineTest {

    /** llm-gateway goes GA and starts using the deprecated managed-oracle: two lines of capabilities.yaml. */
    static final DemoFiles TWO_LINES = DemoFiles.twoLineChange();

    private static final String[] EVERY_RULE = {
        "--fail-on-new-violation", "--fail-on-new-cycle", "--fail-on-overloaded", "--max-blast-radius", "0"
    };

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void theSameFilesInAnotherFolderAreNoChangesUnderEveryRuleAndFormat() throws IOException {
        Path base = write("main/landscape", DemoFiles.load());
        Path copy = write("review/copy-of-the-landscape", DemoFiles.load());
        assertThat(run(concat(new String[] {"plan", copy.toString(), "--base", base.toString()}, EVERY_RULE)))
                .isZero();
        assertThat(out()).isEqualTo("No changes.\n");
        assertThat(run("plan", copy.toString(), "--base", base.toString(), "--format", "markdown"))
                .isZero();
        assertThat(out()).isEqualTo("### Strata plan\n\nNo changes.\n");
        assertThat(run("plan", copy.toString(), "--base", base.toString(), "--format", "json"))
                .isZero();
        assertThat(json().at("/plan/hasChanges").asBoolean()).isFalse();
    }

    @Test
    void aTwoLineChangePrintsItsTwoChangesAndTheirImpactInAboutAPage() throws IOException {
        Path base = write("base", DemoFiles.load());
        Path head = write("head", TWO_LINES);
        assertThat(run("plan", head.toString(), "--base", base.toString())).isZero();
        String[] lines = out().split("\n");
        assertThat(lines.length).as(out()).isBetween(15, 45);
        assertThat(lines[0]).isEqualTo("Plan: 1 capability changed (2 changes)");
        assertThat(lines[1]).startsWith("Impact: ").contains("11 new uses of deprecated or retired capabilities");
        assertThat(out())
                .contains(
                        """
                Changes
                  ~ Capability llm-gateway (capabilities.yaml)
                      ~ lifecycle: BETA -> GA
                      + dependsOn: managed-oracle
                """,
                        "advisor-research-assistant -> prompt-management -> llm-gateway -> managed-oracle"
                                + " (DEPRECATED, 3 hops; new dependency)",
                        "... and 6 more (--format json lists all)");

        assertThat(run("plan", head.toString(), "--base", base.toString(), "--max-blast-radius", "10"))
                .isEqualTo(2);
        assertThat(out()).contains("Policy: 1 violation", "Policy violations\n  the change affects");
    }

    @Test
    void markdownFoldsLongListsAndJsonHoldsEverything() throws IOException {
        Path base = write("base", DemoFiles.load());
        Path head = write("head", TWO_LINES);
        assertThat(run("plan", head.toString(), "--base", base.toString(), "--format", "markdown"))
                .isZero();
        assertThat(out())
                .startsWith("### Strata plan\n\n**Plan:** 1 capability changed (2 changes)")
                .contains(
                        "```diff\n! Capability llm-gateway (capabilities.yaml)\n!     lifecycle: BETA -> GA\n"
                                + "+     dependsOn: managed-oracle\n```",
                        "<details><summary>6 more</summary>",
                        "</details>");

        assertThat(run("plan", head.toString(), "--base", base.toString(), "--format", "json"))
                .isZero();
        JsonNode plan = json().get("plan");
        assertThat(plan.get("hasChanges").asBoolean()).isTrue();
        assertThat(plan.get("impact").get("newDeprecatedUse")).hasSize(11);
        assertThat(plan.get("edges").get(0).get("type").asString()).isEqualTo("DEPENDS_ON");
        String first = out();
        assertThat(run("plan", head.toString(), "--base", base.toString(), "--format", "json"))
                .isZero();
        assertThat(out()).as("stable").isEqualTo(first);
    }

    @Test
    void theBaseIsAGitRefOfTheRepositoryHoldingTheFiles() throws Exception {
        Path landscape = write("repo/landscape", DemoFiles.load());
        Path repo = dir.resolve("repo");
        try (Git git =
                Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit()
                    .setMessage("the demo")
                    .setAuthor("ci", "ci@example.org")
                    .setSign(false)
                    .call();
            git.checkout().setCreateBranch(true).setName("change").call();
            write("repo/landscape", TWO_LINES);
            git.add().addFilepattern(".").call();
            git.commit()
                    .setMessage("two lines")
                    .setAuthor("ci", "ci@example.org")
                    .setSign(false)
                    .call();
        }
        for (String ref : new String[] {"main", "HEAD~1"}) {
            assertThat(run("plan", landscape.toString(), "--base", ref))
                    .as(err())
                    .isZero();
            assertThat(out())
                    .startsWith("Plan: 1 capability changed (2 changes)")
                    .contains("~ lifecycle: BETA -> GA", "+ dependsOn: managed-oracle");
        }
        assertThat(run("plan", landscape.toString(), "--base", "HEAD")).isZero();
        assertThat(out()).isEqualTo("No changes.\n");
        assertThat(run(
                        "plan",
                        landscape.resolve("capabilities.yaml").toString(),
                        landscape.resolve("teams.yaml").toString(),
                        landscape.resolve("platforms.yaml").toString(),
                        landscape.resolve("layers.yaml").toString(),
                        landscape.resolve("value-streams.yaml").toString(),
                        landscape.resolve("consumers.yaml").toString(),
                        "--base",
                        "main"))
                .as(err())
                .isZero();
        assertThat(out()).as("files given one by one").startsWith("Plan: 1 capability changed (2 changes)");

        assertThat(run("plan", landscape.toString(), "--base", "no-such-branch"))
                .isEqualTo(1);
        assertThat(err())
                .contains("--base no-such-branch: no folder of that name, and no branch, tag or commit of"
                        + " that name in");
        Path elsewhere = write("not-a-repository", DemoFiles.load());
        assertThat(run("plan", elsewhere.toString(), "--base", "main")).isEqualTo(1);
        assertThat(err())
                .contains("--base main: no folder of that name, and " + elsewhere + " is not in a git" + " repository");
    }

    @Test
    void problemsInTheFilesOrTheBaseAreReportedWithFileAndLineAndNothingIsPlanned() throws IOException {
        Path base = write("base", DemoFiles.load());
        Path head = write(
                "head",
                DemoFiles.load()
                        .edit(
                                "teams.yaml",
                                "  title: ML Platform\nspec:\n  type: PLATFORM\n  size: 3\n",
                                "  title: ML Platform\nspec:\n  type: PLATFORM\n  size: three\n"));
        assertThat(run("plan", head.toString(), "--base", base.toString())).isEqualTo(1);
        assertThat(out())
                .contains(
                        "teams.yaml:",
                        ": spec.size: expected an integer, got a string ('three')" + " [WRONG_TYPE]",
                        "1 problem; nothing was planned or written")
                .doesNotContain("Plan:");

        assertThat(run("plan", base.toString(), "--base", head.toString())).isEqualTo(1);
        assertThat(out()).contains(head + "/teams.yaml:").contains("[WRONG_TYPE]");

        assertThat(run("plan", head.toString(), "--base", base.toString(), "--server", "http://127.0.0.1:1"))
                .isEqualTo(1);
        assertThat(err()).contains("--base plans offline, without a server");
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return new StrataCli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        Map.of())
                .run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private JsonNode json() {
        return JsonMapper.builder().build().readTree(out());
    }

    private Path write(String folder, DemoFiles files) throws IOException {
        Path root = dir.resolve(folder);
        for (LandscapeFile file : files.files()) {
            Path path = root.resolve(file.path());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.content());
        }
        return root;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
