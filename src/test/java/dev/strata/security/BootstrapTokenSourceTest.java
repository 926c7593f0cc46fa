package dev.strata.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The bootstrap token comes from the environment or a file, never from the command line or a system property. */
class BootstrapTokenSourceTest {

    private static final String TOKEN = "strata_bootstrap-source-test-token-0123456789";

    @TempDir
    Path dir;

    @Test
    void theCommandLineFormIsRefusedInEverySpellingWithoutNamingTheToken() {
        for (String argument : new String[] {
            "--strata.security.bootstrap-admin-token=" + TOKEN,
            "--strata.security.bootstrapAdminToken=" + TOKEN,
            "--STRATA_SECURITY_BOOTSTRAP_ADMIN_TOKEN=" + TOKEN
        }) {
            StandardEnvironment environment = new StandardEnvironment();
            environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(argument));
            assertThatThrownBy(() -> process(environment))
                    .hasMessageContaining("given on the command line or as a -D system property")
                    .hasMessageContaining("STRATA_SECURITY_BOOTSTRAP_ADMIN_TOKEN")
                    .hasMessageContaining("strata.security.bootstrap-admin-token-file")
                    .hasMessageNotContaining(TOKEN);
        }
    }

    @Test
    void aSystemPropertyIsRefused() {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
                        new MapPropertySource(
                                StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
                                Map.of("strata.security.bootstrap-admin-token", TOKEN)));
        assertThatThrownBy(() -> process(environment)).hasMessageContaining("-D system property");
    }

    @Test
    void theEnvironmentFormIsAccepted() {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "systemEnvironment-like", Map.of("STRATA_SECURITY_BOOTSTRAP_ADMIN_TOKEN", TOKEN)));
        process(environment);
    }

    @Test
    void aFileGivesTheTokenAndAMissingFileIsNamed() throws IOException {
        Path file = dir.resolve("token");
        Files.writeString(file, TOKEN + "\n");
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new SimpleCommandLinePropertySource("--strata.security.bootstrap-admin-token-file=" + file));
        process(environment);
        assertThat(environment.getProperty("strata.security.bootstrap-admin-token"))
                .isEqualTo(TOKEN);

        StandardEnvironment missing = new StandardEnvironment();
        missing.getPropertySources()
                .addFirst(new SimpleCommandLinePropertySource(
                        "--strata.security.bootstrap-admin-token-file=" + dir.resolve("absent")));
        assertThatThrownBy(() -> process(missing))
                .hasMessageContaining("Cannot read the bootstrap admin token from " + dir.resolve("absent"));
    }

    @Test
    void aFileAndAnEnvironmentTokenTogetherAreAmbiguous() throws IOException {
        Path file = dir.resolve("token");
        Files.writeString(file, TOKEN);
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "environment-like",
                        Map.of(
                                "strata.security.bootstrap-admin-token-file",
                                file.toString(),
                                "strata.security.bootstrap-admin-token",
                                TOKEN)));
        assertThatThrownBy(() -> process(environment)).hasMessageContaining("keep one");
    }

    private static void process(StandardEnvironment environment) {
        new BootstrapTokenSource().postProcessEnvironment(environment, new SpringApplication());
    }
}
