package dev.strata.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Failsafe, like Surefire, forks the integration tests on the JDK 21+ the build selected (see BuildJdkTest). */
class BuildJdkIT {

    @Test
    void integrationTestsRunOnJdk21OrNewer() {
        assertThat(Runtime.version().feature())
                .as("java.home of the forked test JVM: %s", System.getProperty("java.home"))
                .isGreaterThanOrEqualTo(21);
    }
}
