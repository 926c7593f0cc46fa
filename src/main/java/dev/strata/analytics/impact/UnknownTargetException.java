package dev.strata.analytics.impact;

import dev.strata.analytics.graph.UnknownNodeException;
import dev.strata.model.NodeKind;

/** A blast-radius target names no node of the snapshot; {@link #kind()} and {@link #key()} say which. */
public final class UnknownTargetException extends UnknownNodeException {

    public UnknownTargetException(NodeKind kind, String key) {
        super(kind, key);
    }
}
