package dev.strata.analytics.removed;

import dev.strata.analytics.graph.LandscapeSnapshot;
import java.util.Arrays;

/**
 * How many capabilities lie 1 to MAX_DEPTH DEPENDS_ON hops below a capability (shortest distance, as in the references'
 * bounded patterns), searched many times over one snapshot. Most of what lies below is a small set of popular
 * capabilities (the hubs and what they stand on), so that set, the core, closed under DEPENDS_ON, gets its closures
 * precomputed once as bit sets; a search stops where it enters the core and ORs in the closure there when the whole
 * closure is certainly within the remaining depth (its height, the longest path below it, fits).
 *
 * <p>The core is chosen by sampling: bounded searches from up to {@link #SAMPLES} of the capabilities that will be
 * asked about count how often each capability is reached; the most reached, each with everything below it, fill the
 * core up to about {@link #CORE} capabilities. The sample decides only how fast the answer comes, never what it is:
 * a core capability whose closure could reach deeper than the remaining depth (too tall, or on or above a cycle) is
 * searched through like any other. Measured at M (26,925 capabilities asked about, 3 million capabilities below them
 * in all): the core holds 4,096 capabilities whose closures have 15 members on average.
 *
 * <p>Capabilities are numbered densely ({@link #dense}). Not thread-safe: one instance per thread.
 */
final class Reach {

    /** About this many capabilities in the core by default: 64 words of closure each. */
    static final int CORE = 4096;

    /** Capabilities searched from to choose the core, by default. */
    static final int SAMPLES = 512;

    private static final int MAX_DEPTH = LoadRemovedModel.MAX_DEPTH;
    /** The height of a core capability on or above a cycle: never within any depth. */
    private static final int UNBOUNDED = Integer.MAX_VALUE / 2;

    /** Node index to dense capability number (-1 for other nodes). */
    final int[] dense;

    private final int[] depStart;
    private final int[] depTarget;
    private final int[] coreOf;
    private final int coreSize;
    private final int words;
    private final long[] closure;
    private final int[] firstWord;
    private final int[] lastWord;
    private int[] height;
    private final int[] closureSize;
    private final int[] mark;
    private int stamp;
    private int[] level;
    private int[] next;
    private final int[] outside;
    private int outsideCount;
    private long[] acc = new long[0]; // no core while sampling

    /**
     * @param sources the capabilities that will be asked about, as node indexes ({@code sources[0..sourceCount)}):
     *                the core is sampled from them
     */
    Reach(LandscapeSnapshot snapshot, int[] sources, int sourceCount) {
        this(snapshot, sources, sourceCount, CORE, SAMPLES);
    }

    /** With another core size and sample (tests use tiny ones, so that searches cross the core's border). */
    Reach(LandscapeSnapshot snapshot, int[] sources, int sourceCount, int coreLimit, int samples) {
        DenseDependencies dependencies = new DenseDependencies(snapshot);
        dense = dependencies.dense;
        depStart = dependencies.start;
        depTarget = dependencies.target;
        int m = dependencies.node.length;
        mark = new int[m];
        level = new int[m];
        next = new int[m];
        outside = new int[m];
        coreOf = new int[m];
        height = new int[0];
        Arrays.fill(coreOf, -1);
        int[] coreNode = new int[m];
        coreSize = chooseCore(sample(sources, sourceCount, m, samples), coreNode, coreLimit);
        words = Math.max(1, (coreSize + Long.SIZE - 1) / Long.SIZE);
        closure = new long[coreSize * words];
        firstWord = new int[coreSize];
        lastWord = new int[coreSize];
        height = new int[coreSize];
        acc = new long[words];
        closureSize = new int[coreSize];
        closures(coreNode);
    }

    /** Another searcher over the same core (for another thread): the core is shared, read only. */
    Reach(Reach shared) {
        dense = shared.dense;
        depStart = shared.depStart;
        depTarget = shared.depTarget;
        coreOf = shared.coreOf;
        coreSize = shared.coreSize;
        words = shared.words;
        closure = shared.closure;
        firstWord = shared.firstWord;
        lastWord = shared.lastWord;
        height = shared.height;
        closureSize = shared.closureSize;
        int m = coreOf.length;
        mark = new int[m];
        level = new int[m];
        next = new int[m];
        outside = new int[m];
        acc = new long[words];
    }

    /** How often each capability is reached from up to SAMPLES sources spread evenly over them. */
    private int[] sample(int[] sources, int sourceCount, int m, int most) {
        int[] reached = new int[m];
        int samples = Math.min(sourceCount, most);
        for (int i = 0; i < samples; i++) {
            search(dense[sources[(int) ((long) i * sourceCount / samples)]]);
            for (int o = 0; o < outsideCount; o++) {
                reached[outside[o]]++;
            }
        }
        return reached;
    }

    /** The most reached capabilities first (ties by number), each with everything below it. */
    private int chooseCore(int[] reached, int[] coreNode, int limit) {
        long[] candidates = new long[reached.length];
        int candidateCount = 0;
        for (int c = 0; c < reached.length; c++) {
            if (reached[c] > 0) {
                candidates[candidateCount++] = ((long) (Integer.MAX_VALUE - reached[c]) << 32) | c;
            }
        }
        Arrays.sort(candidates, 0, candidateCount);
        int size = 0;
        for (int i = 0; i < candidateCount && size < limit; i++) {
            int candidate = (int) candidates[i];
            if (coreOf[candidate] >= 0) {
                continue;
            }
            int before = size;
            coreOf[candidate] = size;
            coreNode[size++] = candidate;
            for (int head = before; head < size; head++) {
                int node = coreNode[head];
                for (int d = depStart[node]; d < depStart[node + 1]; d++) {
                    int dependency = depTarget[d];
                    if (coreOf[dependency] < 0) {
                        coreOf[dependency] = size;
                        coreNode[size++] = dependency;
                    }
                }
            }
            if (size > limit + limit / 2) { // this one brings too much below it: leave it out, and stop
                for (int undo = before; undo < size; undo++) {
                    coreOf[coreNode[undo]] = -1;
                }
                size = before;
                break;
            }
        }
        return size;
    }

    /**
     * Closures and heights of the core, dependencies before dependents (Kahn's order from the sinks): what is left
     * unvisited stands on or above a cycle and keeps an unbounded height.
     */
    private void closures(int[] coreNode) {
        int[] pending = new int[coreSize];
        int[] parentStart = new int[coreSize + 1];
        for (int v = 0; v < coreSize; v++) {
            int node = coreNode[v];
            pending[v] = depStart[node + 1] - depStart[node];
            for (int d = depStart[node]; d < depStart[node + 1]; d++) {
                parentStart[coreOf[depTarget[d]] + 1]++;
            }
        }
        for (int v = 0; v < coreSize; v++) {
            parentStart[v + 1] += parentStart[v];
        }
        int[] parents = new int[parentStart[coreSize]];
        int[] fill = Arrays.copyOf(parentStart, coreSize);
        for (int v = 0; v < coreSize; v++) {
            int node = coreNode[v];
            for (int d = depStart[node]; d < depStart[node + 1]; d++) {
                parents[fill[coreOf[depTarget[d]]]++] = v;
            }
        }
        Arrays.fill(height, UNBOUNDED);
        int[] queue = new int[coreSize];
        int tail = 0;
        for (int v = 0; v < coreSize; v++) {
            if (pending[v] == 0) {
                queue[tail++] = v;
            }
        }
        for (int head = 0; head < tail; head++) {
            int v = queue[head];
            int node = coreNode[v];
            int at = v * words;
            closure[at + v / Long.SIZE] |= 1L << (v % Long.SIZE);
            int first = v / Long.SIZE;
            int last = first;
            int tallest = -1;
            for (int d = depStart[node]; d < depStart[node + 1]; d++) {
                int child = coreOf[depTarget[d]];
                tallest = Math.max(tallest, height[child]);
                int from = child * words;
                for (int w = firstWord[child]; w <= lastWord[child]; w++) {
                    closure[at + w] |= closure[from + w];
                }
                first = Math.min(first, firstWord[child]);
                last = Math.max(last, lastWord[child]);
            }
            height[v] = tallest + 1;
            firstWord[v] = first;
            lastWord[v] = last;
            int bits = 0;
            for (int w = first; w <= last; w++) {
                bits += Long.bitCount(closure[at + w]);
            }
            closureSize[v] = bits;
            for (int p = parentStart[v]; p < parentStart[v + 1]; p++) {
                int parent = parents[p];
                if (--pending[parent] == 0) {
                    queue[tail++] = parent;
                }
            }
        }
    }

    /** Distinct capabilities 1 to MAX_DEPTH hops below the capability with dense number {@code source}, itself not. */
    int below(int source) {
        int own = coreOf[source];
        if (own >= 0 && height[own] <= MAX_DEPTH) {
            return closureSize[own] - 1; // acyclic below it: it is not below itself
        }
        search(source);
        int inside = 0;
        for (long word : acc) {
            inside += Long.bitCount(word);
        }
        return outsideCount + inside - (own >= 0 ? 1 : 0);
    }

    /**
     * Searches from {@code source} (a dense number): afterwards {@code outside[0..outsideCount)} lists the
     * capabilities outside the core 1 to MAX_DEPTH hops below it (never itself), and {@code acc} has a bit per core
     * capability reached, itself included when it is in the core.
     */
    private void search(int source) {
        stamp++;
        Arrays.fill(acc, 0);
        outsideCount = 0;
        pending = 0; // filling level: the source, when it is searched through
        int own = coreOf[source];
        if (own >= 0) {
            enter(own, source, 0);
        } else {
            mark[source] = stamp;
            level[pending++] = source;
        }
        int levelSize = pending;
        for (int depth = 1; depth <= MAX_DEPTH && levelSize > 0; depth++) {
            pending = 0; // filling next
            for (int i = 0; i < levelSize; i++) {
                int node = level[i];
                for (int d = depStart[node]; d < depStart[node + 1]; d++) {
                    int dependency = depTarget[d];
                    int core = coreOf[dependency];
                    if (core >= 0) {
                        enter(core, dependency, depth);
                    } else if (mark[dependency] != stamp) {
                        mark[dependency] = stamp;
                        outside[outsideCount++] = dependency;
                        next[pending++] = dependency;
                    }
                }
            }
            int[] swap = level;
            level = next;
            next = swap;
            levelSize = pending;
        }
    }

    /** Where {@link #enter} appends: level while starting (depth 0), next while searching. */
    private int pending;

    /** A core capability reached at {@code depth}: its whole closure when it fits, else searched through. */
    private void enter(int core, int capability, int depth) {
        long bit = 1L << (core % Long.SIZE);
        if ((acc[core / Long.SIZE] & bit) != 0) {
            return; // reached already, or inside a closure already taken with everything below it
        }
        if (depth + height[core] <= MAX_DEPTH) {
            int from = core * words;
            for (int w = firstWord[core]; w <= lastWord[core]; w++) {
                acc[w] |= closure[from + w];
            }
        } else {
            acc[core / Long.SIZE] |= bit;
            (depth == 0 ? level : next)[pending++] = capability;
        }
    }
}
