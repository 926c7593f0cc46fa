package dev.strata.analytics.hotspots;

import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import java.util.Arrays;

/**
 * The downstream blast radius of every capability and platform at once, exactly as one
 * {@code BlastRadiusEngine} search per node would count it (unbounded depth), without one search per node.
 *
 * <h2>How</h2>
 * What fails with a capability is everything reachable from it in the "affects" graph: capability to its dependents,
 * consumers and providing platforms; platform and consumer to their owning teams; team to its value stream. A
 * platform affects itself, its owning team and what its capabilities affect. Capabilities in one dependency cycle
 * affect the same, so the cycles are condensed first (Tarjan), which leaves a graph whose components can be visited
 * in one topological pass. Then every source (component or platform) gets a bit, 256 sources per pass, and one pass
 * ORs the bit sets along every relationship; each affected node adds its bit set to bit-sliced counters of its class
 * (capability or consumer by tier, platform, team, value stream), so counting costs a few word operations per node,
 * not one per (source, node) pair. Time: (sources / 256) passes, each linear in the snapshot.
 */
public final class HotspotEngine {

    /** Bits per pass: 4 words of 64. */
    private static final int WORDS = 4;

    private static final int BITS = WORDS * 64;
    /** Counters up to 2^31. */
    private static final int PLANES = 31;

    // classes counted separately: capability tier 1, 2, other; consumer tier 1, 2, other; platform; team; stream
    private static final int CAPABILITY_TIER_1 = 0;
    private static final int CAPABILITY_TIER_2 = 1;
    private static final int CAPABILITY_OTHER = 2;
    private static final int CONSUMER_TIER_1 = 3;
    private static final int CONSUMER_TIER_2 = 4;
    private static final int CONSUMER_OTHER = 5;
    private static final int PLATFORM = 6;
    private static final int TEAM = 7;
    private static final int VALUE_STREAM = 8;
    private static final int CLASSES = 9;

    private final LandscapeSnapshot s;
    private final int[] component;
    private final int components;
    private final int[] componentOffsets;
    private final int[] componentTargets;
    private final int[] teamSlot;
    private final int[] platforms;

    private HotspotEngine(LandscapeSnapshot snapshot) {
        this.s = snapshot;
        this.component = new int[snapshot.nodeCount()];
        this.components = condense();
        int[][] graph = condensedGraph();
        this.componentOffsets = graph[0];
        this.componentTargets = graph[1];
        this.teamSlot = new int[snapshot.nodeCount()];
        int[] teams = snapshot.nodes(NodeKind.TEAM);
        for (int i = 0; i < teams.length; i++) {
            teamSlot[teams[i]] = i;
        }
        this.platforms = snapshot.nodes(NodeKind.PLATFORM);
    }

    /** The hotspot figures of every capability and platform of the snapshot. */
    public static Hotspots compute(LandscapeSnapshot snapshot) {
        return new HotspotEngine(snapshot).run();
    }

    private Hotspots run() {
        int sources = components + platforms.length;
        long[][] figures = new long[CLASSES][sources];
        for (int first = 0; first < sources; first += BITS) {
            pass(first, Math.min(sources, first + BITS), figures);
        }
        int[] capabilities = s.nodes(NodeKind.CAPABILITY);
        int[] nodes = new int[capabilities.length + platforms.length];
        long[][] perNode = new long[CLASSES][nodes.length];
        for (int i = 0; i < capabilities.length; i++) {
            nodes[i] = capabilities[i];
            for (int k = 0; k < CLASSES; k++) {
                perNode[k][i] = figures[k][component[capabilities[i]]];
            }
        }
        for (int i = 0; i < platforms.length; i++) {
            nodes[capabilities.length + i] = platforms[i];
            for (int k = 0; k < CLASSES; k++) {
                perNode[k][capabilities.length + i] = figures[k][components + i];
            }
        }
        int n = nodes.length;
        int[] affected = new int[n];
        int[] consumers = new int[n];
        int[] tier1Consumers = new int[n];
        long[] severity = new long[n];
        for (int i = 0; i < n; i++) {
            long total = 0;
            for (int k = 0; k < CLASSES; k++) {
                total += perNode[k][i];
            }
            affected[i] = Math.toIntExact(total);
            consumers[i] = Math.toIntExact(
                    perNode[CONSUMER_TIER_1][i] + perNode[CONSUMER_TIER_2][i] + perNode[CONSUMER_OTHER][i]);
            tier1Consumers[i] = Math.toIntExact(perNode[CONSUMER_TIER_1][i]);
            severity[i] = 10 * perNode[CONSUMER_TIER_1][i]
                    + 3 * perNode[CONSUMER_TIER_2][i]
                    + perNode[CONSUMER_OTHER][i]
                    + 3 * perNode[CAPABILITY_TIER_1][i]
                    + 2 * perNode[CAPABILITY_TIER_2][i]
                    + perNode[CAPABILITY_OTHER][i];
        }
        return new Hotspots(s, nodes, affected, consumers, tier1Consumers, severity);
    }

    /** One pass for the sources {@code [first, end)}: components first, then platforms. */
    private void pass(int first, int end, long[][] figures) {
        long[] componentMasks = new long[components * WORDS];
        long[] teamMasks = new long[s.count(NodeKind.TEAM) * WORDS];
        long[] counters = new long[CLASSES * WORDS * PLANES];
        long[] mask = new long[WORDS];
        Adjacency provides = s.out(EdgeType.PROVIDES);
        for (int source = first; source < end && source < components; source++) {
            setBit(componentMasks, source * WORDS, source - first);
        }
        for (int source = Math.max(first, components); source < end; source++) {
            int platform = platforms[source - components];
            for (int p = provides.start(platform); p < provides.end(platform); p++) {
                setBit(componentMasks, component[provides.target(p)] * WORDS, source - first);
            }
        }
        for (int c = 0; c < components; c++) {
            int from = c * WORDS;
            if (isZero(componentMasks, from)) {
                continue;
            }
            for (int e = componentOffsets[c]; e < componentOffsets[c + 1]; e++) {
                int to = componentTargets[e] * WORDS;
                for (int w = 0; w < WORDS; w++) {
                    componentMasks[to + w] |= componentMasks[from + w];
                }
            }
        }
        for (int capability : s.nodes(NodeKind.CAPABILITY)) {
            int tier = s.tier(capability);
            add(
                    counters,
                    tier == 1 ? CAPABILITY_TIER_1 : tier == 2 ? CAPABILITY_TIER_2 : CAPABILITY_OTHER,
                    componentMasks,
                    component[capability] * WORDS);
        }
        Adjacency consumes = s.out(EdgeType.CONSUMES);
        for (int consumer : s.nodes(NodeKind.CONSUMER)) {
            Arrays.fill(mask, 0);
            for (int p = consumes.start(consumer); p < consumes.end(consumer); p++) {
                or(mask, componentMasks, component[consumes.target(p)] * WORDS);
            }
            int tier = s.tier(consumer);
            add(counters, tier == 1 ? CONSUMER_TIER_1 : tier == 2 ? CONSUMER_TIER_2 : CONSUMER_OTHER, mask, 0);
            toOwners(consumer, mask, teamMasks);
        }
        for (int i = 0; i < platforms.length; i++) {
            int platform = platforms[i];
            Arrays.fill(mask, 0);
            int source = components + i;
            if (source >= first && source < end) {
                setBit(mask, 0, source - first);
            }
            for (int p = provides.start(platform); p < provides.end(platform); p++) {
                or(mask, componentMasks, component[provides.target(p)] * WORDS);
            }
            add(counters, PLATFORM, mask, 0);
            toOwners(platform, mask, teamMasks);
        }
        int[] teams = s.nodes(NodeKind.TEAM);
        for (int i = 0; i < teams.length; i++) {
            add(counters, TEAM, teamMasks, i * WORDS);
        }
        Adjacency aligned = s.in(EdgeType.ALIGNED_TO);
        for (int stream : s.nodes(NodeKind.VALUE_STREAM)) {
            Arrays.fill(mask, 0);
            for (int p = aligned.start(stream); p < aligned.end(stream); p++) {
                or(mask, teamMasks, teamSlot[aligned.target(p)] * WORDS);
            }
            add(counters, VALUE_STREAM, mask, 0);
        }
        for (int source = first; source < end; source++) {
            int bit = source - first;
            for (int k = 0; k < CLASSES; k++) {
                figures[k][source] = count(counters, k, bit);
            }
        }
    }

    private void toOwners(int owned, long[] mask, long[] teamMasks) {
        Adjacency owners = s.in(EdgeType.OWNS);
        for (int p = owners.start(owned); p < owners.end(owned); p++) {
            or(teamMasks, teamSlot[owners.target(p)] * WORDS, mask);
        }
    }

    private static void setBit(long[] masks, int offset, int bit) {
        masks[offset + (bit >>> 6)] |= 1L << (bit & 63);
    }

    private static boolean isZero(long[] masks, int offset) {
        for (int w = 0; w < WORDS; w++) {
            if (masks[offset + w] != 0) {
                return false;
            }
        }
        return true;
    }

    private static void or(long[] into, long[] from, int offset) {
        for (int w = 0; w < WORDS; w++) {
            into[w] |= from[offset + w];
        }
    }

    private static void or(long[] into, int offset, long[] from) {
        for (int w = 0; w < WORDS; w++) {
            into[offset + w] |= from[w];
        }
    }

    /** Adds one to the counter of every bit set: a ripple-carry add over bit planes, ~2 word operations on average. */
    private static void add(long[] counters, int kind, long[] masks, int offset) {
        for (int w = 0; w < WORDS; w++) {
            long carry = masks[offset + w];
            int plane = (kind * WORDS + w) * PLANES;
            while (carry != 0) {
                long overflow = counters[plane] & carry;
                counters[plane] ^= carry;
                carry = overflow;
                plane++;
            }
        }
    }

    private static long count(long[] counters, int kind, int bit) {
        int base = (kind * WORDS + (bit >>> 6)) * PLANES;
        int shift = bit & 63;
        long value = 0;
        for (int plane = 0; plane < PLANES; plane++) {
            value |= ((counters[base + plane] >>> shift) & 1L) << plane;
        }
        return value;
    }

    // ---------------------------------------------------------------------------------------------- condensation

    /**
     * Strongly connected components of DEPENDS_ON (Tarjan, iterative), numbered in the order Tarjan completes them:
     * a capability's dependencies complete first, so every "affects" edge runs from a lower to a higher number.
     */
    private int condense() {
        Arrays.fill(component, -1);
        Adjacency dependsOn = s.out(EdgeType.DEPENDS_ON);
        int n = s.nodeCount();
        int[] index = new int[n];
        int[] low = new int[n];
        Arrays.fill(index, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int[] calls = new int[n];
        int[] position = new int[n];
        int counter = 0;
        int top = 0;
        int count = 0;
        for (int start : s.nodes(NodeKind.CAPABILITY)) {
            if (index[start] >= 0) {
                continue;
            }
            int depth = 0;
            calls[depth++] = start;
            index[start] = low[start] = counter++;
            stack[top++] = start;
            onStack[start] = true;
            position[start] = dependsOn.start(start);
            while (depth > 0) {
                int v = calls[depth - 1];
                if (position[v] < dependsOn.end(v)) {
                    int w = dependsOn.target(position[v]++);
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[top++] = w;
                        onStack[w] = true;
                        position[w] = dependsOn.start(w);
                        calls[depth++] = w;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                } else {
                    depth--;
                    if (low[v] == index[v]) {
                        int member;
                        do {
                            member = stack[--top];
                            onStack[member] = false;
                            component[member] = count;
                        } while (member != v);
                        count++;
                    }
                    if (depth > 0) {
                        int parent = calls[depth - 1];
                        low[parent] = Math.min(low[parent], low[v]);
                    }
                }
            }
        }
        return count;
    }

    /** The condensed "affects" graph: component of a capability to the components of its dependents, in CSR form. */
    private int[][] condensedGraph() {
        Adjacency dependsOn = s.out(EdgeType.DEPENDS_ON);
        int[] offsets = new int[components + 1];
        for (int dependent : s.nodes(NodeKind.CAPABILITY)) {
            for (int p = dependsOn.start(dependent); p < dependsOn.end(dependent); p++) {
                if (component[dependsOn.target(p)] != component[dependent]) {
                    offsets[component[dependsOn.target(p)] + 1]++;
                }
            }
        }
        for (int c = 0; c < components; c++) {
            offsets[c + 1] += offsets[c];
        }
        int[] cursor = Arrays.copyOf(offsets, components);
        int[] targets = new int[offsets[components]];
        for (int dependent : s.nodes(NodeKind.CAPABILITY)) {
            for (int p = dependsOn.start(dependent); p < dependsOn.end(dependent); p++) {
                int from = component[dependsOn.target(p)];
                if (from != component[dependent]) {
                    targets[cursor[from]++] = component[dependent];
                }
            }
        }
        return new int[][] {offsets, targets};
    }
}
