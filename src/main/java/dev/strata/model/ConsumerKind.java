package dev.strata.model;

/** What a consumer is, as stored in {@code Consumer.kind}. */
public enum ConsumerKind {
    APPLICATION,
    SERVICE,
    AI_USE_CASE
}
