package dev.strata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testsupport.StrataIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The load test. By default a 5-second smoke run with 8 clients (part of {@code mvn verify}); the full run is
 * {@code mvn verify -Dtest=none -Dit.test=LoadIT -Dsurefire.failIfNoSpecifiedTests=false -Dstrata.load.clients=32
 * -Dstrata.load.seconds=60}. Either way the report goes to {@code target/load-report.md}, and there must be no error.
 */
class LoadIT extends StrataIntegrationTest {

    @AfterEach
    void removeTestData() {
        cleanUpTestData();
    }

    @Test
    void mixedLoadOfQueriesAnalyticsAndWritesRunsWithoutErrors() throws Exception {
        int clients = Integer.getInteger("strata.load.clients", 8);
        int seconds = Integer.getInteger("strata.load.seconds", 5);
        LoadGenerator.Report report = LoadGenerator.run(
                "http://127.0.0.1:" + port + "/graphql", ADMIN_TOKEN, clients, Duration.ofSeconds(seconds));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/load-report.md"), report.table());
        System.out.println(report.table());
        assertThat(report.errors()).as("first errors: %s", report.firstErrors()).isZero();
        assertThat(report.requests()).isGreaterThan(clients);
    }
}
