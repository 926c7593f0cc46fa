package dev.strata.analytics.risk;

import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.NodeKind;
import java.util.ArrayList;
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
        checkHops(maxHops);
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

    /** Number of tier inversions within maxHops. */
    public static long countTierInversions(LandscapeSnapshot snapshot, int maxHops) {
        checkHops(maxHops);
        HopSearch search = new HopSearch(snapshot);
        long count = 0;
        for (NodeKind kind : List.of(NodeKind.CAPABILITY, NodeKind.CONSUMER)) {
            for (int source : snapshot.nodes(kind)) {
                int tier = snapshot.tier(source);
                if (tier == 0) {
                    continue;
                }
                int reached = search.run(source, maxHops);
                for (int i = 0; i < reached; i++) {
                    if (snapshot.tier(search.reached(i)) > tier) {
                        count++;
                    }
                }
            }
        }
        return count;
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
