package dev.strata.analytics.impact;

/** A count of affected nodes under one key (a kind, layer, team or tier). */
public record Total(String key, int count) {}
