package dev.strata.model;

import java.util.Objects;

/**
 * A landscape node named by its business identity: keys are unique per kind only (see {@link Keys}), so a reference always
 * carries the kind as well.
 */
public record NodeRef(NodeKind kind, String key) {

    public NodeRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
    }

    public static NodeRef capability(String key) {
        return new NodeRef(NodeKind.CAPABILITY, key);
    }

    public static NodeRef platform(String key) {
        return new NodeRef(NodeKind.PLATFORM, key);
    }

    public static NodeRef consumer(String key) {
        return new NodeRef(NodeKind.CONSUMER, key);
    }

    public static NodeRef team(String key) {
        return new NodeRef(NodeKind.TEAM, key);
    }

    public static NodeRef valueStream(String key) {
        return new NodeRef(NodeKind.VALUE_STREAM, key);
    }

    public static NodeRef layer(String key) {
        return new NodeRef(NodeKind.LAYER, key);
    }

    /** How messages name the node: {@code Capability 'kubernetes'}. */
    public String display() {
        return kind.label() + " '" + key + "'";
    }

    /** {@code KIND:key}, e.g. {@code CAPABILITY:kubernetes}. */
    @Override
    public String toString() {
        return kind + ":" + key;
    }
}
