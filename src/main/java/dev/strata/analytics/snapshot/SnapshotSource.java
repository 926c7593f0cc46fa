package dev.strata.analytics.snapshot;

import dev.strata.analytics.graph.LandscapeSnapshot;
import org.jspecify.annotations.Nullable;

/**
 * Where the analytics snapshot comes from: the whole landscape with the version it reflects, and a cheap probe of the
 * version and counts to notice changes made elsewhere. In-process, the embedded database is read through its kernel
 * ({@link KernelSnapshotSource}); against an external Neo4j, through Bolt ({@link BoltSnapshotSource}).
 */
interface SnapshotSource {

    /**
     * The landscape as a snapshot. The version is read before and after the data; when a write commits in between
     * the read is retried, and after three attempts it is taken with the earlier version and unknown counts: the
     * changes after that version are then applied again, which they may be (see {@link LandscapeSnapshot#apply}).
     */
    Read read();

    /** The landscape version and counts now. */
    Probe probe();

    /** How the source reads, for logs and metrics. */
    String describe();

    /** The transaction timeout of {@link #read()} ({@code strata.analytics.snapshot-timeout}). */
    java.time.Duration readTimeout();

    /** A full read: the snapshot, its version and the database counts it matches (null when unsure). */
    record Read(
            LandscapeSnapshot snapshot,
            long version,
            @Nullable LandscapeCounts counts) {}

    /** The version (0 before the first change) and the counts. */
    record Probe(long version, LandscapeCounts counts) {}
}
