package dev.strata.analytics.chains;

import java.util.List;

/**
 * One strongly connected part of the {@code DEPENDS_ON} graph that holds a cycle.
 *
 * @param members capability keys of the part, sorted
 * @param path    one shortest concrete cycle through the first member: starts and ends with it, e.g.
 *                {@code [a, b, c, a]}; {@code [a, a]} for a self-loop
 */
public record DependencyCycle(List<String> members, List<String> path) {

    public DependencyCycle {
        members = List.copyOf(members);
        path = List.copyOf(path);
    }
}
