package dev.strata.store;

import dev.strata.neo4j.DatabaseErrors;

/**
 * A change needed more transaction memory than the database allows (Neo4j's {@code db.memory.transaction.max} for one
 * transaction, {@code dbms.memory.transaction.total.max} for all, 70 % of the heap by default) and the database
 * refused it: nothing of it was written (all or nothing). Running it again would fail the same way, so it is not
 * retried; the message says what to change instead. The database's error is attached as suppressed rather than as
 * the cause, so that handlers of transient errors do not take it for one.
 */
public class ChangeTooLargeException extends RuntimeException {

    /** Changes from which a refusal by the shared transaction memory pool is put down to the change itself. */
    static final long LARGE_CHANGE = 10_000;

    ChangeTooLargeException(String operation, RuntimeException refused) {
        super(operation + " needs more transaction memory than the database allows and was rolled back: nothing was"
                + " written. The database said: " + rootMessage(refused) + ". Give the database more memory (the"
                + " embedded Neo4j: a larger heap for Strata, e.g. java -Xmx16g, of which transactions may use 70 %;"
                + " an external Neo4j: its db.memory.transaction.max and dbms.memory.transaction.total.max), write"
                + " more of it ahead of its commit (a lower strata.landscape.staged-write-threshold: the additions from"
                + " which new nodes and the relationships between them are written in transactions of their own), or"
                + " apply the landscape in parts: references to nodes already in the graph resolve, so the folders can go"
                + " one after another (teams and platforms first, then capabilities, then consumers)");
        addSuppressed(refused);
    }

    /**
     * Whether {@code ex} is the database refusing this change for its size: the limit of one transaction
     * ({@code db.memory.transaction.max}) always; the pool all transactions share
     * ({@code dbms.memory.transaction.total.max}) only when the change itself is large ({@code changes} of at least
     * {@value #LARGE_CHANGE}), since a small change refused there met other transactions' load and is retried.
     */
    static boolean isMemoryLimit(Throwable ex, long changes) {
        if (DatabaseErrors.codes(ex).stream().anyMatch(code -> code.endsWith("TransactionMemoryLimit"))) {
            return true;
        }
        for (Throwable t = ex; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.contains("db.memory.transaction.max threshold reached")) {
                return true;
            }
            if (message != null
                    && message.contains("dbms.memory.transaction.total.max threshold reached")
                    && changes >= LARGE_CHANGE) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
