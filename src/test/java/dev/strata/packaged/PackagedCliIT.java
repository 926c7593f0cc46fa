package dev.strata.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.OwnProcessTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar's command line decides before anything starts (issue 18.4, 10.6): help and wrong commands answer
 * at once and leave no data directory behind; a bootstrap token on the command line is refused before Neo4j could
 * log it.
 */
@OwnProcessTest
class PackagedCliIT {

    @TempDir
    Path dir;

    @Test
    void helpListsTheCommandsWithTheirOptionsAndExits0WithoutStartingAnything() throws Exception {
        PackagedStrata jar = PackagedStrata.launch(dir, Map.of(), List.of(), List.of("--help"));
        assertThat(jar.awaitExit(Duration.ofSeconds(60))).isZero();
        assertThat(jar.console())
                .contains(
                        "serve",
                        "validate",
                        "plan",
                        "apply",
                        "export",
                        "--max-blast-radius=<n>",
                        "--out=<dir>",
                        "--backstage",
                        "Exit codes: 0 fine, 1 error, 2 policy violated.")
                .doesNotContain("Starting StrataApplication", "Starting embedded Neo4j");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void anUnknownCommandSaysSoAndExits1WithoutStartingAnything() throws Exception {
        PackagedStrata jar = PackagedStrata.launch(dir, Map.of(), List.of(), List.of("frobnicate"));
        assertThat(jar.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
        assertThat(jar.console())
                .contains("strata: unknown command 'frobnicate'")
                .doesNotContain("Starting StrataApplication");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void aBootstrapTokenOnTheCommandLineOrAsSystemPropertyIsRefusedBeforeNeo4jStarts() throws Exception {
        String token = "strata_command-line-token-0123456789abcdef";
        for (List<List<String>> form : List.of(
                List.of(List.<String>of(), List.of("--strata.security.bootstrap-admin-token=" + token)),
                List.of(List.of("-Dstrata.security.bootstrap-admin-token=" + token), List.<String>of()))) {
            PackagedStrata jar = PackagedStrata.launch(dir, Map.of(), form.get(0), form.get(1));
            assertThat(jar.awaitExit(Duration.ofSeconds(90))).isEqualTo(1);
            assertThat(jar.console())
                    .contains(
                            "APPLICATION FAILED TO START",
                            "was given on the command line or as a -D system property",
                            "STRATA_SECURITY_BOOTSTRAP_ADMIN_TOKEN",
                            "strata.security.bootstrap-admin-token-file")
                    .doesNotContain(token);
            assertThat(dir.resolve("data")).doesNotExist();
        }
    }

    @Test
    void validateChecksFilesOfflineFromTheJar() throws Exception {
        Path bad = dir.resolve("files");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("team.yaml"), """
                apiVersion: strata.dev/v1
                kind: Team
                metadata: {key: t-team}
                spec: {type: PLATFORM, size: four}
                """);
        PackagedStrata jar = PackagedStrata.launch(dir, Map.of(), List.of(), List.of("validate", bad.toString()));
        assertThat(jar.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
        assertThat(jar.console()).contains("team.yaml:4: spec.size: expected an integer");
    }
}
