package dev.strata.store;

import dev.strata.audit.Actor;
import dev.strata.model.Landscape;
import dev.strata.model.LandscapeDiff;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The landscape's history, written by the {@link LandscapeWriter} in the transaction of each change: one
 * {@code (:LandscapeChange)} per version (time, actor, door, operation, source, sizes) with the change in compact form
 * ({@link LandscapeCodec}), and every so often a {@code (:LandscapeCheckpoint)}, the whole landscape after that
 * version. Payloads are cut into {@code (:LandscapeChunk)} nodes of at most {@value #CHUNK} bytes, so that the largest
 * apply stays far below any property limit. The landscape as it was at version v is the newest checkpoint at or before
 * v with the changes after it replayed.
 *
 * <p>A checkpoint is written with the first recorded change (history begins there), then when
 * {@code strata.history.checkpoint-interval} versions (default 2000: at scale M a checkpoint is about 5 MB gzipped, and
 * 10,000 changes with one every 500 versions would more than double the database, while replaying 2,000 one-node
 * changes costs far less than decoding the checkpoint) have passed since the last one, or when the
 * changes since it touched more nodes and relationships than {@code strata.history.checkpoint-changed-share} (0.25) of
 * the landscape: replay stays short, and a
 * history of small edits costs a checkpoint only every few hundred versions. Writing costs no read: the landscape after
 * the change is the one the writer computed. Nothing on the current-time path reads the history.
 *
 * <p>Times never go backwards: a change is recorded at the later of its time and the previous change's, so that "the
 * landscape at time t" is always one version.
 */
@Component
public class ChangeLog {

    /** Largest payload piece. */
    static final int CHUNK = 4 * 1024 * 1024;

    private final Neo4jClient client;
    private final long checkpointInterval;
    private final double checkpointShare;

    ChangeLog(
            Neo4jClient client,
            @Value("${strata.history.checkpoint-interval:2000}") long checkpointInterval,
            @Value("${strata.history.checkpoint-changed-share:0.25}") double checkpointShare) {
        this.client = client;
        this.checkpointInterval = Math.max(1, checkpointInterval);
        this.checkpointShare = checkpointShare;
    }

    /** Where the history stands, read from the landscape head (which the writer holds the lock on). */
    record Head(
            @Nullable Long checkpointVersion,
            long checkpointSize,
            long changedSinceCheckpoint,
            @Nullable Instant lastAt) {}

    Head head() {
        return client.query("""
                        MATCH (h:StrataMeta {key: 'landscape-head'})
                        RETURN h.historyCheckpoint AS checkpoint, coalesce(h.historyCheckpointSize, 0) AS size,
                               coalesce(h.historyChanged, 0) AS changed, h.historyAt AS at
                        """)
                .fetch()
                .one()
                .map(row -> new Head(
                        (Long) row.get("checkpoint"),
                        (Long) row.get("size"),
                        (Long) row.get("changed"),
                        row.get("at") instanceof TemporalAccessor at ? Instant.from(at) : null))
                .orElse(new Head(null, 0, 0, null));
    }

    /**
     * Whether the change of {@code version} touching {@code changed} nodes and relationships writes a checkpoint: the
     * first recorded change, every {@code checkpoint-interval} versions, or when the changes since the last
     * checkpoint outgrow {@code checkpoint-changed-share} (a quarter) of the landscape it held.
     */
    boolean checkpointDue(Head head, long version, long changed) {
        Long last = head.checkpointVersion();
        return last == null
                || version - last >= checkpointInterval
                || head.changedSinceCheckpoint() + changed > Math.max(1, head.checkpointSize() * checkpointShare);
    }

    /** Nodes and relationships a change puts or removes: what replaying it costs. */
    static long changed(LandscapeDiff diff) {
        return (long) diff.upsertNodes().size()
                + diff.removedNodes().size()
                + diff.upsertEdges().size()
                + diff.removedEdges().size();
    }

    /** The time a change is recorded at: {@code requested}, or the previous change's time when that is later. */
    static Instant recordedAt(Head head, Instant requested) {
        Instant last = head.lastAt();
        return last != null && last.isAfter(requested) ? last : requested;
    }

    /**
     * Begins the history of a landscape that has none yet with a checkpoint of it as found at {@code version}: a
     * version record without changes ({@code historyStart}) and the whole landscape. Runs in a transaction that holds
     * the landscape lock.
     */
    void start(long version, Instant at, Landscape landscape) {
        record(
                head(),
                version,
                at,
                Actor.SYSTEM,
                "historyStart",
                "the landscape as found when history began",
                LandscapeDiff.of(landscape, landscape),
                landscape);
    }

    /**
     * Writes a checkpoint of an already recorded version (one an edit left due: {@link DeferredCheckpoints}), unless
     * one exists, and moves the head's bookkeeping to it when it is the newest.
     */
    void checkpoint(long version, Instant at, Landscape landscape) {
        boolean exists = client.query("RETURN EXISTS { MATCH (:LandscapeCheckpoint {version: $version}) } AS found")
                .bind(version)
                .to("version")
                .fetchAs(Boolean.class)
                .one()
                .orElse(false);
        if (exists) {
            return;
        }
        writeCheckpoint(version, at, landscape);
        client.query("""
                        MATCH (h:StrataMeta {key: 'landscape-head'})
                        WITH h WHERE coalesce(h.historyCheckpoint, -1) < $version
                        SET h.historyCheckpoint = $version, h.historyCheckpointSize = $size, h.historyChanged = 0
                        """)
                .bindAll(Map.of(
                        "version",
                        version,
                        "size",
                        (long) landscape.nodes().size() + landscape.edges().size()))
                .run();
    }

    /**
     * Records the change of {@code version} and, when given, the checkpoint after it. Runs in the writer's
     * transaction.
     */
    void record(
            Head head,
            long version,
            Instant at,
            Actor actor,
            String operation,
            String source,
            LandscapeDiff diff,
            @Nullable Landscape checkpoint) {
        byte[] payload = LandscapeCodec.encode(diff);
        List<byte[]> chunks = chunks(payload);
        Map<String, Object> change = new HashMap<>();
        change.put("version", version);
        change.put("at", at.atOffset(ZoneOffset.UTC));
        change.put("actor", actor.name());
        change.put("via", actor.via());
        change.put("operation", operation);
        change.put("source", source);
        change.put("nodeChanges", diff.nodeChanges().size());
        change.put("edgeChanges", diff.edgeChanges().size());
        change.put("relocated", diff.relocated());
        change.put("bytes", payload.length);
        change.put("chunks", chunks.size());
        client.query("""
                CREATE (:LandscapeChange {version: $version, at: $at, actor: $actor, via: $via,
                                          operation: $operation, source: $source, nodeChanges: $nodeChanges,
                                          edgeChanges: $edgeChanges, relocated: $relocated, bytes: $bytes,
                                          chunks: $chunks})
                """).bindAll(change).run();
        writeChunks("change", version, chunks);
        Long checkpointVersion = head.checkpointVersion();
        long checkpointSize = head.checkpointSize();
        long changedSince = head.changedSinceCheckpoint() + changed(diff);
        if (checkpoint != null) {
            writeCheckpoint(version, at, checkpoint);
            checkpointVersion = version;
            checkpointSize =
                    (long) checkpoint.nodes().size() + checkpoint.edges().size();
            changedSince = 0;
        }
        Map<String, Object> bookkeeping = new HashMap<>();
        bookkeeping.put("at", at.atOffset(ZoneOffset.UTC));
        bookkeeping.put("checkpoint", checkpointVersion);
        bookkeeping.put("size", checkpointSize);
        bookkeeping.put("changed", changedSince);
        client.query("""
                MATCH (h:StrataMeta {key: 'landscape-head'})
                SET h.historyAt = $at, h.historyCheckpoint = $checkpoint, h.historyCheckpointSize = $size,
                    h.historyChanged = $changed
                """).bindAll(bookkeeping).run();
    }

    private void writeCheckpoint(long version, Instant at, Landscape checkpoint) {
        byte[] whole = LandscapeCodec.encode(checkpoint);
        List<byte[]> pieces = chunks(whole);
        client.query("""
                        CREATE (:LandscapeCheckpoint {version: $version, at: $at, nodes: $nodes, edges: $edges,
                                                      bytes: $bytes, chunks: $chunks})
                        """)
                .bindAll(Map.of(
                        "version",
                        version,
                        "at",
                        at.atOffset(ZoneOffset.UTC),
                        "nodes",
                        checkpoint.nodes().size(),
                        "edges",
                        checkpoint.edges().size(),
                        "bytes",
                        whole.length,
                        "chunks",
                        pieces.size()))
                .run();
        writeChunks("checkpoint", version, pieces);
    }

    private void writeChunks(String of, long version, List<byte[]> chunks) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            rows.add(Map.of("index", i, "data", chunks.get(i)));
        }
        client.query("""
                UNWIND $rows AS row
                CREATE (:LandscapeChunk {of: $of, version: $version, index: row.index, data: row.data})
                """)
                .bindAll(Map.of("rows", rows, "of", of, "version", version))
                .run();
    }

    private static List<byte[]> chunks(byte[] payload) {
        List<byte[]> chunks = new ArrayList<>();
        for (int from = 0; from < payload.length; from += CHUNK) {
            chunks.add(Arrays.copyOfRange(payload, from, Math.min(payload.length, from + CHUNK)));
        }
        if (chunks.isEmpty()) {
            chunks.add(new byte[0]);
        }
        return chunks;
    }
}
