package dev.strata.history;

import dev.strata.graphql.InvalidArgumentException;
import dev.strata.model.Landscape;
import dev.strata.store.HistoryPayloads;
import dev.strata.store.LandscapeCodec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the landscape's history ({@code store.ChangeLog}): the recorded versions, which version a caller's
 * {@link AsOf} names (with a clear refusal before history begins, after the newest version, or in the future), and
 * the landscape as it was at a version: the newest checkpoint at or before it with the changes after it replayed, or
 * a landscape rebuilt moments ago (kept in a small LRU) with the changes since. Nothing on the current-time path calls
 * it.
 */
@Component
public class LandscapeHistory {

    private final Neo4jClient client;
    private final HistoryPayloads payloads;
    private final TransactionTemplate reads;
    private final Clock clock;
    private final int cacheSize;
    /** Recently rebuilt landscapes by version, least recently used first. Guarded by itself. */
    private final LinkedHashMap<Long, Landscape> recent = new LinkedHashMap<>(8, 0.75f, true);
    /** The checkpoint decoded last, by version (never changed: rebuilds replay onto copies). */
    private volatile Map.@Nullable Entry<Long, Landscape> lastCheckpoint;

    LandscapeHistory(
            Neo4jClient client,
            HistoryPayloads payloads,
            PlatformTransactionManager transactions,
            @Value("${strata.history.cache-size:2}") int cacheSize,
            @Value("${strata.analytics.timeout:30s}") Duration timeout) {
        this.client = client;
        this.payloads = payloads;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
        this.reads.setTimeout((int) Math.max(1, timeout.toSeconds()));
        this.reads.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        this.cacheSize = Math.max(1, cacheSize);
        this.clock = Clock.systemUTC();
    }

    /**
     * One recorded version: when, who, through which door, what operation and from what source (a file set, a node,
     * a Git commit), and how many nodes and relationships it changed.
     */
    public record Version(
            long version,
            Instant at,
            String actor,
            String via,
            String operation,
            String source,
            int nodeChanges,
            int edgeChanges,
            int relocated) {}

    /** The first recorded version: where history begins. */
    public Optional<Version> earliest() {
        return one(
                "MATCH (c:LandscapeChange) WITH c ORDER BY c.version ASC LIMIT 1 RETURN properties(c) AS change",
                Map.of());
    }

    /** The newest recorded version. */
    public Optional<Version> latest() {
        return one(
                "MATCH (c:LandscapeChange) WITH c ORDER BY c.version DESC LIMIT 1 RETURN properties(c) AS change",
                Map.of());
    }

    /** Versions recorded in {@code [from, to]} (either open), oldest first, at most {@code first}. */
    public List<Version> versions(@Nullable Instant from, @Nullable Instant to, int first) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", from == null ? null : from.atOffset(ZoneOffset.UTC));
        parameters.put("to", to == null ? null : to.atOffset(ZoneOffset.UTC));
        parameters.put("first", first);
        return read(() -> client.query("""
                        MATCH (c:LandscapeChange)
                        WHERE ($from IS NULL OR c.at >= $from) AND ($to IS NULL OR c.at <= $to)
                        WITH c ORDER BY c.version ASC LIMIT $first
                        RETURN properties(c) AS change
                        """).bindAll(parameters).fetch().all().stream()
                .map(LandscapeHistory::version)
                .toList());
    }

    /**
     * At most {@code first} versions recorded in {@code [from, to]}, spread evenly over them (the oldest and the
     * newest included), oldest first. Versions are numbered without gaps in the order of their times, so the window
     * is a range of version numbers and the ones listed are picked by number.
     */
    public List<Version> versionsSpread(@Nullable Instant from, @Nullable Instant to, int first) {
        Map<String, Object> window = new HashMap<>();
        window.put("from", from == null ? null : from.atOffset(ZoneOffset.UTC));
        window.put("to", to == null ? null : to.atOffset(ZoneOffset.UTC));
        Map<String, Object> range =
                read(() -> client.query("""
                        MATCH (c:LandscapeChange)
                        WHERE ($from IS NULL OR c.at >= $from) AND ($to IS NULL OR c.at <= $to)
                        RETURN min(c.version) AS oldest, max(c.version) AS newest
                        """).bindAll(window).fetch().one().orElseThrow());
        if (range.get("oldest") == null) {
            return List.of();
        }
        long oldest = (Long) range.get("oldest");
        long newest = (Long) range.get("newest");
        if (newest - oldest + 1 <= first) {
            return versions(from, to, first);
        }
        List<Long> picked = new java.util.ArrayList<>();
        for (int i = 0; i < first; i++) {
            long version = first == 1 ? newest : oldest + Math.round((double) i * (newest - oldest) / (first - 1));
            if (picked.isEmpty() || picked.getLast() != version) {
                picked.add(version);
            }
        }
        return read(() -> client.query("""
                        MATCH (c:LandscapeChange) WHERE c.version IN $versions
                        WITH c ORDER BY c.version ASC
                        RETURN properties(c) AS change
                        """).bindAll(Map.of("versions", picked)).fetch().all().stream()
                .map(LandscapeHistory::version)
                .toList());
    }

    /**
     * The recorded version {@code asOf} names. A time names the newest version at or before it; a time before the
     * first version, a time in the future, a version never recorded, or neither or both given are refused with what
     * history holds.
     */
    public Version resolve(AsOf asOf) {
        if ((asOf.version() == null) == (asOf.at() == null)) {
            throw new InvalidArgumentException("asOf takes exactly one of version and at, was " + asOf);
        }
        Version earliest = earliest()
                .orElseThrow(() -> new InvalidArgumentException("asOf " + asOf + ": no landscape history is recorded"
                        + " yet (an empty landscape's history begins with its first change; a landscape found without"
                        + " history is checkpointed shortly after start; or use `strata history import`)"));
        if (asOf.version() != null) {
            long version = asOf.version();
            Version latest = latest().orElseThrow();
            if (version < earliest.version() || version > latest.version()) {
                throw new InvalidArgumentException("asOf version " + version + " is not recorded: history holds"
                        + " versions " + earliest.version() + " (" + earliest.at() + ") to " + latest.version()
                        + " (" + latest.at() + ")");
            }
            return one(
                            "MATCH (c:LandscapeChange {version: $version}) RETURN properties(c) AS change",
                            Map.of("version", version))
                    .orElseThrow(() -> new InvalidArgumentException(
                            "asOf version " + version + " is not recorded (the change log has a gap there)"));
        }
        Instant at = asOf.at().toInstant();
        Instant now = clock.instant();
        if (at.isAfter(now)) {
            throw new InvalidArgumentException(
                    "asOf time " + at + " is in the future (now " + now + "): history answers only for the past");
        }
        if (at.isBefore(earliest.at())) {
            throw new InvalidArgumentException("asOf time " + at + " is before history begins: the earliest recorded"
                    + " time is " + earliest.at() + " (version " + earliest.version() + ")");
        }
        return one("""
                        MATCH (c:LandscapeChange) WHERE c.at <= $at
                        WITH c ORDER BY c.version DESC LIMIT 1
                        RETURN properties(c) AS change
                        """, Map.of("at", at.atOffset(ZoneOffset.UTC))).orElseThrow();
    }

    /**
     * The landscape as {@code version} left it. Shared with other callers: do not change it (copy it first).
     */
    public Landscape landscape(long version) {
        synchronized (recent) {
            Landscape kept = recent.get(version);
            if (kept != null) {
                return kept;
            }
        }
        Landscape rebuilt = read(() -> rebuild(version));
        synchronized (recent) {
            recent.put(version, rebuilt);
            while (recent.size() > cacheSize) {
                recent.remove(recent.keySet().iterator().next());
            }
        }
        return rebuilt;
    }

    /**
     * Replays the history from its beginning to {@code last}, handing {@code visit} each version with the landscape
     * after it (the same object each time, changed in place: read it during the call only). What trends and delivery
     * measures walk.
     */
    public void replay(long last, Consumer<Replayed> visit) {
        read(() -> {
            Version first = earliest().orElseThrow(() -> new InvalidArgumentException("no history recorded yet"));
            Landscape landscape = checkpoint(first.version())
                    .orElseThrow(() -> new IllegalStateException("history begins without a checkpoint"));
            visit.accept(new Replayed(first, landscape, null));
            Map<Long, Version> versions = new HashMap<>();
            for (Version v : versions(null, null, Integer.MAX_VALUE)) {
                versions.put(v.version(), v);
            }
            payloads.changes(first.version(), last, (version, payload) -> {
                LandscapeCodec.Changes changes = LandscapeCodec.decodeChange(payload);
                apply(changes, landscape);
                Version recorded = versions.get(version);
                if (recorded != null) {
                    visit.accept(new Replayed(recorded, landscape, changes));
                }
            });
            return null;
        });
    }

    /** A version replayed: its record, the landscape after it, and what it changed (null for the first). */
    public record Replayed(Version version, Landscape landscape, LandscapeCodec.@Nullable Changes changes) {}

    private Landscape rebuild(long version) {
        Long start = payloads.checkpointAtOrBefore(version).orElse(null);
        if (start == null) {
            throw new InvalidArgumentException("version " + version + " is before history begins");
        }
        Landscape landscape;
        long from;
        Map.Entry<Long, Landscape> nearer = nearestKept(start, version);
        if (nearer != null) {
            landscape = nearer.getValue().copy();
            from = nearer.getKey();
        } else {
            landscape = decodedCheckpoint(start);
            from = start;
        }
        payloads.changes(from, version, (v, payload) -> LandscapeCodec.replay(payload, landscape));
        return landscape;
    }

    /**
     * The landscape of the checkpoint of {@code version}, to replay onto: a copy of the one decoded last when it is
     * that one, else decoded (the costly part of a cold asOf: about a second at scale M) and kept. A copy shares its
     * nodes and relationships with the kept one (replay puts new ones, it changes none), so keeping it costs little
     * more than its maps; any version from that checkpoint to the next then costs a copy and a replay.
     */
    private Landscape decodedCheckpoint(long version) {
        Map.Entry<Long, Landscape> kept = lastCheckpoint;
        if (kept != null && kept.getKey() == version) {
            return kept.getValue().copy();
        }
        Landscape decoded = checkpoint(version).orElseThrow();
        lastCheckpoint = Map.entry(version, decoded);
        return decoded.copy();
    }

    /** A kept landscape between the checkpoint and the version asked for: replay from it instead. */
    private Map.@Nullable Entry<Long, Landscape> nearestKept(long checkpoint, long version) {
        synchronized (recent) {
            Map.Entry<Long, Landscape> best = null;
            for (Map.Entry<Long, Landscape> entry : recent.entrySet()) {
                long kept = entry.getKey();
                if (kept >= checkpoint && kept <= version && (best == null || kept > best.getKey())) {
                    best = Map.entry(kept, entry.getValue());
                }
            }
            return best;
        }
    }

    private Optional<Landscape> checkpoint(long version) {
        return payloads.checkpoint(version).map(LandscapeCodec::decodeLandscape);
    }

    private static void apply(LandscapeCodec.Changes changes, Landscape landscape) {
        changes.removedEdges().forEach(landscape::remove);
        changes.removedNodes().forEach(landscape::remove);
        changes.upsertNodes().forEach(landscape::put);
        changes.upsertEdges().forEach(landscape::put);
    }

    private Optional<Version> one(String query, Map<String, Object> parameters) {
        return read(() -> client.query(query).bindAll(parameters).fetch().one().map(LandscapeHistory::version));
    }

    private <T> T read(java.util.function.Supplier<T> work) {
        return reads.execute(status -> work.get());
    }

    @SuppressWarnings("unchecked")
    private static Version version(Map<String, Object> row) {
        Map<String, Object> change = (Map<String, Object>) row.get("change");
        return new Version(
                (Long) change.get("version"),
                Instant.from((TemporalAccessor) change.get("at")),
                (String) change.get("actor"),
                (String) change.get("via"),
                (String) change.get("operation"),
                (String) change.get("source"),
                ((Number) change.get("nodeChanges")).intValue(),
                ((Number) change.get("edgeChanges")).intValue(),
                ((Number) change.get("relocated")).intValue());
    }
}
