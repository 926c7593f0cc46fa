package dev.strata.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.analytics.load.CognitiveLoadModel;
import dev.strata.ingest.LandscapeEvaluation;
import dev.strata.ingest.LandscapeFile;
import dev.strata.ingest.LandscapeOutcome;
import dev.strata.scorecard.ScorecardRulesFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's landscape files as a repository holds them, and edits of them as a pull request makes: the material of
 * the plan tests. Edits replace text that must occur exactly once, so a test says precisely which lines change.
 */
public record DemoFiles(List<LandscapeFile> files) {

    public static final List<String> NAMES = List.of(
            "value-streams.yaml", "teams.yaml", "layers.yaml", "platforms.yaml", "capabilities.yaml", "consumers.yaml");

    /** The demo's files, named as in a folder of their own ({@code capabilities.yaml}, ...). */
    public static DemoFiles load() {
        List<LandscapeFile> files = new ArrayList<>();
        for (String name : NAMES) {
            try (InputStream in = DemoFiles.class.getResourceAsStream("/landscape/demo/" + name)) {
                files.add(new LandscapeFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new DemoFiles(List.copyOf(files));
    }

    /** A two-line change of the demo: llm-gateway goes GA and starts using the deprecated managed-oracle. */
    public static DemoFiles twoLineChange() {
        return load().edit(
                        "capabilities.yaml",
                        "  description: Single entry point to hosted and external LLMs\nspec:\n"
                                + "  lifecycle: BETA\n",
                        "  description: Single entry point to hosted and external LLMs\nspec:\n" + "  lifecycle: GA\n")
                .edit(
                        "capabilities.yaml",
                        "  - model-serving\n  - workload-identity\n---",
                        "  - model-serving\n  - workload-identity\n  - managed-oracle\n---");
    }

    /** These files with {@code before} (which must occur exactly once in the file) replaced by {@code after}. */
    public DemoFiles edit(String file, String before, String after) {
        List<LandscapeFile> edited = new ArrayList<>();
        boolean found = false;
        for (LandscapeFile f : files) {
            if (f.path().equals(file)) {
                int at = f.content().indexOf(before);
                assertThat(at).as("'%s' in %s", before, file).isNotNegative();
                assertThat(f.content().indexOf(before, at + 1))
                        .as("'%s' only once in %s", before, file)
                        .isNegative();
                edited.add(new LandscapeFile(file, f.content().replace(before, after)));
                found = true;
            } else {
                edited.add(f);
            }
        }
        assertThat(found).as(file).isTrue();
        return new DemoFiles(List.copyOf(edited));
    }

    /** These files and one more. */
    public DemoFiles with(String path, String content) {
        List<LandscapeFile> more = new ArrayList<>(files);
        more.add(new LandscapeFile(path, content));
        return new DemoFiles(List.copyOf(more));
    }

    /** These files under another folder ({@code prefix + name}), as a copy elsewhere names them. */
    public DemoFiles movedTo(String prefix) {
        return new DemoFiles(files.stream()
                .map(f -> new LandscapeFile(prefix + f.path(), f.content()))
                .toList());
    }

    /** The offline plan from these files (the base) to {@code head}: problems or the plan. */
    public LandscapeOutcome planTo(DemoFiles head, LandscapePolicy policy) {
        return LandscapeEvaluation.between(
                files,
                "base:",
                head.files(),
                false,
                policy,
                CognitiveLoadModel.defaults(),
                ScorecardRulesFile.shipped());
    }

    /** The plan from these files to {@code head}, which must have no problems. */
    public LandscapePlan plan(DemoFiles head) {
        LandscapeOutcome outcome = planTo(head, LandscapePolicy.NONE);
        assertThat(outcome.errors()).isEmpty();
        return outcome.plan();
    }
}
