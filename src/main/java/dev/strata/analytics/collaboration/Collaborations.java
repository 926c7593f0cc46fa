package dev.strata.analytics.collaboration;

import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.EdgeType;
import dev.strata.model.InteractionMode;
import dev.strata.model.NodeKind;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The three collaboration findings, each one pass over the relationships it concerns (linear in the snapshot).
 * Stateless.
 */
public final class Collaborations {

    private Collaborations() {}

    /**
     * COLLABORATION consumptions that started before {@code asOf - maxAge}, oldest first (ties by consumer, then
     * capability). Consumptions without a {@code since} cannot be aged and are not listed.
     */
    public static List<LongCollaboration> longRunning(LandscapeSnapshot s, LocalDate asOf, Period maxAge) {
        Objects.requireNonNull(asOf, "asOf");
        long cutoff = asOf.minus(maxAge).toEpochDay();
        Adjacency consumes = s.out(EdgeType.CONSUMES);
        // consumers in key order, each one's consumptions in capability key order (the adjacency's): a stable sort
        // by start day alone then gives the documented order, on packed longs (day, then position in that order)
        long[] found = new long[64];
        int[] positions = new int[64];
        int[] consumers = new int[64];
        int count = 0;
        for (int rank = 0; rank < s.nodeCount(); rank++) {
            int consumer = s.nodeAtKeyRank(rank);
            if (!s.is(consumer, NodeKind.CONSUMER)) {
                continue;
            }
            for (int c = consumes.start(consumer); c < consumes.end(consumer); c++) {
                int edge = consumes.edge(c);
                int since = s.consumedSinceDay(edge);
                if (s.consumptionMode(edge) != InteractionMode.COLLABORATION
                        || since == Integer.MIN_VALUE
                        || since >= cutoff) {
                    continue;
                }
                if (count == found.length) {
                    found = java.util.Arrays.copyOf(found, count * 2);
                    positions = java.util.Arrays.copyOf(positions, count * 2);
                    consumers = java.util.Arrays.copyOf(consumers, count * 2);
                }
                consumers[count] = consumer;
                found[count] = (((long) since - Integer.MIN_VALUE) << 31) | count;
                positions[count++] = c;
            }
        }
        java.util.Arrays.sort(found, 0, count);
        long asOfDay = asOf.toEpochDay();
        @SuppressWarnings("unchecked")
        List<String>[] owners = new List[s.nodeCount()];
        List<LongCollaboration> sorted = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int at = (int) (found[i] & Integer.MAX_VALUE);
            int c = positions[at];
            int since = (int) ((found[i] >>> 31) + Integer.MIN_VALUE);
            int consumer = consumers[at];
            int capability = consumes.target(c);
            int platform = s.providerOf(capability);
            sorted.add(new LongCollaboration(
                    s.key(consumer),
                    ownerKeys(s, consumer, owners),
                    s.key(capability),
                    platform < 0 ? null : s.key(platform),
                    platform < 0 ? List.of() : ownerKeys(s, platform, owners),
                    LocalDate.ofEpochDay(since),
                    asOfDay - since));
        }
        return sorted;
    }

    /** Teams whose collaborations outnumber their people, most collaborations per person first (ties by key). */
    public static List<OverCollaboratingTeam> overCollaborating(LandscapeSnapshot s) {
        Adjacency consumes = s.out(EdgeType.CONSUMES);
        Adjacency owners = s.in(EdgeType.OWNS);
        Adjacency providers = s.in(EdgeType.PROVIDES);
        int[] collaborations = new int[s.nodeCount()];
        int[] seenEdge = new int[s.nodeCount()];
        // (team, partner) pairs in both directions, as longs: sorted and counted once per pair below
        long[] pairs = new long[64];
        int pairCount = 0;
        int stamp = 0;
        for (int consumer : s.nodes(NodeKind.CONSUMER)) {
            for (int c = consumes.start(consumer); c < consumes.end(consumer); c++) {
                if (s.consumptionMode(consumes.edge(c)) != InteractionMode.COLLABORATION) {
                    continue;
                }
                stamp++;
                int capability = consumes.target(c);
                for (int w = owners.start(consumer); w < owners.end(consumer); w++) {
                    int team = owners.target(w);
                    if (seenEdge[team] != stamp) {
                        seenEdge[team] = stamp;
                        collaborations[team]++;
                    }
                }
                for (int p = providers.start(capability); p < providers.end(capability); p++) {
                    int platform = providers.target(p);
                    for (int w = owners.start(platform); w < owners.end(platform); w++) {
                        int provider = owners.target(w);
                        if (seenEdge[provider] != stamp) {
                            seenEdge[provider] = stamp;
                            collaborations[provider]++;
                        }
                        for (int v = owners.start(consumer); v < owners.end(consumer); v++) {
                            int team = owners.target(v);
                            if (team != provider) {
                                if (pairCount + 2 > pairs.length) {
                                    pairs = java.util.Arrays.copyOf(pairs, pairs.length * 2);
                                }
                                pairs[pairCount++] = pair(team, provider);
                                pairs[pairCount++] = pair(provider, team);
                            }
                        }
                    }
                }
            }
        }
        int[] partners = distinctPartners(pairs, pairCount, s.nodeCount());
        List<OverCollaboratingTeam> found = new ArrayList<>();
        for (int team : s.nodes(NodeKind.TEAM)) {
            int size = Math.max(1, s.teamSize(team));
            if (collaborations[team] > size) {
                found.add(new OverCollaboratingTeam(
                        s.key(team), s.name(team), size, collaborations[team], partners[team]));
            }
        }
        found.sort(Comparator.comparingDouble((OverCollaboratingTeam t) -> -(double) t.collaborations() / t.size())
                .thenComparing(OverCollaboratingTeam::teamKey));
        return found;
    }

    /**
     * Handover points whose capability has no SLO target, most relationships first (ties by from-team, to-team,
     * capability): the relationships of cypher/analytics/handover-points.cypher, per capability crossed.
     */
    public static List<UnagreedHandover> unagreedHandovers(LandscapeSnapshot s) {
        Adjacency owners = s.in(EdgeType.OWNS);
        Adjacency providers = s.in(EdgeType.PROVIDES);
        Adjacency dependents = s.in(EdgeType.DEPENDS_ON);
        Adjacency consumedBy = s.in(EdgeType.CONSUMES);
        List<UnagreedHandover> found = new ArrayList<>();
        Map<Long, int[]> counts = new HashMap<>();
        for (int capability : s.nodes(NodeKind.CAPABILITY)) {
            if (s.sloTarget(capability) != null) {
                continue;
            }
            counts.clear();
            for (int p = providers.start(capability); p < providers.end(capability); p++) {
                int platform = providers.target(p);
                for (int w = owners.start(platform); w < owners.end(platform); w++) {
                    int to = owners.target(w);
                    // DEPENDS_ON from another team's capability: (from)-[:OWNS]->(:Platform)-[:PROVIDES]->(dependent)
                    for (int d = dependents.start(capability); d < dependents.end(capability); d++) {
                        int dependent = dependents.target(d);
                        for (int q = providers.start(dependent); q < providers.end(dependent); q++) {
                            int theirs = providers.target(q);
                            for (int v = owners.start(theirs); v < owners.end(theirs); v++) {
                                int from = owners.target(v);
                                if (from != to) {
                                    counts.computeIfAbsent(pair(from, to), k -> new int[2])[0]++;
                                }
                            }
                        }
                    }
                    for (int c = consumedBy.start(capability); c < consumedBy.end(capability); c++) {
                        int consumer = consumedBy.target(c);
                        for (int v = owners.start(consumer); v < owners.end(consumer); v++) {
                            int from = owners.target(v);
                            if (from != to) {
                                counts.computeIfAbsent(pair(from, to), k -> new int[2])[1]++;
                            }
                        }
                    }
                }
            }
            int platform = s.providerOf(capability);
            counts.forEach((pair, edges) -> found.add(new UnagreedHandover(
                    s.key((int) (pair >>> 32)),
                    s.key((int) (long) pair),
                    s.key(capability),
                    platform < 0 ? null : s.key(platform),
                    edges[0],
                    edges[1])));
        }
        found.sort(Comparator.comparingInt((UnagreedHandover h) -> -h.edges())
                .thenComparing(UnagreedHandover::fromTeamKey)
                .thenComparing(UnagreedHandover::toTeamKey)
                .thenComparing(UnagreedHandover::capabilityKey));
        return found;
    }

    /**
     * Per team, the distinct partners among the (team, partner) pairs: grouped by team with a counting sort, then
     * each group deduplicated with a mark per partner (linear, where sorting the pairs was not).
     */
    private static int[] distinctPartners(long[] pairs, int pairCount, int n) {
        int[] start = new int[n + 1];
        for (int i = 0; i < pairCount; i++) {
            start[(int) (pairs[i] >>> 32) + 1]++;
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        int[] partnerOf = new int[pairCount];
        int[] fill = java.util.Arrays.copyOf(start, n);
        for (int i = 0; i < pairCount; i++) {
            partnerOf[fill[(int) (pairs[i] >>> 32)]++] = (int) pairs[i];
        }
        int[] partners = new int[n];
        int[] seenBy = new int[n]; // team + 1 that last counted this partner
        for (int team = 0; team < n; team++) {
            for (int k = start[team]; k < start[team + 1]; k++) {
                int partner = partnerOf[k];
                if (seenBy[partner] != team + 1) {
                    seenBy[partner] = team + 1;
                    partners[team]++;
                }
            }
        }
        return partners;
    }

    private static long pair(int from, int to) {
        return ((long) from << 32) | (to & 0xffffffffL);
    }

    /** The keys of the node's owners, built once per node and call ({@code cache}) and immutable. */
    private static List<String> ownerKeys(LandscapeSnapshot s, int node, @Nullable List<String>[] cache) {
        List<String> cached = cache[node];
        if (cached == null) {
            Adjacency owners = s.in(EdgeType.OWNS);
            String[] keys = new String[owners.end(node) - owners.start(node)];
            for (int w = owners.start(node); w < owners.end(node); w++) {
                keys[w - owners.start(node)] = s.key(owners.target(w));
            }
            cached = List.of(keys);
            cache[node] = cached;
        }
        return cached;
    }
}
