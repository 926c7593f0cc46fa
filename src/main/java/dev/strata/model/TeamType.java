package dev.strata.model;

/** Team Topologies team type, as stored in {@code Team.type}. */
public enum TeamType {
    PLATFORM,
    STREAM_ALIGNED,
    ENABLING,
    COMPLICATED_SUBSYSTEM
}
