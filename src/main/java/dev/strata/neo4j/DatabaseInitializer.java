package dev.strata.neo4j;

import java.time.Duration;
import java.util.List;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link DatabaseInitialization} steps at start. When the database answers (always, for the embedded one)
 * they complete before the application serves requests. When an external database is unreachable, the application
 * starts anyway, reports {@code database-schema} DOWN in its health, and retries in the background until the
 * database returns: it recovers by itself instead of crash-looping.
 */
@Component("databaseSchema")
class DatabaseInitializer implements InitializingBean, DisposableBean, HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(DatabaseInitializer.class);
    private static final Duration RETRY_EVERY = Duration.ofSeconds(3);

    private final List<DatabaseInitialization> steps;
    private volatile boolean ready;
    private volatile String lastProblem = "not yet attempted";
    private volatile Thread retrying;

    DatabaseInitializer(List<DatabaseInitialization> steps) {
        this.steps = steps;
    }

    @Override
    public void afterPropertiesSet() throws Exception {
        if (attempt()) {
            return;
        }
        log.warn(
                "Neo4j is unreachable ({}); starting anyway and applying the schema as soon as it answers",
                lastProblem);
        retrying = Thread.ofVirtual().name("strata-database-initializer").start(() -> {
            while (!ready && !Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(RETRY_EVERY);
                    if (attempt()) {
                        log.info("Neo4j answers again: schema applied, the application is ready");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception e) {
                    lastProblem = e.getMessage();
                    log.error("Database initialization failed for a reason other than an unreachable database", e);
                    return;
                }
            }
        });
    }

    /** True when every step ran; false when the database could not be reached. Other failures propagate. */
    private boolean attempt() throws Exception {
        try {
            for (DatabaseInitialization step : steps) {
                step.initialize();
            }
            ready = true;
            return true;
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            lastProblem = e.getMessage();
            return false;
        }
    }

    @Override
    public Health health() {
        return ready
                ? Health.up().build()
                : Health.down()
                        .withDetail("reason", "schema not applied yet: " + lastProblem)
                        .build();
    }

    @Override
    public void destroy() {
        Thread thread = retrying;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
