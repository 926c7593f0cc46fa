package dev.strata.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.analytics.RandomLandscape;
import dev.strata.model.Landscape;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An export rendered in chunks on several threads is byte for byte the export rendered whole by one SnakeYAML: each
 * document starts with its own {@code ---}, so a file is its chunks one after another, in order.
 */
class LandscapeExportChunksTest {

    @Test
    void chunksOfAnySizeGiveTheFilesOneDumpGives() {
        Landscape landscape =
                RandomLandscape.generate(11, RandomLandscape.Shape.small()).toLandscape();
        List<LandscapeFile> whole = LandscapeExport.files(landscape, Integer.MAX_VALUE);
        assertThat(whole).hasSizeGreaterThan(3);
        assertThat(whole)
                .anySatisfy(file -> assertThat(file.content().split("(?m)^---", -1))
                        .as("a file of many documents, so that chunks split it")
                        .hasSizeGreaterThan(50));

        for (int documentsPerChunk : List.of(1, 7, 64)) {
            assertThat(LandscapeExport.files(landscape, documentsPerChunk))
                    .as("%d documents per chunk", documentsPerChunk)
                    .containsExactlyElementsOf(whole);
        }
        assertThat(LandscapeExport.files(landscape)).containsExactlyElementsOf(whole);
    }
}
