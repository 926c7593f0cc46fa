package dev.strata.analytics.graph;

/** Interaction mode of a {@code CONSUMES} relationship, as stored in its {@code mode} property. */
public enum ConsumptionMode {
    X_AS_A_SERVICE, COLLABORATION, FACILITATING
}
