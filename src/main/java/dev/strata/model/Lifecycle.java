package dev.strata.model;

/** Lifecycle of a capability, as stored in {@code Capability.lifecycle}. */
public enum Lifecycle {
    PLANNED,
    BETA,
    GA,
    DEPRECATED,
    RETIRED
}
