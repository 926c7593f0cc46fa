package dev.strata.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the launcher picks the JDK it restarts the jar on. */
class InstalledJdksTest {

    @TempDir
    Path dir;

    @Test
    void javaHomeWinsWhenNewEnoughOtherwiseTheNewestInstallation() throws IOException {
        Path jdk17 = jdk("java-17", "17.0.15");
        Path jdk21 = jdk("java-21", "21.0.4");
        Path jdk25 = jdk("temurin-25", "25.0.3");
        assertThat(InstalledJdks.find(21, List.of(jdk17, jdk21, jdk25)))
                .get()
                .extracting(InstalledJdks.Jdk::home)
                .isEqualTo(jdk25);
        assertThat(InstalledJdks.find(21, List.of(jdk21, jdk17, jdk25)))
                .get()
                .extracting(InstalledJdks.Jdk::home)
                .isEqualTo(jdk21);
        assertThat(InstalledJdks.find(21, List.of(jdk17))).isEmpty();
    }

    @Test
    void aFolderWithoutReleaseFileOrJavaIsNoJdk() throws IOException {
        Path noRelease = Files.createDirectories(dir.resolve("empty/bin"));
        Path noJava = Files.createDirectories(dir.resolve("jre-no-bin"));
        Files.writeString(noJava.resolve("release"), "JAVA_VERSION=\"25\"\n");
        assertThat(InstalledJdks.find(21, List.of(noRelease.getParent(), noJava)))
                .isEmpty();
    }

    @Test
    void javaHomeComesFirstAmongTheCandidates() {
        List<Path> candidates = InstalledJdks.candidates(Map.of("JAVA_HOME", "/somewhere/jdk"), dir);
        assertThat(candidates).first().isEqualTo(Path.of("/somewhere/jdk"));
    }

    @Test
    void versionsOfEveryEraAreRead() {
        assertThat(InstalledJdks.feature("25.0.3")).contains(25);
        assertThat(InstalledJdks.feature("21")).contains(21);
        assertThat(InstalledJdks.feature("1.8.0_402")).contains(8);
        assertThat(InstalledJdks.feature("unknown")).isEmpty();
    }

    @Test
    void withoutAJdkTheMessageSaysWhatToInstall() {
        assertThat(StrataLauncher.missingJdkMessage(17))
                .contains("needs Java 21 or newer", "this java is 17", "apt-get install openjdk-21-jre-headless");
    }

    private Path jdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(dir.resolve(name));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }
}
