package dev.strata.analytics.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.StrataIntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The application's snapshot source reads under {@code strata.analytics.snapshot-timeout}, not the query timeout. */
class SnapshotSourceSettingsIT extends StrataIntegrationTest {

    @Autowired
    SnapshotSource source;

    @Autowired
    AnalyticsProperties properties;

    @Test
    void theFullReadRunsUnderTheSnapshotTimeout() {
        assertThat(properties.snapshotTimeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(properties.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(source).isInstanceOf(KernelSnapshotSource.class);
        assertThat(source.readTimeout()).isEqualTo(properties.snapshotTimeout());
    }
}
