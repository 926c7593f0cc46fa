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

/**
 * Writes the real output of {@code plan landscape/ --base main} in each format into src/docs/plan.md, between its
 * {@code <!-- PlanDocTest: ... -->} markers: the demo on branch main of a temporary repository, the two-line change
 * checked out. The documentation can therefore not show output the code no longer prints.
 */
class PlanDocTest {

    static final Path DOC = Path.of("src", "docs", "plan.md");
    private static final String COMMAND = "java -jar strata.jar plan landscape/ --base main";

    @TempDir
    Path dir;

    @Test
    void theDocShowsTheRealOutputInEachFormat() throws Exception {
        Path landscape = dir.resolve("landscape");
        write(landscape, DemoFiles.load());
        try (Git git =
                Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit()
                    .setMessage("the demo")
                    .setAuthor("ci", "ci@example.org")
                    .setSign(false)
                    .call();
            git.checkout().setCreateBranch(true).setName("change").call();
            write(landscape, PlanOfflineTest.TWO_LINES);
        }
        String text = plan(landscape, "text");
        String markdown = plan(landscape, "markdown");
        String json = plan(landscape, "json");
        assertThat(text).startsWith("Plan: 1 capability changed (2 changes)\n");
        assertThat(markdown).contains("<details>");
        assertThat(json).startsWith("{\n");

        String doc = Files.readString(DOC);
        doc = replace(doc, "text", "```\n$ " + COMMAND + "\n" + text + "```\n");
        doc = replace(
                doc,
                "markdown",
                "> " + String.join("\n> ", markdown.strip().split("\n", -1)).replace("\n> \n", "\n>\n") + "\n");
        doc = replace(doc, "json", "```json\n" + json + "```\n");
        Files.writeString(DOC, doc);
        assertThat(Files.readString(DOC)).contains(text, json);
    }

    private String plan(Path landscape, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new StrataCli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        Map.of())
                .run(new String[] {"plan", landscape.toString(), "--base", "main", "--format", format});
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The document with the part between the markers of {@code name} replaced. */
    private static String replace(String doc, String name, String content) {
        String begin = "<!-- PlanDocTest: " + name + " -->\n";
        String end = "<!-- /PlanDocTest: " + name + " -->";
        int from = doc.indexOf(begin);
        int to = doc.indexOf(end);
        assertThat(from).as("%s in %s", begin, DOC).isNotNegative();
        assertThat(to).as("%s in %s", end, DOC).isGreaterThan(from);
        return doc.substring(0, from + begin.length()) + content + doc.substring(to);
    }

    private static void write(Path root, DemoFiles files) throws IOException {
        for (LandscapeFile file : files.files()) {
            Path path = root.resolve(file.path());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.content());
        }
    }
}
