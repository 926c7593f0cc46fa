package dev.strata.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Surefire forks the unit tests on the JDK the build selected, not on the one that runs Maven: on a machine whose
 * default java is 17 the pom's toolchain profile must hand Surefire an installed JDK 21+ (README, "Run it").
 */
class BuildJdkTest {

    @Test
    void unitTestsRunOnJdk21OrNewer() {
        assertThat(Runtime.version().feature())
                .as("java.home of the forked test JVM: %s", System.getProperty("java.home"))
                .isGreaterThanOrEqualTo(21);
    }
}
