package dev.strata.neo4j;

import dev.strata.model.EdgeType;
import dev.strata.model.NodeKind;
import java.util.Arrays;
import org.neo4j.internal.kernel.api.Read;
import org.neo4j.internal.kernel.api.TokenRead;
import org.neo4j.token.api.TokenConstants;

/**
 * Lookup tables from the embedded kernel's token ids (relationship types, property keys) to Strata's own numbering,
 * for the readers that scan the store directly: tokens are small dense integers, so an array indexed by token,
 * grown as tokens appear, answers per relationship or property without hashing. Also the count-store lookups both
 * readers need, so that they count the landscape the same way.
 */
public final class KernelTokens {

    private KernelTokens() {}

    /** The table with room for {@code token}; new slots hold -1 (no entry). */
    public static int[] grow(int[] table, int token) {
        if (token < table.length) {
            return table;
        }
        int[] grown = Arrays.copyOf(table, token + 1);
        Arrays.fill(grown, table.length, grown.length, -1);
        return grown;
    }

    /** Nodes of a kind, from the count store: 0 while its label was never used. */
    public static long nodeCount(TokenRead tokens, Read read, NodeKind kind) {
        int label = tokens.nodeLabel(kind.label());
        return label == TokenConstants.NO_TOKEN ? 0 : read.countsForNode(label);
    }

    /**
     * Relationships of a type, from the count store, counted from the label of their start node (each type has one
     * kind of start node): relationships between nodes an apply has staged, which carry no landscape label yet, do not
     * count, as no reader sees them.
     */
    public static long relationshipCount(TokenRead tokens, Read read, EdgeType type) {
        int token = tokens.relationshipType(type.name());
        int start = tokens.nodeLabel(type.sourceKind().label());
        return token == TokenConstants.NO_TOKEN || start == TokenConstants.NO_TOKEN
                ? 0
                : read.countsForRelationship(start, token, TokenConstants.ANY_LABEL);
    }
}
