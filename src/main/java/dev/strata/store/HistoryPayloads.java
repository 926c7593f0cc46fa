package dev.strata.store;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Reads the history's payloads back from their {@code (:LandscapeChunk)} pieces ({@link ChangeLog} writes them): a
 * checkpoint whole, and the changes of a range of versions in version order. The one copy of that reading, for
 * {@code history.LandscapeHistory} (asOf, trends) and {@link DeferredCheckpoints}. Call inside a transaction.
 */
@Component
public class HistoryPayloads {

    private final Neo4jClient client;

    HistoryPayloads(Neo4jClient client) {
        this.client = client;
    }

    /** What {@link #changes} hands over: a version and its change payload ({@link LandscapeCodec#decodeChange}). */
    @FunctionalInterface
    public interface ChangeVisitor {
        void visit(long version, byte[] payload);
    }

    /** The newest checkpoint at or before {@code version}, if history holds one. */
    public Optional<Long> checkpointAtOrBefore(long version) {
        return client.query("""
                        MATCH (c:LandscapeCheckpoint) WHERE c.version <= $version
                        RETURN max(c.version) AS version
                        """).bind(version).to("version").fetchAs(Long.class).one();
    }

    /** The payload of the checkpoint of {@code version} ({@link LandscapeCodec#decodeLandscape}), if one exists. */
    public Optional<byte[]> checkpoint(long version) {
        Collection<byte[]> chunks = client.query("""
                        MATCH (k:LandscapeChunk {of: 'checkpoint', version: $version})
                        RETURN k.data AS data ORDER BY k.index
                        """)
                .bind(version)
                .to("version")
                .fetchAs(byte[].class)
                .all();
        return chunks.isEmpty() ? Optional.empty() : Optional.of(joined(new ArrayList<>(chunks)));
    }

    /** The payloads of the changes in {@code (after, last]}, in version order. */
    public void changes(long after, long last, ChangeVisitor visit) {
        if (last <= after) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>(client.query("""
                        MATCH (k:LandscapeChunk {of: 'change'}) WHERE k.version > $after AND k.version <= $last
                        RETURN k.version AS version, k.data AS data ORDER BY k.version, k.index
                        """)
                .bindAll(Map.of("after", after, "last", last))
                .fetch()
                .all());
        int i = 0;
        while (i < rows.size()) {
            long version = (Long) rows.get(i).get("version");
            List<byte[]> pieces = new ArrayList<>();
            while (i < rows.size() && (Long) rows.get(i).get("version") == version) {
                pieces.add((byte[]) rows.get(i).get("data"));
                i++;
            }
            visit.visit(version, joined(pieces));
        }
    }

    private static byte[] joined(List<byte[]> pieces) {
        if (pieces.size() == 1) {
            return pieces.getFirst();
        }
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        pieces.forEach(joined::writeBytes);
        return joined.toByteArray();
    }
}
