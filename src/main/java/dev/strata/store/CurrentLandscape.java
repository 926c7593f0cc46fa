package dev.strata.store;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The landscape as the graph holds it, kept in memory between changes. Reading all of it costs 10-20 s at scale M
 * (560,000 nodes and relationships through Bolt on two busy cores), which alone would break the targets of a
 * re-apply (30 s) and of a one-file change (10 s). What was read, or written by an apply, stays valid while two
 * things hold: the landscape version is the one it was read or written at (every change through
 * {@link LandscapeWriter} increments it), and no transaction committed by anything else
 * ({@link ForeignLandscapeWrites}) since. Otherwise, or without a way to count foreign writes (an external Neo4j),
 * the landscape is read from the graph. At most {@code strata.landscape.state-cache-size} nodes and relationships
 * (default 1,000,000) are kept.
 *
 * <p>Readers outside a change (plan, validate, export) read an embedded database through its kernel
 * ({@link KernelLandscapeReader}, several times faster than Bolt at scale); a change reads in its own transaction,
 * under the landscape lock, as before.
 */
@Component
public class CurrentLandscape {

    private static final Logger log = LoggerFactory.getLogger(CurrentLandscape.class);

    private final LandscapeReader reader;
    private final Neo4jClient client;
    private final @Nullable ForeignLandscapeWrites foreignWrites;
    private final @Nullable KernelLandscapeReader kernel;
    private final long maxSize;
    private volatile @Nullable Kept kept;

    CurrentLandscape(
            LandscapeReader reader,
            Neo4jClient client,
            ObjectProvider<ForeignLandscapeWrites> foreignWrites,
            ObjectProvider<KernelLandscapeReader> kernel,
            @Value("${strata.landscape.state-cache-size:1000000}") long maxSize) {
        this.reader = reader;
        this.client = client;
        this.foreignWrites = foreignWrites.getIfAvailable();
        this.kernel = kernel.getIfAvailable();
        this.maxSize = maxSize;
    }

    /**
     * The landscape at the current version, for a reader outside a change; call inside a transaction. An embedded
     * database is read through its kernel, in a transaction of its own that also reads the version the result is
     * kept under.
     */
    public StoredLandscape read(ChangeProgress progress) {
        long version = client.query("MATCH (h:StrataMeta {key: 'landscape-head'}) RETURN h.version AS version")
                .fetchAs(Long.class)
                .one()
                .orElse(0L);
        if (kernel == null) {
            return read(version, progress);
        }
        long foreign = foreignWrites();
        StoredLandscape kept = fromMemory(version, foreign, progress);
        if (kept != null) {
            return kept;
        }
        KernelLandscapeReader.Result read = kernel.read(progress);
        keep(read.version(), foreign, read.landscape());
        return read.landscape();
    }

    /**
     * The landscape as version {@code version} left it, for a change that holds the landscape lock: from memory when
     * nothing changed it since; else through the kernel of an embedded database when that read finds the same
     * version (committed state: the change has written nothing but the version yet, and no other change can commit
     * while it holds the lock); else in the change's transaction, over Bolt. At scale L (5.6 million nodes and
     * relationships, more than is kept in memory by default) the kernel read takes 14 s and the Bolt read 88 s.
     */
    StoredLandscape read(long version, ChangeProgress progress) {
        long foreign = foreignWrites();
        StoredLandscape kept = fromMemory(version, foreign, progress);
        if (kept != null) {
            return kept;
        }
        if (kernel != null) {
            KernelLandscapeReader.Result read = kernel.read(progress);
            if (read.version() == version) {
                keep(version, foreign, read.landscape());
                return read.landscape();
            }
        }
        StoredLandscape state = reader.readStored(progress);
        keep(version, foreign, state);
        return state;
    }

    private @Nullable StoredLandscape fromMemory(long version, long foreign, ChangeProgress progress) {
        Kept current = kept;
        if (current != null && foreign >= 0 && current.version() == version && current.foreignWrites() == foreign) {
            progress.step(ChangeProgress.Step.READING_GRAPH, current.state().size());
            progress.advance(current.state().size());
            return current.state();
        }
        return null;
    }

    /** The foreign-write count to pass to {@link #written} after a commit; -1 when none can be counted. */
    long foreignWrites() {
        return foreignWrites == null ? -1 : foreignWrites.count();
    }

    /**
     * After a commit of version {@code version}: the landscape is now {@code state}, unless something else
     * committed since {@code foreignBefore} was taken (then it is read again next time).
     */
    void written(long version, long foreignBefore, StoredLandscape state) {
        keep(version, foreignBefore, state);
    }

    /** Forget what is kept: a change failed or was cancelled half way through computing it. */
    void forget() {
        kept = null;
    }

    private void keep(long version, long foreignBefore, StoredLandscape state) {
        if (foreignBefore < 0 || foreignWrites() != foreignBefore || state.size() > maxSize) {
            kept = null;
            if (state.size() > maxSize) {
                log.debug(
                        "Landscape of {} nodes and relationships not kept in memory (strata.landscape.state-cache-size"
                                + " is {})",
                        state.size(),
                        maxSize);
            }
            return;
        }
        kept = new Kept(version, foreignBefore, state);
    }

    private record Kept(long version, long foreignWrites, StoredLandscape state) {}
}
