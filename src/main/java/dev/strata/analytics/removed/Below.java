package dev.strata.analytics.removed;

import java.util.Arrays;

/**
 * How many distinct capabilities lie 1 to MAX_DEPTH DEPENDS_ON hops below a capability, for many capabilities: most of
 * what lies below them is a small set of popular capabilities (the hubs and what they stand on), so that set (the
 * core, closed under DEPENDS_ON) gets its closures precomputed once as bit sets, and each search stops where it
 * enters the core and ORs in the closure there, when that closure is certainly within the remaining depth.
 *
 * <p>The core is chosen by sampling: one bit-parallel search from up to {@link Hidden#SEEDS} of the capabilities asked
 * about counts how often each capability is reached; the most reached ones, each with everything below it, fill the
 * core up to about {@link #CORE} capabilities. The sample only decides how fast the answer comes, never what it is:
 * a core capability whose closure could reach deeper than the remaining depth (its height, the longest path below
 * it, is too large, or it stands on a cycle) is searched through like any other.
 */
final class Below {

    /** About this many capabilities in the core: 64 words of closure each. */
    static final int CORE = 4096;

    private static final int MAX_DEPTH = LoadRemovedModel.MAX_DEPTH;
    /** The height of a core capability on or above a cycle: never within any depth. */
    private static final int UNBOUNDED = Integer.MAX_VALUE / 2;

    private final int[] depStart;
    private final int[] depTarget;
    private final int[] coreOf;
    private final int coreSize;
    private final int words;
    private final long[] closure;
    private final int[] firstWord;
    private final int[] lastWord;
    private final int[] height;
    private final int[] closureSize;
    private final int[] mark;
    private int stamp;
    private int[] level;
    private int[] next;
    private final long[] acc;

    /**
     * @param hidden  the capabilities' dense numbering and DEPENDS_ON (its search is used for the sample)
     * @param sources the capabilities that will be asked about (node indexes)
     */
    Below(Hidden hidden, int[] sources, int sourceCount) {
        depStart = hidden.depStart;
        depTarget = hidden.depTarget;
        int m = hidden.capabilityNode.length;
        int[] reached = new int[m];
        int samples = Math.min(sourceCount, Hidden.SEEDS);
        if (samples > 0) {
            int[] sample = new int[samples];
            for (int i = 0; i < samples; i++) {
                sample[i] = sources[(int) ((long) i * sourceCount / samples)];
            }
            hidden.measureBelow(sample, 0, samples);
            hidden.addReached(reached);
        }
        // most reached first (ties by number): reached count and capability packed into one sortable long
        long[] candidates = new long[m];
        int candidateCount = 0;
        for (int c = 0; c < m; c++) {
            if (reached[c] > 0) {
                candidates[candidateCount++] = ((long) (Integer.MAX_VALUE - reached[c]) << 32) | c;
            }
        }
        Arrays.sort(candidates, 0, candidateCount);
        coreOf = new int[m];
        Arrays.fill(coreOf, -1);
        int[] coreNode = new int[m];
        int size = 0;
        for (int i = 0; i < candidateCount && size < CORE; i++) {
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
            if (size > CORE + CORE / 2) { // this one brings too much below it: leave it out, and stop
                for (int undo = before; undo < size; undo++) {
                    coreOf[coreNode[undo]] = -1;
                }
                size = before;
                break;
            }
        }
        coreSize = size;
        words = Math.max(1, (size + Long.SIZE - 1) / Long.SIZE);
        closure = new long[size * words];
        firstWord = new int[size];
        lastWord = new int[size];
        height = new int[size];
        closureSize = new int[size];
        closures(coreNode);

        mark = new int[m];
        level = new int[m];
        next = new int[m];
        acc = new long[words];
    }

    /**
     * Closures and heights of the core, dependencies before dependents (Kahn's order from the sinks): what is left
     * unvisited stands on a cycle and keeps an unbounded height.
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
    int count(int source) {
        int own = coreOf[source];
        if (own >= 0 && height[own] <= MAX_DEPTH) {
            return closureSize[own] - 1; // acyclic below it: it is not below itself
        }
        stamp++;
        Arrays.fill(acc, 0);
        mark[source] = stamp;
        if (own >= 0) {
            acc[own / Long.SIZE] |= 1L << (own % Long.SIZE);
        }
        int outside = 0;
        level[0] = source;
        int levelSize = 1;
        for (int depth = 1; depth <= MAX_DEPTH && levelSize > 0; depth++) {
            int nextSize = 0;
            for (int i = 0; i < levelSize; i++) {
                int node = level[i];
                for (int d = depStart[node]; d < depStart[node + 1]; d++) {
                    int dependency = depTarget[d];
                    int core = coreOf[dependency];
                    if (core < 0) {
                        if (mark[dependency] != stamp) {
                            mark[dependency] = stamp;
                            outside++;
                            next[nextSize++] = dependency;
                        }
                        continue;
                    }
                    long bit = 1L << (core % Long.SIZE);
                    if ((acc[core / Long.SIZE] & bit) != 0) {
                        continue; // reached already, or inside a closure already taken with all below it
                    }
                    if (depth + height[core] <= MAX_DEPTH) {
                        int from = core * words;
                        for (int w = firstWord[core]; w <= lastWord[core]; w++) {
                            acc[w] |= closure[from + w];
                        }
                    } else {
                        acc[core / Long.SIZE] |= bit;
                        next[nextSize++] = dependency;
                    }
                }
            }
            int[] swap = level;
            level = next;
            next = swap;
            levelSize = nextSize;
        }
        int inside = 0;
        for (long word : acc) {
            inside += Long.bitCount(word);
        }
        return outside + inside - (own >= 0 ? 1 : 0);
    }
}
