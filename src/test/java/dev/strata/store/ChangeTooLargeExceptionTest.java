package dev.strata.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.dao.TransientDataAccessResourceException;

/**
 * Which memory refusals mean "this change is too large": the limit of one transaction always; the pool all
 * transactions share only for a large change (a small one met other transactions' load and is retried). The messages
 * are Neo4j 2026.08's, as {@code TransactionMemoryLimitIT} and the L apply of issue 17 met them.
 */
class ChangeTooLargeExceptionTest {

    private static final String CODE = "Neo.TransientError.General.MemoryPoolOutOfMemoryError";
    private static final TransientException ONE_TRANSACTION = new TransientException(
            CODE,
            "The allocation of an extra 2.0 MiB would use more than the limit 2.0 MiB. Currently using 2.0 MiB."
                    + " db.memory.transaction.max threshold reached");
    private static final TransientException ALL_TRANSACTIONS = new TransientException(
            CODE,
            "The allocation of an extra 2.0 MiB would use more than the limit 11.2 GiB. Currently using 11.2 GiB."
                    + " dbms.memory.transaction.total.max threshold reached");

    @Test
    void theLimitOfOneTransactionMeansTooLargeWhateverTheSize() {
        assertThat(ChangeTooLargeException.isMemoryLimit(wrapped(ONE_TRANSACTION), 0))
                .isTrue();
        assertThat(ChangeTooLargeException.isMemoryLimit(wrapped(ONE_TRANSACTION), 5_608_150))
                .isTrue();
    }

    @Test
    void theSharedPoolMeansTooLargeOnlyForALargeChange() {
        assertThat(ChangeTooLargeException.isMemoryLimit(wrapped(ALL_TRANSACTIONS), 5_608_150))
                .isTrue();
        assertThat(ChangeTooLargeException.isMemoryLimit(
                        wrapped(ALL_TRANSACTIONS), ChangeTooLargeException.LARGE_CHANGE))
                .isTrue();
        assertThat(ChangeTooLargeException.isMemoryLimit(wrapped(ALL_TRANSACTIONS), 3))
                .as("a one-node edit refused while others hold the pool is retried")
                .isFalse();
    }

    @Test
    void otherTransientErrorsAreNot() {
        TransientException deadlock =
                new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock");
        assertThat(ChangeTooLargeException.isMemoryLimit(wrapped(deadlock), 5_608_150))
                .isFalse();
    }

    @Test
    void theMessageQuotesTheDatabaseAndSaysWhatToDo() {
        ChangeTooLargeException tooLarge = new ChangeTooLargeException("applyLandscape", wrapped(ALL_TRANSACTIONS));
        assertThat(tooLarge.getMessage())
                .startsWith("applyLandscape needs more transaction memory than the database allows")
                .contains("dbms.memory.transaction.total.max threshold reached", "-Xmx", "in parts");
        assertThat(tooLarge.getCause()).isNull();
        assertThat(tooLarge.getSuppressed()).hasSize(1);
    }

    /** As Spring's transaction support hands the driver's error on. */
    private static RuntimeException wrapped(TransientException error) {
        return new TransientDataAccessResourceException(error.getMessage(), error);
    }
}
