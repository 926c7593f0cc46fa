package dev.strata.neo4j;

import dev.strata.store.ForeignLandscapeWrites;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListener;

/**
 * Sees every transaction the embedded database commits, from any client (Strata, Neo4j Browser, a script on Bolt),
 * and counts those that changed something without the landscape writer's mark in their metadata. Neo4j calls a
 * listener only for transactions that change data, so reads cost nothing.
 */
final class EmbeddedForeignWrites implements ForeignLandscapeWrites, TransactionEventListener<Object> {

    private final AtomicLong count = new AtomicLong();

    @Override
    public long count() {
        return count.get();
    }

    @Override
    public @Nullable Object beforeCommit(
            TransactionData data, org.neo4j.graphdb.Transaction transaction, GraphDatabaseService database) {
        return null;
    }

    @Override
    public void afterCommit(TransactionData data, @Nullable Object state, GraphDatabaseService database) {
        if (!Boolean.TRUE.equals(data.metaData().get(WRITER_METADATA))) {
            count.incrementAndGet();
        }
    }

    @Override
    public void afterRollback(TransactionData data, @Nullable Object state, GraphDatabaseService database) {}
}
