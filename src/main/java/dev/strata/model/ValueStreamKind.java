package dev.strata.model;

/** Whether a value stream delivers to customers or enables other streams, as stored in {@code ValueStream.kind}. */
public enum ValueStreamKind {
    BUSINESS,
    ENABLING
}
