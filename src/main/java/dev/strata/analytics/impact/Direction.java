package dev.strata.analytics.impact;

/** Which way a blast radius is followed. */
public enum Direction {
    /** Who is affected: dependents, their consumers, owning teams and value streams. */
    DOWNSTREAM,
    /** What the targets rely on: dependencies, the platforms providing them, their owning teams and layers. */
    UPSTREAM
}
