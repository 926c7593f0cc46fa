package dev.strata.packaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.strata.testsupport.OwnProcessTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar strata.jar} with a java older than 21 (the default java of this kind of machine is 17) and no
 * JAVA_HOME: the jar finds the installed JDK 21+ and runs on it, so commands answer as they do on 21. Skipped where
 * no older java is installed.
 */
@OwnProcessTest
class PackagedJarOnOlderJavaIT {

    @TempDir
    Path dir;

    @Test
    void theJarRunsItsCommandsOnAnInstalledJdk21WhenStartedWithJava17() throws Exception {
        Path java = olderJava().orElse(null);
        assumeTrue(java != null, "no java older than 21 is installed under /usr/lib/jvm");

        PackagedStrata help = PackagedStrata.launch(java, dir, Map.of(), List.of(), List.of("--help"));
        assertThat(help.awaitExit(Duration.ofSeconds(120))).isZero();
        assertThat(help.console())
                .contains("serve", "validate", "plan", "apply", "export")
                .doesNotContain("UnsupportedClassVersionError");

        Path files = Files.createDirectories(dir.resolve("files"));
        Files.writeString(files.resolve("team.yaml"), """
                apiVersion: strata.dev/v1
                kind: Team
                metadata: {key: t-team}
                spec: {type: PLATFORM, size: four}
                """);
        PackagedStrata validate =
                PackagedStrata.launch(java, dir, Map.of(), List.of(), List.of("validate", files.toString()));
        assertThat(validate.awaitExit(Duration.ofSeconds(120)))
                .as("the exit code passes through")
                .isEqualTo(1);
        assertThat(validate.console()).contains("team.yaml:4: spec.size: expected an integer");
    }

    /** The java of an installed runtime older than 21, found by its release file. */
    private static Optional<Path> olderJava() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            for (Path home : homes.sorted().toList()) {
                Path release = home.resolve("release");
                Path java = home.resolve("bin/java");
                if (Files.isRegularFile(release) && Files.isExecutable(java)) {
                    String text = Files.readString(release);
                    Matcher version = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(text);
                    if (version.find() && Integer.parseInt(version.group(1)) < 21) {
                        return Optional.of(java);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
