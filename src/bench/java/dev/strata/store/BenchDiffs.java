package dev.strata.store;

import dev.strata.model.LandscapeDiff;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.neo4j.core.Neo4jClient;

/** The benchmark writes a change the way the application's one writer does (without the lock and audit record). */
public final class BenchDiffs {

    private BenchDiffs() {}

    public static void write(Driver driver, LandscapeDiff diff) {
        new DiffWriter(Neo4jClient.create(driver)).write(diff, Map.of(), ChangeProgress.NONE);
    }

    /**
     * The current landscape as plan and apply read it, without a kept copy (no listener of foreign writes): every
     * read is a full read of the graph, as on an external Neo4j.
     */
    public static CurrentLandscape currentLandscape(Driver driver) {
        Neo4jClient client = Neo4jClient.create(driver);
        return new CurrentLandscape(
                new LandscapeReader(client),
                client,
                new StaticListableBeanFactory().getBeanProvider(ForeignLandscapeWrites.class),
                0);
    }
}
