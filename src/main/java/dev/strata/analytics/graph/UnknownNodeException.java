package dev.strata.analytics.graph;

import dev.strata.model.NodeKind;

/** A node named by kind and key is not in the snapshot, e.g. an unknown team. */
public class UnknownNodeException extends RuntimeException {

    private final NodeKind kind;
    private final String key;

    public UnknownNodeException(NodeKind kind, String key) {
        super("no " + kind.noun() + " with key '" + key + "'");
        this.kind = kind;
        this.key = key;
    }

    public NodeKind kind() {
        return kind;
    }

    public String key() {
        return key;
    }
}
