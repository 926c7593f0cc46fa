package dev.strata.analytics.snapshot;

import dev.strata.analytics.graph.LandscapeSnapshot;
import java.time.Duration;
import java.util.function.Supplier;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;

/** The benchmark's door to the two snapshot readers, which the application keeps package-private. */
public final class BenchSnapshotSources {

    private BenchSnapshotSources() {}

    /** Reads the snapshot through the embedded database's kernel. */
    public static Supplier<LandscapeSnapshot> kernel(GraphDatabaseService database, Duration timeout) {
        KernelSnapshotSource source = new KernelSnapshotSource(database, timeout);
        return () -> source.read().snapshot();
    }

    /** Reads the snapshot through Bolt. */
    public static Supplier<LandscapeSnapshot> bolt(Driver driver, Duration timeout) {
        BoltSnapshotSource source = new BoltSnapshotSource(driver, timeout);
        return () -> source.read().snapshot();
    }
}
