package dev.strata.neo4j;

import java.util.Arrays;

/**
 * Lookup tables from the embedded kernel's token ids (relationship types, property keys) to Strata's own numbering,
 * for the readers that scan the store directly: tokens are small dense integers, so an array indexed by token,
 * grown as tokens appear, answers per relationship or property without hashing.
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
}
