package dev.strata.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Browser archive has the layout Neo4j's unpacking needs: the root folder first (Neo4j serves the folder the
 * first entry names), every folder once and before anything inside it; and it is written once per Browser jar.
 */
class BrowserAssetsTest {

    @TempDir
    Path web;

    @Test
    void theArchiveStartsWithItsRootAndNamesEveryFolderBeforeItsContent() throws IOException {
        Path archive = BrowserAssets.writeArchive(web);
        assertThat(archive).isNotNull().hasFileName("neo4j-browser.zip");
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names.getFirst()).isEqualTo("browser/");
        assertThat(names)
                .contains("browser/index.html")
                .doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).startsWith("browser/"));
        for (int i = 1; i < names.size(); i++) {
            String name = names.get(i);
            String parent = name.substring(0, name.lastIndexOf('/', name.length() - 2) + 1);
            assertThat(names.subList(0, i))
                    .as("the folder of %s comes before it", name)
                    .contains(parent);
        }
    }

    @Test
    void aSecondStartReusesTheArchive() throws IOException {
        Path archive = BrowserAssets.writeArchive(web);
        FileTime written = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(archive, written);
        assertThat(BrowserAssets.writeArchive(web)).isEqualTo(archive);
        assertThat(Files.getLastModifiedTime(archive)).isEqualTo(written);
    }
}
