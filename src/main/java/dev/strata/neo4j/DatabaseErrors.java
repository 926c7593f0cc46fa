package dev.strata.neo4j;

import java.util.ArrayList;
import java.util.List;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * What the database said when it stopped or refused a transaction: the status codes in an exception's cause chain,
 * from the driver ({@code Neo.ClientError.Transaction.TransactionTimedOut...}) or from the embedded kernel, which
 * carries the same codes as a {@link Status}.
 */
public final class DatabaseErrors {

    private DatabaseErrors() {}

    /** The status codes of {@code ex} and its causes, outermost first. */
    public static List<String> codes(Throwable ex) {
        List<String> codes = new ArrayList<>();
        for (Throwable t = ex; t != null; t = t.getCause()) {
            String code = t instanceof org.neo4j.driver.exceptions.Neo4jException neo4j
                    ? neo4j.code()
                    : t instanceof Status.HasStatus status
                            ? status.status().code().serialize()
                            : null;
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** Whether the database stopped a transaction because it ran past its timeout. */
    public static boolean isTransactionTimeout(Throwable ex) {
        return codes(ex).stream().anyMatch(code -> code.contains("TransactionTimedOut"));
    }
}
