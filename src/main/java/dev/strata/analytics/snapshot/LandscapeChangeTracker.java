package dev.strata.analytics.snapshot;

import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Counts committed write transactions of this instance. Spring Boot registers every
 * {@link TransactionExecutionListener} bean with the transaction manager, so each {@code @Transactional} mutation
 * (GraphQL or apply) bumps the version after its commit, and the next analytics query rebuilds its snapshot:
 * read-your-writes without any call site having to remember it.
 */
@Component
class LandscapeChangeTracker implements TransactionExecutionListener {

    private final AtomicLong version = new AtomicLong();

    @Override
    public void afterCommit(TransactionExecution transaction, @Nullable Throwable commitFailure) {
        if (commitFailure == null && !transaction.isReadOnly()) {
            version.incrementAndGet();
        }
    }

    long version() {
        return version.get();
    }

    void changed() {
        version.incrementAndGet();
    }
}
