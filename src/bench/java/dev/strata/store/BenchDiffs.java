package dev.strata.store;

import dev.strata.model.LandscapeDiff;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.neo4j.core.Neo4jClient;

/** The benchmark writes a change the way the application's one writer does (without the lock and audit record). */
public final class BenchDiffs {

    private BenchDiffs() {}

    public static void write(Driver driver, LandscapeDiff diff) {
        Neo4jClient client = Neo4jClient.create(driver);
        StagedAdditions never = StagedAdditions.never(driver, client);
        new DiffWriter(client, never).write(diff, Map.of(), ChangeProgress.NONE, never.begin(Duration.ofHours(1)));
    }

    /**
     * The current landscape as plan and export read it in the application with the embedded database (through its
     * kernel), or without {@code database} over Bolt as with an external Neo4j; without a kept copy (no listener of
     * foreign writes): every read is a full read of the graph.
     */
    public static CurrentLandscape currentLandscape(Driver driver, @Nullable GraphDatabaseService database) {
        Neo4jClient client = Neo4jClient.create(driver);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (database != null) {
            beans.addBean("kernelLandscapeReader", new KernelLandscapeReader(database, Duration.ofMinutes(10)));
        }
        return new CurrentLandscape(
                new LandscapeReader(client),
                client,
                beans.getBeanProvider(ForeignLandscapeWrites.class),
                beans.getBeanProvider(KernelLandscapeReader.class),
                0);
    }
}
