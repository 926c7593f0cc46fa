package dev.strata.analytics.risk;

import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The risks found by following dependencies a bounded number of hops: deprecated or retired capabilities still in
 * use (cypher/analytics/deprecated-in-use.cypher) and tier inversions (tier-inversions.cypher), each pair once with
 * its fewest hops and one shortest path. At 100 000 nodes these are millions of pairs, so besides {@code all} there is
 * a {@code page} that searches only from the sources it returns, and a {@code count} that searches from every source
 * but builds no rows.
 *
 * <p>Order: deprecated uses by consumer key, then capability key; tier inversions capabilities first (by key), then
 * consumers, each source's targets by key, as the reference queries order them.
 */
public final class ReachRisks {

    /** Upper bound of {@code maxHops}: the literal bound of the traversals in the reference queries. */
    public static final int MAX_HOPS = 10;

    private ReachRisks() {}

    /** Where a page starts: after this (source, target) pair. For deprecated uses the source kind is CONSUMER. */
    public record Position(NodeKind sourceKind, String sourceKey, String targetKey) {

        public Position {
            Objects.requireNonNull(sourceKind, "sourceKind");
            Objects.requireNonNull(sourceKey, "sourceKey");
            Objects.requireNonNull(targetKey, "targetKey");
        }
    }

    /** Some rows and whether more follow them. */
    public record Page<T>(List<T> items, boolean hasMore) {

        public Page {
            items = List.copyOf(items);
        }
    }

    // ------------------------------------------------------------------------------------------ deprecated in use

    public static List<DeprecatedInUse> deprecatedInUse(LandscapeSnapshot snapshot, int maxHops) {
        return deprecatedInUse(snapshot, maxHops, null, Integer.MAX_VALUE).items();
    }

    /** At most {@code first} deprecated uses after the position (from the start when null). */
    public static Page<DeprecatedInUse> deprecatedInUse(
            LandscapeSnapshot snapshot, int maxHops, @Nullable Position after, int first) {
        checkHops(maxHops);
        HopSearch search = new HopSearch(snapshot);
        List<DeprecatedInUse> rows = new ArrayList<>();
        int[] consumers = snapshot.nodes(NodeKind.CONSUMER);
        for (int i = startOf(snapshot, consumers, after); i < consumers.length; i++) {
            int consumer = consumers[i];
            search.run(consumer, maxHops);
            for (int capability : search.sortedByKey(snapshot::deprecatedOrRetired)) {
                if (skip(snapshot, consumer, capability, after)) {
                    continue;
                }
                if (rows.size() == first) {
                    return new Page<>(rows, true);
                }
                rows.add(new DeprecatedInUse(
                        snapshot.key(consumer),
                        snapshot.name(consumer),
                        snapshot.key(capability),
                        snapshot.name(capability),
                        Objects.requireNonNull(snapshot.lifecycle(capability)).name(),
                        search.hops(capability),
                        search.path(capability)));
            }
        }
        return new Page<>(rows, false);
    }

    /** Number of (consumer, deprecated or retired capability) pairs within maxHops. */
    public static long countDeprecatedInUse(LandscapeSnapshot snapshot, int maxHops) {
        return countDeprecatedInUse(snapshot, maxHops, CLOSURE_BUDGET_BYTES);
    }

    /** Memory the bounded closure of {@link #countDeprecatedInUse} may take; above it, one search per consumer. */
    static final long CLOSURE_BUDGET_BYTES = 128L * 1024 * 1024;

    /**
     * As {@link #countDeprecatedInUse(LandscapeSnapshot, int)}. When it fits {@code budgetBytes}, from a bounded
     * closure: for every capability, the set of deprecated or retired capabilities within {@code maxHops - 1}
     * DEPENDS_ON hops of it, one bit per such capability, built hop by hop (a set is the capability's own bit and the
     * union of its dependencies' sets one hop shorter); a consumer's count is the size of the union of the sets of
     * what it consumes. At scale M (30,000 capabilities, a few thousand deprecated) this is a few bitwise ORs
     * per relationship and hop instead of one breadth-first search per consumer (64,000). Where the sets would not fit
     * (scale L: hundreds of thousands of capabilities and tens of thousands deprecated), one search per consumer.
     */
    static long countDeprecatedInUse(LandscapeSnapshot snapshot, int maxHops, long budgetBytes) {
        checkHops(maxHops);
        int[] capabilities = snapshot.nodes(NodeKind.CAPABILITY);
        int[] row = new int[snapshot.nodeCount()];
        int[] bit = new int[snapshot.nodeCount()];
        int deprecated = 0;
        for (int i = 0; i < capabilities.length; i++) {
            row[capabilities[i]] = i;
            bit[capabilities[i]] = snapshot.deprecatedOrRetired(capabilities[i]) ? deprecated++ : -1;
        }
        if (deprecated == 0) {
            return 0;
        }
        int words = (deprecated + 63) >>> 6;
        if (3L * capabilities.length * words * Long.BYTES <= budgetBytes) {
            return countDeprecatedByClosure(snapshot, maxHops, capabilities, row, bit, words);
        }
        return countDeprecatedBySearch(snapshot, maxHops);
    }

    private static long countDeprecatedByClosure(
            LandscapeSnapshot snapshot, int maxHops, int[] capabilities, int[] row, int[] bit, int words) {
        // within: the sets for the hops so far; added: what the last hop added to each set (only rows in `changed`
        // have any). One more hop adds to a capability's set only what its dependencies' sets gained in the last one,
        // so each hop costs the relationships into changed sets, not every relationship.
        long[] within = new long[capabilities.length * words];
        long[] added = new long[within.length];
        long[] next = new long[within.length];
        int[] changed = new int[capabilities.length];
        int[] nextChanged = new int[capabilities.length];
        int[] seen = new int[capabilities.length];
        int changedCount = 0;
        for (int i = 0; i < capabilities.length; i++) {
            int b = bit[capabilities[i]];
            if (b >= 0) {
                within[i * words + (b >>> 6)] |= 1L << b;
                added[i * words + (b >>> 6)] |= 1L << b;
                changed[changedCount++] = i;
            }
        }
        Adjacency dependents = snapshot.in(EdgeType.DEPENDS_ON);
        for (int hops = 1; hops < maxHops && changedCount > 0; hops++) {
            int nextCount = 0;
            for (int c = 0; c < changedCount; c++) {
                int from = changed[c] * words;
                int capability = capabilities[changed[c]];
                for (int p = dependents.start(capability), end = dependents.end(capability); p < end; p++) {
                    int dependent = row[dependents.target(p)];
                    int to = dependent * words;
                    boolean grew = false;
                    for (int w = 0; w < words; w++) {
                        long gained = added[from + w] & ~within[to + w];
                        if (gained != 0) {
                            next[to + w] |= gained;
                            grew = true;
                        }
                    }
                    if (grew && seen[dependent] != hops) {
                        seen[dependent] = hops;
                        nextChanged[nextCount++] = dependent;
                    }
                }
            }
            for (int c = 0; c < changedCount; c++) {
                Arrays.fill(added, changed[c] * words, changed[c] * words + words, 0L);
            }
            for (int c = 0; c < nextCount; c++) {
                int at = nextChanged[c] * words;
                for (int w = 0; w < words; w++) {
                    within[at + w] |= next[at + w];
                    added[at + w] = next[at + w];
                    next[at + w] = 0L;
                }
            }
            int[] swap = changed;
            changed = nextChanged;
            nextChanged = swap;
            changedCount = nextCount;
        }
        Adjacency consumes = snapshot.out(EdgeType.CONSUMES);
        long[] union = new long[words];
        long count = 0;
        for (int consumer : snapshot.nodes(NodeKind.CONSUMER)) {
            Arrays.fill(union, 0L);
            for (int p = consumes.start(consumer), end = consumes.end(consumer); p < end; p++) {
                int from = row[consumes.target(p)] * words;
                for (int w = 0; w < words; w++) {
                    union[w] |= within[from + w];
                }
            }
            for (long word : union) {
                count += Long.bitCount(word);
            }
        }
        return count;
    }

    private static long countDeprecatedBySearch(LandscapeSnapshot snapshot, int maxHops) {
        HopSearch search = new HopSearch(snapshot);
        long count = 0;
        for (int consumer : snapshot.nodes(NodeKind.CONSUMER)) {
            int reached = search.run(consumer, maxHops);
            for (int i = 0; i < reached; i++) {
                if (snapshot.deprecatedOrRetired(search.reached(i))) {
                    count++;
                }
            }
        }
        return count;
    }

    // ------------------------------------------------------------------------------------------ tier inversions

    public static List<TierInversion> tierInversions(LandscapeSnapshot snapshot, int maxHops) {
        return tierInversions(snapshot, maxHops, null, Integer.MAX_VALUE).items();
    }

    /** At most {@code first} tier inversions after the position (from the start when null). */
    public static Page<TierInversion> tierInversions(
            LandscapeSnapshot snapshot, int maxHops, @Nullable Position after, int first) {
        checkHops(maxHops);
        HopSearch search = new HopSearch(snapshot);
        List<TierInversion> rows = new ArrayList<>();
        for (NodeKind kind : List.of(NodeKind.CAPABILITY, NodeKind.CONSUMER)) {
            if (after != null && after.sourceKind() == NodeKind.CONSUMER && kind == NodeKind.CAPABILITY) {
                continue;
            }
            Position position = after != null && after.sourceKind() == kind ? after : null;
            int[] sources = snapshot.nodes(kind);
            for (int i = startOf(snapshot, sources, position); i < sources.length; i++) {
                int source = sources[i];
                int tier = snapshot.tier(source);
                if (tier == 0) {
                    continue;
                }
                search.run(source, maxHops);
                for (int target : search.sortedByKey(t -> snapshot.tier(t) > tier)) {
                    if (skip(snapshot, source, target, position)) {
                        continue;
                    }
                    if (rows.size() == first) {
                        return new Page<>(rows, true);
                    }
                    rows.add(new TierInversion(
                            kind.name(),
                            snapshot.key(source),
                            tier,
                            snapshot.key(target),
                            snapshot.tier(target),
                            search.hops(target),
                            search.path(target)));
                }
            }
        }
        return new Page<>(rows, false);
    }

    /** Number of tier inversions within maxHops (counted by {@link TierInversionCount}, on every core). */
    public static long countTierInversions(LandscapeSnapshot snapshot, int maxHops) {
        return countTierInversions(
                snapshot,
                maxHops,
                Runtime.getRuntime().availableProcessors(),
                TierInversionCount.MAX_SOURCES_PER_BATCH);
    }

    /** As {@link #countTierInversions(LandscapeSnapshot, int)}, in {@code parts} of batches of that many sources. */
    static long countTierInversions(LandscapeSnapshot snapshot, int maxHops, int parts, int sourcesPerBatch) {
        return TierInversionCount.count(snapshot, checkHops(maxHops), parts, sourcesPerBatch);
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** Index of the first source at or after the position's source key (sources are ordered by key). */
    private static int startOf(LandscapeSnapshot snapshot, int[] sources, @Nullable Position after) {
        if (after == null) {
            return 0;
        }
        int low = 0;
        int high = sources.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (snapshot.key(sources[mid]).compareTo(after.sourceKey()) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Whether the pair is at or before the position (only the position's own source can hold such pairs). */
    private static boolean skip(LandscapeSnapshot snapshot, int source, int target, @Nullable Position after) {
        return after != null
                && snapshot.key(source).equals(after.sourceKey())
                && snapshot.key(target).compareTo(after.targetKey()) <= 0;
    }

    static int checkHops(int maxHops) {
        if (maxHops < 1 || maxHops > MAX_HOPS) {
            throw new IllegalArgumentException("maxHops must be between 1 and " + MAX_HOPS + ", got " + maxHops);
        }
        return maxHops;
    }
}
