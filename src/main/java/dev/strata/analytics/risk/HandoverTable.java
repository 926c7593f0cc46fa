package dev.strata.analytics.risk;

import dev.strata.analytics.graph.LandscapeSnapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Handover counts per (from team, to team) pair as parallel int arrays, added in (from, to) key order, and turned
 * into rows ordered by edges descending: a sort of packed longs, no comparator over hundreds of thousands of objects.
 */
final class HandoverTable {

    /** Edge counts stay below this (2^23) so that a sort key is (limit - edges) << 40 | row. */
    private static final long EDGE_LIMIT = 1L << 23;

    private int size;
    private int[] from = new int[64];
    private int[] to = new int[64];
    private int[] dependsOn = new int[64];
    private int[] consumes = new int[64];

    void add(int fromTeam, int toTeam, int dependsOnEdges, int consumesEdges) {
        if (size == from.length) {
            from = Arrays.copyOf(from, size * 2);
            to = Arrays.copyOf(to, size * 2);
            dependsOn = Arrays.copyOf(dependsOn, size * 2);
            consumes = Arrays.copyOf(consumes, size * 2);
        }
        from[size] = fromTeam;
        to[size] = toTeam;
        dependsOn[size] = dependsOnEdges;
        consumes[size] = consumesEdges;
        size++;
    }

    /** The rows, most edges first; rows were added in (from, to) order, which breaks the ties. */
    List<HandoverPoint> rows(LandscapeSnapshot s, int[] teams) {
        long[] keys = new long[size];
        for (int row = 0; row < size; row++) {
            long edges = Math.min(EDGE_LIMIT - 1, (long) dependsOn[row] + consumes[row]);
            keys[row] = (EDGE_LIMIT - 1 - edges) << 40 | row;
        }
        Arrays.sort(keys);
        List<HandoverPoint> rows = new ArrayList<>(size);
        for (long key : keys) {
            int row = (int) (key & ((1L << 40) - 1));
            int fromTeam = teams[from[row]];
            int toTeam = teams[to[row]];
            rows.add(new HandoverPoint(
                    s.key(fromTeam),
                    s.name(fromTeam),
                    s.key(toTeam),
                    s.name(toTeam),
                    dependsOn[row],
                    consumes[row],
                    dependsOn[row] + consumes[row]));
        }
        return rows;
    }
}
