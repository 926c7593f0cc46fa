package dev.strata.store;

import dev.strata.model.LandscapeDiff;
import org.neo4j.driver.Driver;
import org.springframework.data.neo4j.core.Neo4jClient;

/** The benchmark writes a change the way the application's one writer does (without the lock and audit record). */
public final class BenchDiffs {

    private BenchDiffs() {
    }

    public static void write(Driver driver, LandscapeDiff diff) {
        new DiffWriter(Neo4jClient.create(driver)).write(diff);
    }
}
