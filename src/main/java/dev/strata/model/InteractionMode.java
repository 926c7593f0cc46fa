package dev.strata.model;

/** Interaction mode of a {@code CONSUMES} relationship, as stored in its {@code mode} property. */
public enum InteractionMode {
    X_AS_A_SERVICE,
    COLLABORATION,
    FACILITATING
}
