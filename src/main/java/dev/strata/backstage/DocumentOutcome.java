package dev.strata.backstage;

import dev.strata.model.NodeRef;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What became of one YAML document (or one entity read over REST): every document of an import is accounted for.
 *
 * @param file    the descriptor's file
 * @param line    1-based line of the document (0 when unknown)
 * @param ref     the entity ref, {@code kind:namespace/name}; null for documents that are not entities
 * @param kind    the entity's kind as written; null for documents that are not entities
 * @param outcome what happened to it
 * @param nodes   the landscape nodes it became or was merged into
 * @param detail  how it was mapped, or why it was skipped
 */
public record DocumentOutcome(
        String file,
        int line,
        @Nullable String ref,
        @Nullable String kind,
        Outcome outcome,
        List<NodeRef> nodes,
        String detail) {

    /** What happened to a document. */
    public enum Outcome {
        /** Became a node of its own. */
        MAPPED,
        /** Folded into other nodes: a user into their team, a component into the APIs it provides. */
        MERGED,
        /** A Location whose targets were read. */
        FOLLOWED,
        /** A native Strata document read beside the catalog. */
        NATIVE,
        /** Not imported; {@code detail} says why. */
        SKIPPED
    }
}
