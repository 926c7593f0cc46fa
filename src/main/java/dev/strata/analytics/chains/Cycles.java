package dev.strata.analytics.chains;

import dev.strata.analytics.graph.Adjacency;
import dev.strata.analytics.graph.LandscapeSnapshot;
import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * {@code DEPENDS_ON} cycles, each reported once: the strongly connected components (Tarjan, iterative) with more
 * than one capability or with a self-loop, ordered by their first member. Linear in the size of the graph.
 * Reference semantics: {@code cypher/analytics/cycles.cypher}.
 */
public final class Cycles {

    private Cycles() {}

    public static List<DependencyCycle> find(LandscapeSnapshot snapshot) {
        Adjacency dependsOn = snapshot.out(EdgeType.DEPENDS_ON);
        int n = snapshot.nodeCount();
        int[] index = new int[n];
        Arrays.fill(index, -1);
        int[] low = new int[n];
        int[] component = new int[n];
        Arrays.fill(component, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int[] callStack = new int[n];
        int[] position = new int[n];
        int counter = 0;
        int components = 0;
        int top = 0;
        List<int[]> cyclic = new ArrayList<>();

        for (int root : snapshot.nodes(NodeKind.CAPABILITY)) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            callStack[0] = root;
            index[root] = low[root] = counter++;
            position[root] = dependsOn.start(root);
            stack[top++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int node = callStack[depth];
                int p = position[node];
                if (p < dependsOn.end(node)) {
                    position[node] = p + 1;
                    int child = dependsOn.target(p);
                    if (index[child] < 0) {
                        index[child] = low[child] = counter++;
                        position[child] = dependsOn.start(child);
                        stack[top++] = child;
                        onStack[child] = true;
                        callStack[++depth] = child;
                    } else if (onStack[child]) {
                        low[node] = Math.min(low[node], index[child]);
                    }
                    continue;
                }
                if (low[node] == index[node]) {
                    int start = top;
                    do {
                        start--;
                        onStack[stack[start]] = false;
                        component[stack[start]] = components;
                    } while (stack[start] != node);
                    int[] members = Arrays.copyOfRange(stack, start, top);
                    top = start;
                    if (members.length > 1 || selfLoop(dependsOn, node)) {
                        cyclic.add(members);
                    }
                    components++;
                }
                depth--;
                if (depth >= 0) {
                    int parent = callStack[depth];
                    low[parent] = Math.min(low[parent], low[node]);
                }
            }
        }

        List<DependencyCycle> cycles = new ArrayList<>(cyclic.size());
        int[] previous = new int[n];
        int[] queue = new int[n];
        for (int[] members : cyclic) {
            Integer[] sorted = Arrays.stream(members).boxed().toArray(Integer[]::new);
            Arrays.sort(sorted, Comparator.comparingInt(snapshot::keyRank));
            List<String> keys = new ArrayList<>(sorted.length);
            for (int member : sorted) {
                keys.add(snapshot.key(member));
            }
            cycles.add(new DependencyCycle(
                    keys, shortestCycle(snapshot, dependsOn, sorted[0], component, previous, queue)));
        }
        cycles.sort(Comparator.comparing(cycle -> cycle.members().getFirst()));
        return cycles;
    }

    private static boolean selfLoop(Adjacency dependsOn, int node) {
        for (int p = dependsOn.start(node); p < dependsOn.end(node); p++) {
            if (dependsOn.target(p) == node) {
                return true;
            }
        }
        return false;
    }

    /** Breadth-first search inside the component from {@code start} back to itself. */
    private static List<String> shortestCycle(
            LandscapeSnapshot snapshot, Adjacency dependsOn, int start, int[] component, int[] previous, int[] queue) {
        int own = component[start];
        int head = 0;
        int tail = 0;
        queue[tail++] = start;
        List<Integer> seen = new ArrayList<>();
        int last = -1;
        search:
        while (head < tail) {
            int node = queue[head++];
            for (int p = dependsOn.start(node); p < dependsOn.end(node); p++) {
                int next = dependsOn.target(p);
                if (next == start) {
                    last = node;
                    break search;
                }
                if (component[next] == own && previous[next] == 0) {
                    previous[next] = node + 1;
                    seen.add(next);
                    queue[tail++] = next;
                }
            }
        }
        List<String> cycle = new ArrayList<>();
        for (int node = last; node != start; node = previous[node] - 1) {
            cycle.addFirst(snapshot.key(node));
        }
        cycle.addFirst(snapshot.key(start));
        cycle.add(snapshot.key(start));
        for (int node : seen) {
            previous[node] = 0;
        }
        return cycle;
    }
}
