package dev.strata.audit;

import org.jspecify.annotations.Nullable;

/**
 * One record of the audit trail, written in the transaction of the change it describes.
 *
 * @param operation  the mutation or command ({@code updateCapability}, {@code applyLandscape})
 * @param actor      who, and through which door
 * @param entityKind the label of the one node a change concerns, or null for changes of many (an apply)
 * @param entityKey  the key of that node, or null
 * @param input      the request as JSON (long texts cut, never a secret)
 * @param before     the node's document before the change as JSON, or null (created, or not a one-node change)
 * @param after      the node's document after the change as JSON, or a summary of a larger change, or null
 * @param version    the landscape version the change produced, or null when it did not change the landscape
 */
public record AuditEntry(
        String operation,
        Actor actor,
        @Nullable String entityKind,
        @Nullable String entityKey,
        String input,
        @Nullable String before,
        @Nullable String after,
        @Nullable Long version) {}
