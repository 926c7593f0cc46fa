package dev.strata.store;

/**
 * Counts the transactions committed to the landscape's database by anything but the {@link LandscapeWriter}: Neo4j
 * Browser, a script, another tool. While the count stands still and the landscape version is the same, the landscape
 * in the graph is the one Strata last read or wrote, and {@link CurrentLandscape} can answer from memory. Only an
 * embedded database can count them (it sees every commit); without an implementation nothing is kept in memory.
 */
public interface ForeignLandscapeWrites {

    /** The key of the transaction metadata by which the landscape writer marks its transactions. */
    String WRITER_METADATA = "strataLandscapeWriter";

    /** Transactions committed so far without the writer's mark. */
    long count();
}
