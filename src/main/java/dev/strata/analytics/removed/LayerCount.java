package dev.strata.analytics.removed;

import org.jspecify.annotations.Nullable;

/**
 * Hidden capabilities in one layer.
 *
 * @param layerKey     the layer of their providing platform; null for capabilities without a platform or layer
 * @param capabilities how many
 */
public record LayerCount(@Nullable String layerKey, int capabilities) {}
