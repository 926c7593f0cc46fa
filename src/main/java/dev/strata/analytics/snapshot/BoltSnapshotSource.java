package dev.strata.analytics.snapshot;

import dev.strata.analytics.graph.LandscapeSnapshot;
import java.time.Duration;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;

/**
 * Reads the snapshot through Bolt, for a Neo4j outside the application's process: {@link LandscapeSnapshotLoader}'s
 * streamed queries, with the version before and after and the counts, in one read transaction.
 */
final class BoltSnapshotSource implements SnapshotSource {

    static final String VERSION = """
            OPTIONAL MATCH (h:StrataMeta {key: 'landscape-head'})
            RETURN coalesce(h.version, 0) AS version
            """;

    /**
     * Count-store lookups only: one label, or one relationship type from the label of its start node (each type has
     * one kind of start node). Relationships between nodes an apply has staged but not yet committed (no landscape
     * label yet) are not counted, as no reader sees them.
     */
    static final String COUNTS = """
            RETURN COUNT { MATCH (:Capability) } AS capabilities, COUNT { MATCH (:Platform) } AS platforms,
                   COUNT { MATCH (:Consumer) } AS consumers, COUNT { MATCH (:Team) } AS teams,
                   COUNT { MATCH (:ValueStream) } AS valueStreams, COUNT { MATCH (:Layer) } AS layers,
                   COUNT { (:Capability)-[:DEPENDS_ON]->() } AS dependsOn,
                   COUNT { (:Platform)-[:PROVIDES]->() } AS provides,
                   COUNT { (:Consumer)-[:CONSUMES]->() } AS consumes, COUNT { (:Team)-[:OWNS]->() } AS owns,
                   COUNT { (:Platform)-[:IN_LAYER]->() } AS inLayer, COUNT { (:Team)-[:ALIGNED_TO]->() } AS alignedTo
            """;

    private static final int ATTEMPTS = 3;

    private final Driver driver;
    private final Duration readTimeout;
    private final TransactionConfig readConfig;
    private final TransactionConfig probeConfig;

    /** Reads the whole landscape within {@code readTimeout}; a probe (two counts) within {@code probeTimeout}. */
    BoltSnapshotSource(Driver driver, Duration readTimeout, Duration probeTimeout) {
        this.driver = driver;
        this.readTimeout = readTimeout;
        this.readConfig = TransactionConfig.builder().withTimeout(readTimeout).build();
        this.probeConfig = TransactionConfig.builder().withTimeout(probeTimeout).build();
    }

    BoltSnapshotSource(Driver driver, Duration timeout) {
        this(driver, timeout, timeout);
    }

    @Override
    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public String describe() {
        return "Bolt";
    }

    @Override
    public Read read() {
        try (Session session = driver.session(
                SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            for (int attempt = 1; ; attempt++) {
                boolean last = attempt == ATTEMPTS;
                Read read = session.executeRead(
                        tx -> {
                            long before = version(tx);
                            LandscapeSnapshot snapshot = LandscapeSnapshotLoader.read(tx);
                            LandscapeCounts counts = counts(tx);
                            long after = version(tx);
                            return before == after || last
                                    ? new Read(snapshot, before, before == after ? counts : null)
                                    : null;
                        },
                        readConfig);
                if (read != null) {
                    return read;
                }
            }
        }
    }

    @Override
    public Probe probe() {
        try (Session session = driver.session(
                SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(tx -> new Probe(version(tx), counts(tx)), probeConfig);
        }
    }

    private static long version(TransactionContext tx) {
        return tx.run(VERSION).single().get("version").asLong();
    }

    private static LandscapeCounts counts(TransactionContext tx) {
        Record r = tx.run(COUNTS).single();
        return LandscapeCounts.of(
                new long[] {
                    r.get("capabilities").asLong(),
                    r.get("platforms").asLong(),
                    r.get("consumers").asLong(),
                    r.get("teams").asLong(),
                    r.get("valueStreams").asLong(),
                    r.get("layers").asLong()
                },
                new long[] {
                    r.get("dependsOn").asLong(),
                    r.get("provides").asLong(),
                    r.get("consumes").asLong(),
                    r.get("owns").asLong(),
                    r.get("inLayer").asLong(),
                    r.get("alignedTo").asLong()
                });
    }
}
