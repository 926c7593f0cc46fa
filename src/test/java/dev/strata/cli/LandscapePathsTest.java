package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.ingest.LandscapeFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A directory of landscape files may keep the scorecard rules beside them: they are not sent as documents. */
class LandscapePathsTest {

    @Test
    void theScorecardRulesBesideTheLandscapeAreNotLandscapeDocuments(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("platforms.yaml"), "---\n");
        Files.writeString(directory.resolve(LandscapePaths.SCORECARDS_FILE), "levels: [bronze]\n");
        Files.createDirectories(directory.resolve("more"));
        Files.writeString(directory.resolve("more/teams.yml"), "---\n");

        List<LandscapeFile> files = LandscapePaths.files(List.of(directory.toString()));

        assertThat(files).extracting(LandscapeFile::path).containsExactly("more/teams.yml", "platforms.yaml");
    }
}
